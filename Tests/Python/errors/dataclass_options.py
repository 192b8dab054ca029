# Keyword-only fields, frozen dataclasses: CPython's errors (scripts/golden/python_errors.py).
from dataclasses import KW_ONLY, dataclass, field


@dataclass(frozen=True)
class Data:
    path: str = "iris.csv"


@dataclass
class Args:
    lr: float = 0.1
    _: KW_ONLY
    seed: int = 0


Args(0.5, 3)
#=> error: Args.__init__() takes from 1 to 2 positional arguments but 3 were given
Data().path = "x"
#=> error: cannot assign to field 'path'


@dataclass
class Thawed(Data):
    extra: int = 1
#=> error: cannot inherit non-frozen dataclass from a frozen one


@dataclass(frozen=True)
class Frozen(Args):
    extra: int = 1
#=> error: cannot inherit frozen dataclass from a non-frozen one
