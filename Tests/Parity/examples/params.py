"""The Python mirror of examples/params.cfy: prints what `cfy hash` must print."""
from dataclasses import dataclass, field, replace
from curifactory import ExperimentArgs, set_hash_functions
@dataclass
class Data:
    path: str = "iris.csv"
    test_size: float = 0.25
@dataclass
class Args(ExperimentArgs):
    seed: int = 0
    lr: float = 0.001
    model: str = "knn"
    layers: list = field(default_factory=lambda: [64, 64])
    gpus: int = 1
    data: Data = field(default_factory=Data)
    extra: int = None
    hash_representations: dict = set_hash_functions(gpus=None, model=lambda self, v: v.lower())
base = Args(name="base", lr=0.01)
fast = replace(base, name="fast", lr=0.1)
fast.overwrite = True
def seed_set(args, n=5):
    return [replace(args, name=f"{args.name}_seed{i}", seed=i) for i in range(n)]
def get_params():
    return seed_set(base, 3) + [fast]
for a in get_params():
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
