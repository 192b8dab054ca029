"""The Python mirror of examples/lock/params_v1.cfy (docs/ci.md): prints what `cfy hash` must print."""
from dataclasses import dataclass
from curifactory import ExperimentArgs


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.1
    seed: int = 0


for a in [Args(name="base"), Args(name="fast", lr=0.5)]:
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
