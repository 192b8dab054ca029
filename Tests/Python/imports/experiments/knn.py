from dataclasses import dataclass, field
from typing import List

import curifactory as cf

from . import common
from .common import DEFAULT_K


@dataclass
class Params(cf.ExperimentArgs):
    k: int = DEFAULT_K
    weights: List[str] = field(default_factory=lambda: [common.WEIGHT])
