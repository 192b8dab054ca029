"""Args with inheritance, __post_init__, hash functions and nested dataclasses."""
import dataclasses
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from curifactory import ExperimentArgs, set_hash_functions


@dataclass
class Data:
    path: str = "data/train.csv"
    test_size: float = 0.25
    columns: List[str] = field(default_factory=lambda: ["a", "b"])


@dataclass
class Base(ExperimentArgs):
    seed: int = 0
    data: Data = field(default_factory=Data)
    model: str = "Ridge"
    options: Dict[str, Any] = field(default_factory=dict)
    note: Optional[str] = None
    hash_representations: dict = set_hash_functions(
        note=None,
        model=lambda self, value: value.lower(),
    )


@dataclass
class Ridge(Base):
    alpha: float = 1.0
    normalize: bool = False
    label: str = ""

    def __post_init__(self):
        self.label = f"{self.model}-{self.alpha}"
