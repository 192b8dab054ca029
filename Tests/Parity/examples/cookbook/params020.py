"""Mirror of examples/cookbook/params020.cfy under real curifactory 0.20.5."""
# curifactory: 0.20.5
# cfy: hash examples/cookbook/params020.cfy
from dataclasses import dataclass, replace
from curifactory import ExperimentParameters, set_hash_functions


@dataclass
class Params(ExperimentParameters):
    lr: float = 0.01
    seed: int = 0
    workers: int = 4
    hash_representations: dict = set_hash_functions(workers=None)


base = Params(name="base")
for s in range(3):
    a = replace(base, name=f"base_seed={s}", seed=s)
    print(f"{a.name}\t{a.params_hash()}\t{a.overwrite}")
