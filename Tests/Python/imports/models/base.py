from dataclasses import dataclass

import curifactory as cf


@dataclass
class BaseParams(cf.ExperimentArgs):
    seed: int = 0
