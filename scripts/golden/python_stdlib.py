"""Writes the `#=>` blocks of the Tests/Python files listed below (the stdlib modules and Python
features whose output is CPython's, with no error case): each file is plain Python, run here under
CPython 3.11 with real curifactory 0.13.2 (its output is the block).

    <venv>/bin/python scripts/golden/python_stdlib.py          # (re)write the blocks
    <venv>/bin/python scripts/golden/python_stdlib.py --check  # exit 1 if one is stale
"""
import os
import sys

from trailing_block import cpython_output, update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTS = os.path.join(ROOT, "Tests", "Python")
FILES = ["stdlib/math_values.py", "stdlib/sweeps.py", "basics/parameters.py", "imports/package_init.py", "imports/star_import.py",
         "classes/method_decorators.py", "classes/field_options.py",
         "classes/dataclass_options.py",
         "classes/qualname_set.py", "imports/checkout/params.py"]


def main():
    # The installed curifactory, imported first, so that imports/checkout/params.py gets it and not
    # the decoy checkout beside it (which cfy never reads).
    import curifactory  # noqa: F401
    ok = True
    for name in FILES:
        path = os.path.join(TESTS, name)
        ok = update(path, cpython_output(path), "python_stdlib.py") and ok
    sys.exit(0 if ok else 1)

main()
