"""Args sets for the command-line override checks (scripts/check-cli, scripts/golden/overrides.py)."""
from dataclasses import dataclass, field
from typing import List

from curifactory import ExperimentArgs


@dataclass
class Data:
    path: str = "data/train.csv"
    rows: int = 100


@dataclass
class Params(ExperimentArgs):
    lr: float = 0.1
    seed: int = 0
    layers: List[int] = field(default_factory=lambda: [32])
    data: Data = field(default_factory=Data)
    label: str = ""

    def __post_init__(self):
        self.label = f"lr{self.lr}"


def get_params():
    return [Params(name="base"), Params(name="fast", lr=0.5), Params(name="pinned", seed=1, hash="abc123")]
