"""Writes the `#=>` block of Tests/Python/opaque/hashes.py: the name and args hash of every set that
get_params() returns in Tests/Python/opaque/experiments/knn.py and params/sweep.py, computed by
importing those files under real curifactory 0.13.2, with the heavy modules they import that the
venv lacks (sklearn) stubbed here; cfy imports all of them as opaque.

    <venv>/bin/python scripts/golden/python_opaque.py          # (re)write the block
    <venv>/bin/python scripts/golden/python_opaque.py --check  # exit 1 if it is stale
"""
import importlib
import os
import sys

from trailing_block import params_hashes, update
import types
from unittest import mock

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = os.path.join(ROOT, "Tests", "Python", "opaque")
TEST = os.path.join(PROJECT, "hashes.py")
MODULES = ["experiments.knn", "params.sweep"]
STUBS = ["numpy", "pandas", "sklearn", "sklearn.model_selection", "sklearn.neighbors"]


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
    sys.exit(0 if update(TEST, lambda body: expected(), "python_opaque.py") else 1)

main()
