"""Mirror of examples/cookbook/grid.cfy under real curifactory."""
# cfy: hash examples/cookbook/grid.cfy
import itertools
from dataclasses import dataclass, replace
from curifactory import ExperimentArgs


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    batch_size: int = 32
    seed: int = 0


base = Args(name="knn")
for lr, bs in itertools.product([0.1, 0.01], [32, 64, 128]):
    a = replace(base, name=f"knn_lr={lr}_batch_size={bs}", lr=lr, batch_size=bs)
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
