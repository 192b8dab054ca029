"""Writes the `#=>` block of Tests/Python/convert/hashes.py: the name and args hash of every set that
get_params() returns in Tests/Python/convert/sweep.py and dotted.py (the inputs of the golden .cfy
files beside them), computed by importing those files under real curifactory 0.13.2, with the heavy
modules they import that the venv lacks stubbed here; cfy imports them as opaque. With `cfy test
Tests/Python` (cfy's .py hashes equal these) and scripts/check-convert (the converted .cfy files'
hashes equal cfy's .py hashes), the golden .cfy files give curifactory's hashes.

    <venv>/bin/python scripts/golden/python_convert.py          # (re)write the block
    <venv>/bin/python scripts/golden/python_convert.py --check  # exit 1 if it is stale
"""
import importlib
import os
import sys
import types
from unittest import mock

from trailing_block import params_hashes, update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = os.path.join(ROOT, "Tests", "Python", "convert")
TEST = os.path.join(PROJECT, "hashes.py")
MODULES = ["sweep", "dotted"]
STUBS = ["numpy", "pandas"]


def stub(name):
    module = types.ModuleType(name)
    module.__getattr__ = lambda attr: mock.MagicMock(name=f"{name}.{attr}")
    sys.modules[name] = module


def expected():
    import curifactory  # noqa: F401  (it needs the real numpy and pandas, installed with it)
    for name in STUBS:
        try:
            importlib.import_module(name)
        except ImportError:
            stub(name)
    return params_hashes(PROJECT, MODULES)


def main():
    sys.exit(0 if update(TEST, lambda body: expected(), "python_convert.py") else 1)


main()
