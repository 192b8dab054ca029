# @dataclass classes are cfy classes: fields with annotations, field(default=..., default_factory=...),
# typing annotations, methods, __post_init__; a subclass without fields needs no decorator.
import dataclasses
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import curifactory as cf


@dataclass
class Data:
    path: str = "iris.csv"
    sizes: List[int] = field(default_factory=lambda: [1, 2])


@dataclasses.dataclass(frozen=False)
class Params(cf.ExperimentArgs):
    """Parameters."""

    seed: int = 0
    lr: float = field(default=0.01)
    data: Data = field(default_factory=Data)
    extra: Optional[Dict[str, float]] = None
    tag: str | None = None

    def __post_init__(self):
        self.tag = f"seed{self.seed}"


class Same(Params):
    pass


a = Params(name="a", seed=3)
print(a)
#=> Params(name='a', hash=None, overwrite=False, seed=3, lr=0.01, data=Data(path='iris.csv', sizes=[1, 2]), extra=None, tag='seed3')
print(Same(name="s").tag, dataclasses.replace(a, seed=4).tag)
#=> seed0 seed4
