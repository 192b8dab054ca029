"""The Python mirror of examples/knn/params/sweep.cfy (docs/curifactory.md): prints what `cfy hash` must print."""
import itertools
from dataclasses import dataclass, replace
from curifactory import ExperimentArgs, set_hash_functions


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    seed: int = 0
    workers: int = 4
    hash_representations: dict = set_hash_functions(workers=None)


base = Args(name="knn")
for lr, seed in itertools.product([0.1, 0.01], range(2)):
    a = replace(base, name=f"{base.name}_lr={lr}_seed={seed}", lr=lr, seed=seed)
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
