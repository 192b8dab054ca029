"""Workload 5 of scripts/bench.py: a small curifactory project whose experiment file imports the
ML stack (numpy, pandas, sklearn, curifactory's stages), and the Python side's hash check."""

# Workload 5: a small curifactory project with the ML stack imported (files: path -> text).
PROJECT = {
    "experiments/__init__.py": "",
    "experiments/knn.py": '''import logging
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

import curifactory as cf
from curifactory import Record, aggregate

logger = logging.getLogger(__name__)


@dataclass
class Params(cf.ExperimentArgs):
    n_neighbors: int = 5
    weights: str = "uniform"
    test_size: float = 0.25
    features: List[str] = field(default_factory=lambda: ["a", "b"])
    seed: Optional[int] = None


@cf.stage(inputs=None, outputs=["data"])
def load_data(record: Record):
    frame = pd.read_csv("data.csv")
    return frame[record.args.features]


@cf.stage(inputs=["data"], outputs=["model", "score"])
def train(record: Record, data):
    x_train, x_test, y_train, y_test = train_test_split(data, test_size=record.args.test_size)
    model = KNeighborsClassifier(n_neighbors=record.args.n_neighbors, weights=record.args.weights)
    model.fit(x_train, y_train)
    return model, np.mean(model.predict(x_test) == y_test)


def get_params():
    return [Params(name="knn-5")]
''',
    "params/__init__.py": "",
    "params/sweep.py": '''import copy
import itertools

from experiments.knn import Params


def get_params():
    base = Params(name="base", seed=1)
    sets = []
    for k, weights, seed in itertools.product([1, 3, 5, 7, 9], ["uniform", "distance"], range(4)):
        p = copy.deepcopy(base)
        p.name = f"k{k}-{weights}-s{seed}"
        p.n_neighbors = k
        p.weights = weights
        p.seed = seed
        sets.append(p)
    return sets
''',
}

# The Python side's check: the sweep's hashes in cfy hash's format (name hash overwrite).
PROJECT_HASHES_PY = "import params.sweep as s; print('\\n'.join(f'{p.name}\\t{p.args_hash()}\\t{p.overwrite}' for p in s.get_params()))"
