"""Writes the `#=>` block of Tests/Python/convert/hashes.py: the name and args hash of every set that
get_params() returns in Tests/Python/convert/sweep.py and dotted.py (the inputs of the golden .cfy
files beside them), computed by importing those files under real curifactory 0.13.2, with the heavy
modules they import that the venv lacks stubbed here; cfy imports them as opaque. With `cfy test
Tests/Python` (cfy's .py hashes equal these) and scripts/check-convert (the converted .cfy files'
hashes equal cfy's .py hashes), the golden .cfy files give curifactory's hashes.

    <venv>/bin/python scripts/golden/python_convert.py          # (re)write the block
    <venv>/bin/python scripts/golden/python_convert.py --check  # exit 1 if it is stale
"""
import os
import sys

from trailing_block import stubbed_params_hashes, update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = os.path.join(ROOT, "Tests", "Python", "convert")
TEST = os.path.join(PROJECT, "hashes.py")
MODULES = ["sweep", "dotted"]
STUBS = ["numpy", "pandas"]


def expected():
    return stubbed_params_hashes(PROJECT, MODULES, STUBS)


def main():
    sys.exit(0 if update(TEST, lambda body: expected(), "python_convert.py") else 1)


main()
