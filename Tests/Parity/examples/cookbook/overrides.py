"""Mirror of examples/cookbook/overrides.cfy and its command-line overrides (each is
dataclasses.replace on the set; -m expands as grid() does)."""
# cfy: hash examples/cookbook/overrides.cfy
# cfy: hash examples/cookbook/overrides.cfy lr=0.1
# cfy: hash examples/cookbook/overrides.cfy -m seed=1,2,3
# cfy: hash examples/cookbook/overrides.cfy -m seed=1,2 'layers=[128],[64, 64]' lr=0.1
import itertools
from dataclasses import dataclass, field, replace
from curifactory import ExperimentArgs


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    seed: int = 0
    layers: list = field(default_factory=lambda: [64, 64])


def show(a):
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")


base = Args(name="base")
show(base)
show(replace(base, lr=0.1))
for s in [1, 2, 3]:
    show(replace(base, name=f"base_seed={s}", seed=s))
fast = replace(base, lr=0.1)
for s, layers in itertools.product([1, 2], [[128], [64, 64]]):
    show(replace(fast, name=f"base_seed={s}_layers={layers}", seed=s, layers=layers))
