"""Mirror of examples/cookbook/exclude.cfy under real curifactory (and its `--dry` listing)."""
# cfy: hash examples/cookbook/exclude.cfy
# cfy: hash examples/cookbook/exclude.cfy --dry --names cluster
from dataclasses import dataclass
from curifactory import ExperimentArgs, set_hash_functions


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    seed: int = 0
    gpus: int = 1
    data_dir: str = "/scratch/alice/data"
    hash_representations: dict = set_hash_functions(gpus=None, data_dir=None)


laptop = Args(name="laptop")
cluster = Args(name="cluster", gpus=8, data_dir="/lustre/project/data")
for a in [laptop, cluster]:
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
print(f"{cluster.name}\t{cluster.args_hash()}\t{cluster.overwrite}")
for k, v in cluster.args_hash(dry=True).items():
    print(f"  {k}: {v}")
