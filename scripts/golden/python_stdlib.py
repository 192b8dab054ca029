"""Writes the `#=>` blocks of Tests/Python/stdlib/*.py that have no error case: each file is plain
Python, run here under CPython 3.11 with real curifactory 0.13.2 (its output is the block).

    <venv>/bin/python scripts/golden/python_stdlib.py          # (re)write the blocks
    <venv>/bin/python scripts/golden/python_stdlib.py --check  # exit 1 if one is stale
"""
import contextlib
import io
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTS = os.path.join(ROOT, "Tests", "Python", "stdlib")
FILES = ["math_values.py", "sweeps.py"]


def main():
    stale = False
    for name in FILES:
        path = os.path.join(TESTS, name)
        with open(path, encoding="utf-8") as f:
            text = f.read().splitlines()
        body = [line for line in text if not line.startswith("#=>")]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile("\n".join(body) + "\n", path, "exec"), {"__name__": name[:-3]})
        new = "\n".join(body + ["#=> " + line if line else "#=>" for line in out.getvalue().splitlines()]) + "\n"
        if "--check" in sys.argv[1:]:
            if new != "\n".join(text) + "\n":
                print(f"{path} is stale: run scripts/golden/python_stdlib.py", file=sys.stderr)
                stale = True
            continue
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
    sys.exit(1 if stale else 0)


main()
