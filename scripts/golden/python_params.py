"""Writes the `#=>` block of Tests/Python/curifactory/hashes.py: the name and args hash of every set
that get_params() returns in Tests/Python/curifactory/experiments/classifier.py,
params/activations.py and params/sweep.py, computed by importing those files (run from that project root, as
curifactory's `experiment` does) under real curifactory 0.13.2.

    <venv>/bin/python scripts/golden/python_params.py          # (re)write the block
    <venv>/bin/python scripts/golden/python_params.py --check  # exit 1 if it is stale
"""
import os
import sys

from trailing_block import params_hashes, update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = os.path.join(ROOT, "Tests", "Python", "curifactory")
TEST = os.path.join(PROJECT, "hashes.py")
MODULES = ["experiments.classifier", "params.activations", "params.sweep"]


def expected():
    return params_hashes(PROJECT, MODULES)


def main():
    sys.exit(0 if update(TEST, lambda body: expected(), "python_params.py") else 1)

main()
