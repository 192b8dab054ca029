# `field(repr=False)` (left out of a nested dataclass's repr, so of its hash) and `field(init=False)`
# (no __init__ parameter; its default again after replace(), before __post_init__): the block is
# CPython's output with real curifactory (scripts/golden/python_stdlib.py).
from dataclasses import dataclass, field, replace
from typing import List

import curifactory as cf


@dataclass
class Data:
    path: str = "iris.csv"
    cache_dir: str = field(default="/tmp/cache", repr=False)


@dataclass
class Args(cf.ExperimentArgs):
    lr: float = 0.1
    data: Data = field(default_factory=Data)
    tag: str = field(default="", init=False)
    layers: List[int] = field(default_factory=lambda: [4], init=False)

    def __post_init__(self):
        self.tag = f"lr{self.lr}"


a = Args(name="a", lr=0.5)
print(repr(a.data), a.tag, a.layers)
a.tag = "changed"
a.layers = [1, 2]
b = replace(a, name="b")
print(b.tag, b.layers)
c = Args("c", None, False, {}, 0.2)
print(c.tag, c.lr)
for p in [a, b, c, Args(name="d", data=Data(cache_dir="/x"))]:
    print(p.name, p.args_hash())
#=> Data(path='iris.csv') lr0.5 [4]
#=> lr0.5 [4]
#=> lr0.2 0.2
#=> a 2b14697ab760eac2b11d088a37d410b43
#=> b 288708e00f3c0d3867afedd3fe35ced91
#=> c 30d3e301b87a4fef574dcf9369928395f
#=> d 22cbc273bc564c1ad7b16fbc00770ae5d
