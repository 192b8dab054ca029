"""An experiment file as curifactory users write them (its stages come with the next milestone):
a @dataclass args class and get_params() building sets in a loop."""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import curifactory as cf


@dataclass
class Args(cf.ExperimentArgs):
    hidden: tuple = (64,)
    seed: int = 1
    activation: str = "relu"
    samples: int = 5000
    features: int = 300
    solver: Optional[str] = None
    tags: List[str] = field(default_factory=list)
    scales: Dict[str, float] = field(default_factory=lambda: {"train": 0.75})
    hash_representations: dict = cf.set_hash_functions(samples=None)


def get_params():
    sets = []
    for width in [8, 32, 128]:
        sets.append(Args(name=f"w{width}", hidden=(width, width // 2)))
    return sets
