"""An experiment module the params file imports: heavy imports and a stage, which convert leaves out."""
import logging
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

import curifactory as cf

from .helpers import lower

logger = logging.getLogger(__name__)


@dataclass
class Data:
    path: str = "data/train.csv"
    columns: List[str] = field(default_factory=lambda: ["a", "b"])


@dataclass
class Params(cf.ExperimentArgs):
    seed: int = 0
    lr: float = 1e-3
    model: str = "MLP"
    data: Data = field(default_factory=Data)
    layers: list = field(default_factory=list)
    note: Optional[str] = None
    hash_representations: dict = cf.set_hash_functions(note=None, model=lower)

    def __post_init__(self):
        if not self.layers:
            self.layers = [64, 64]


@dataclass
class Deep(Params):
    depth: int = 3
    seed = 7          # a Python dataclass ignores this (the field keeps 0); convert leaves it out


DEFAULT = Params(name="default")
DEFAULT.seed = 5          # a module-level change in place: inlined with DEFAULT


@cf.stage(inputs=None, outputs=["model"])
def train(record):
    logger.info("training")
    return np.zeros(3)


def get_params():
    return [Params(name="module-default")]
