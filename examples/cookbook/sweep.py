"""Recipe: a sweep in a curifactory .py params file, read by cfy as it is."""
import itertools
from dataclasses import dataclass, replace

from curifactory import ExperimentArgs


@dataclass
class Params(ExperimentArgs):
    model: str = "knn"
    n_neighbors: int = 5
    seed: int = 0


def get_params():
    base = Params(name="base")
    return [
        replace(base, name=f"k{k}_seed{seed}", n_neighbors=k, seed=seed)
        for k, seed in itertools.product([3, 7], range(2))
    ]
