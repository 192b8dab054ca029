"""Writes the `#=>` blocks of Tests/Python/exceptions/*.py that have no error case: each file is plain
Python, run here under CPython 3.11 with real curifactory 0.13.2 (its output is the block).
The files with error cases (errors.py) are written by hand: their messages are cfy's.

    <venv>/bin/python scripts/golden/python_exceptions.py          # (re)write the blocks
    <venv>/bin/python scripts/golden/python_exceptions.py --check  # exit 1 if one is stale
"""
import os
import sys

from trailing_block import cpython_output, update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTS = os.path.join(ROOT, "Tests", "Python", "exceptions")
FILES = ["builtin_errors.py", "classes.py", "del_statement.py", "finally.py", "hashing.py", "post_init.py", "raise.py",
         "try_except.py", "values.py", "walrus.py", "with_statement.py"]


def main():
    ok = True
    for name in FILES:
        path = os.path.join(TESTS, name)
        ok = update(path, cpython_output(path), "python_exceptions.py") and ok
    sys.exit(0 if ok else 1)

main()
