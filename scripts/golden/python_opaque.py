"""Writes the `#=>` block of Tests/Python/opaque/hashes.py: the name and args hash of every set that
get_params() returns in Tests/Python/opaque/experiments/knn.py and params/sweep.py, computed by
importing those files under real curifactory 0.13.2, with the heavy modules they import that the
venv lacks (sklearn) stubbed here; cfy imports all of them as opaque.

    <venv>/bin/python scripts/golden/python_opaque.py          # (re)write the block
    <venv>/bin/python scripts/golden/python_opaque.py --check  # exit 1 if it is stale
"""
import os
import sys

from trailing_block import stubbed_params_hashes, update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = os.path.join(ROOT, "Tests", "Python", "opaque")
TEST = os.path.join(PROJECT, "hashes.py")
MODULES = ["experiments.knn", "params.sweep"]
STUBS = ["numpy", "pandas", "sklearn", "sklearn.model_selection", "sklearn.neighbors"]


def expected():
    return stubbed_params_hashes(PROJECT, MODULES, STUBS)


def main():
    sys.exit(0 if update(TEST, lambda body: expected(), "python_opaque.py") else 1)

main()
