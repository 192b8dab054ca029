"""Mirror of examples/cookbook/status.cfy under real curifactory (make_cache.py wrote the cache
fixture with the same sets)."""
# cfy: hash examples/cookbook/status.cfy
from dataclasses import dataclass, replace
from curifactory import ExperimentArgs


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    seed: int = 0


base = Args(name="knn")
for s in range(3):
    a = replace(base, name=f"knn_seed={s}", seed=s)
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
