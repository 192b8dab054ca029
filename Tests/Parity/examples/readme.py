"""The Python mirror of examples/readme.cfy (the README's example): prints what `cfy hash` must print."""
from dataclasses import dataclass, replace
from curifactory import ExperimentArgs, set_hash_functions


@dataclass
class Args(ExperimentArgs):
    seed: int = 0
    lr: float = 0.001
    gpus: int = 1
    hash_representations: dict = set_hash_functions(gpus=None)


base = Args(name="base", lr=0.01)
fast = replace(base, name="fast", lr=0.1)
sets = [base, fast] + [replace(base, name=f"{base.name}_seed={seed}", seed=seed) for seed in range(1, 3)]
for a in sets:
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
