"""Writes the `#=>` blocks of Tests/Python/exceptions/*.py that have no error case: each file is plain
Python, run here under CPython 3.11 with real curifactory 0.13.2 (its output is the block).
The files with error cases (errors.py) are written by hand: their messages are cfy's.

    <venv>/bin/python scripts/golden/python_exceptions.py          # (re)write the blocks
    <venv>/bin/python scripts/golden/python_exceptions.py --check  # exit 1 if one is stale
"""
import contextlib
import io
import os
import sys

from trailing_block import update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTS = os.path.join(ROOT, "Tests", "Python", "exceptions")
FILES = ["builtin_errors.py", "classes.py", "del_statement.py", "finally.py", "hashing.py", "post_init.py", "raise.py",
         "try_except.py", "values.py", "walrus.py", "with_statement.py"]


def run(path, name):
    """The `#=>` lines of `path`: what its statements print under CPython."""
    def expected(body):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile("\n".join(body) + "\n", path, "exec"), {"__name__": name[:-3]})
        return ["#=> " + line if line else "#=>" for line in out.getvalue().splitlines()]
    return expected


def main():
    ok = True
    for name in FILES:
        path = os.path.join(TESTS, name)
        ok = update(path, run(path, name), "python_exceptions.py") and ok
    sys.exit(0 if ok else 1)

main()
