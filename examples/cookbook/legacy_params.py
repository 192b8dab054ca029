"""Recipe: moving an existing params.py to cfy and back (an ordinary curifactory params file)."""
import copy
from dataclasses import dataclass, field

from curifactory import ExperimentArgs, set_hash_functions


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    layers: list = field(default_factory=lambda: [64, 64])
    seed: int = 0
    gpus: int = 1
    hash_representations: dict = set_hash_functions(gpus=None)


def get_params():
    base = Args(name="base")
    sets = [base]
    for lr in [0.1, 0.001]:
        variant = copy.deepcopy(base)
        variant.name = f"lr{lr}"
        variant.lr = lr
        sets.append(variant)
    return sets
