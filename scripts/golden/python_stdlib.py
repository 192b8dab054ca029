"""Writes the `#=>` blocks of the Tests/Python files listed below (the stdlib modules and Python
features whose output is CPython's, with no error case): each file is plain Python, run here under
CPython 3.11 with real curifactory 0.13.2 (its output is the block).

    <venv>/bin/python scripts/golden/python_stdlib.py          # (re)write the blocks
    <venv>/bin/python scripts/golden/python_stdlib.py --check  # exit 1 if one is stale
"""
import contextlib
import io
import os
import sys

from trailing_block import update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTS = os.path.join(ROOT, "Tests", "Python")
FILES = ["stdlib/math_values.py", "stdlib/sweeps.py", "basics/parameters.py", "imports/package_init.py", "imports/star_import.py",
         "classes/method_decorators.py", "classes/field_options.py",
         "classes/dataclass_options.py"]


def run(path, name):
    """The `#=>` lines of `path`: what its statements print under CPython."""
    def expected(body):
        out = io.StringIO()
        sys.path.insert(0, os.path.dirname(path))      # its modules, found as `experiment` finds them
        with contextlib.redirect_stdout(out):
            exec(compile("\n".join(body) + "\n", path, "exec"), {"__name__": os.path.basename(name)[:-3]})
        return ["#=> " + line if line else "#=>" for line in out.getvalue().splitlines()]
    return expected


def main():
    ok = True
    for name in FILES:
        path = os.path.join(TESTS, name)
        ok = update(path, run(path, name), "python_stdlib.py") and ok
    sys.exit(0 if ok else 1)

main()
