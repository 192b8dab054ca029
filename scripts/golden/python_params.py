"""Writes the `#=>` block of Tests/Python/curifactory/hashes.py: the name and args hash of every set
that get_params() returns in Tests/Python/curifactory/experiments/classifier.py,
params/activations.py and params/sweep.py, computed by importing those files (run from that project root, as
curifactory's `experiment` does) under real curifactory 0.13.2.

    <venv>/bin/python scripts/golden/python_params.py          # (re)write the block
    <venv>/bin/python scripts/golden/python_params.py --check  # exit 1 if it is stale
"""
import importlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = os.path.join(ROOT, "Tests", "Python", "curifactory")
TEST = os.path.join(PROJECT, "hashes.py")
MODULES = ["experiments.classifier", "params.activations", "params.sweep"]


def expected():
    sys.path.insert(0, PROJECT)
    lines = []
    for name in MODULES:
        module = importlib.import_module(name)
        for args in module.get_params():
            lines.append(f"#=> {args.name} {args.args_hash()}")
    return lines


def main():
    with open(TEST, encoding="utf-8") as f:
        text = f.read().splitlines()
    body = [line for line in text if not line.startswith("#=>")]
    new = "\n".join(body + expected()) + "\n"
    if "--check" in sys.argv[1:]:
        if new != "\n".join(text) + "\n":
            print(f"{TEST} is stale: run scripts/golden/python_params.py", file=sys.stderr)
            sys.exit(1)
        return
    with open(TEST, "w", encoding="utf-8") as f:
        f.write(new)


main()
