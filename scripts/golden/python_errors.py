"""Checks the error messages of Tests/Python files against CPython 3.11: each file runs here under
CPython, a chunk at a time (the lines between two `#=>` blocks, in one namespace, as `cfy test`
runs them); a chunk that raises must be followed by `#=> error: [LINE:COL: ]MESSAGE` whose MESSAGE
is CPython's `str(exception)` (cfy's own "; did you mean ...?" hint aside), and a chunk that does not
raise must not be. cfy writes these blocks (`cfy test --update`); this script proves their words are
Python's, so it only checks (with or without --check).

    <venv>/bin/python scripts/golden/python_errors.py [--check]
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTS = os.path.join(ROOT, "Tests", "Python")
FILES = ["errors/call_binding.py", "errors/property_setter.py", "errors/field_init_false.py",
         "errors/dataclass_options.py"]


def chunks(lines):
    """(code lines, block lines) pairs, in order."""
    code, block, out = [], [], []
    for line in lines:
        if line.startswith("#=>"):
            block.append(line)
            continue
        if block:
            out.append((code, block))
            code, block = [], []
        code.append(line)
    if block:
        out.append((code, block))
    return out


def check(rel):
    path = os.path.join(TESTS, rel)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    ns = {"__name__": os.path.basename(rel)[:-3]}
    bad = 0
    for code, block in chunks(lines):
        first = block[0]
        m = re.match(r"#=> error: (?:\d+:\d+: )?(.*)$", first)
        try:
            exec(compile("\n".join(code) + "\n", path, "exec"), ns)
        except Exception as e:  # noqa: BLE001 (any exception: its message is what is compared)
            want = str(e)
            got = re.sub(r"; did you mean .*\?$", "", m.group(1)) if m else None
            if got != want:
                print(f"{rel}: {first!r}: CPython says {type(e).__name__}: {want}", file=sys.stderr)
                bad += 1
            continue
        if m:
            print(f"{rel}: {first!r}: CPython raises nothing there", file=sys.stderr)
            bad += 1
    return bad


def main():
    bad = sum(check(rel) for rel in FILES)
    print(f"python_errors: {len(FILES)} files, {bad} message(s) differ from CPython's")
    sys.exit(1 if bad else 0)


main()
