# @property, @staticmethod and @classmethod on an args class's methods, as Python runs them (the
# block is CPython's output with real curifactory: scripts/golden/python_stdlib.py).
from dataclasses import dataclass, field
from typing import List

import curifactory as cf


@dataclass
class Args(cf.ExperimentArgs):
    layers: List[int] = field(default_factory=list)

    @property
    def depth(self):
        return len(self.layers)

    @staticmethod
    def make(n):
        return Args(name=f"n{n}", layers=[8] * n)

    @classmethod
    def named(cls, name):
        return cls(name=name)


@dataclass
class Deep(Args):
    @property
    def depth(self):
        return 10 * len(self.layers)


a = Args.make(3)
print(a.depth, a.name, a.make(1).depth, Args.named("x").name, Deep.named("d").depth, Deep.make(2).depth)
print(type(Deep.named("d")).__name__, Deep(layers=[1, 2]).depth)
for args in [a, Args.named("x"), Deep.named("d")]:
    print(args.name, args.args_hash())
#=> 3 n3 1 x 0 2
#=> Deep 20
#=> n3 e20afcf43de2d5362ae422ac5cfd65db
#=> x eba15aecb171cb86c50bc225ecf17b5b
#=> d eba15aecb171cb86c50bc225ecf17b5b
