"""Mirror of examples/cookbook/seeds.cfy under real curifactory."""
# cfy: hash examples/cookbook/seeds.cfy
from dataclasses import dataclass, replace
from curifactory import ExperimentArgs


@dataclass
class Args(ExperimentArgs):
    seed: int = 0
    lr: float = 0.01
    epochs: int = 10


base = Args(name="base")
for a in [replace(base, name=f"base_seed{s}", seed=s) for s in range(5)]:
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
