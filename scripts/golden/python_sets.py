"""Writes the `#=>` blocks of Tests/Python/sets/*.py: each file is plain Python, run here under
CPython 3.11 (its printed output is the block). Sets of ints, floats and tuples print in CPython's
own order, which cfy reproduces; these files hold no set whose order depends on PYTHONHASHSEED.

    <venv>/bin/python scripts/golden/python_sets.py          # (re)write the blocks
    <venv>/bin/python scripts/golden/python_sets.py --check  # exit 1 if one is stale
"""
import contextlib
import io
import os
import sys

from trailing_block import update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTS = os.path.join(ROOT, "Tests", "Python", "sets")
FILES = ["unpacking.py"]


def run(path, name):
    """The `#=> ` lines of `path`: what its statements print under CPython."""
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
        ok = update(path, run(path, name), "python_sets.py") and ok
    sys.exit(0 if ok else 1)

main()
