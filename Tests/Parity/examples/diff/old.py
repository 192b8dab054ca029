"""The Python mirror of examples/diff/old.cfy (docs/cli.md, cfy diff): prints what `cfy hash` must print."""
from dataclasses import dataclass
from curifactory import ExperimentArgs


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.1
    seed: int = 0


for a in [Args(name="a", seed=5), Args(name="b", seed=1), Args(name="c"), Args(name="gone", seed=9)]:
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
