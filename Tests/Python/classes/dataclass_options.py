# `@dataclass(frozen=True, kw_only=True)`, `_: KW_ONLY`, `field(compare=False)`: the block is
# CPython's output with real curifactory (scripts/golden/python_stdlib.py).
from dataclasses import dataclass, field, KW_ONLY
import curifactory as cf


@dataclass(frozen=True)
class Data:
    path: str = "iris.csv"
    note: str = field(default="", compare=False)


@dataclass
class Args(cf.ExperimentArgs):
    lr: float = 0.1
    _: KW_ONLY
    seed: int = 0
    data: Data = field(default_factory=Data)


@dataclass(kw_only=True)
class More(Args):
    extra: int = 1


print(Data("a", "x") == Data("a", "y"), Data("a") == Data("b"))
a = Args("a", None, False, {}, 0.5, seed=3)
print(a.lr, a.seed, More("m", None, False, {}, 0.2, extra=4).extra)
print(a.args_hash(), More(name="m", extra=5).args_hash())
#=> True False
#=> 0.5 3 4
#=> 259b2874739938858dfe071b5ebc63b73 30f1ddaf663e04dcbdc1d3ced96642b95
