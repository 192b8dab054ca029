# docs/python.md: an error raised in __post_init__ is the error of `cfy hash`, naming the set.
from dataclasses import dataclass
from curifactory import ExperimentArgs


@dataclass
class Params(ExperimentArgs):
    lr: float = 0.1

    def __post_init__(self):
        if self.lr <= 0:
            raise ValueError(f"lr must be positive, got {self.lr}")


def get_params():
    return [Params(name="a"), Params(name="b", lr=-1.0)]
