"""Mirror of examples/cookbook/diff_old.cfy and diff_new.cfy under real curifactory."""
# cfy: hash examples/cookbook/diff_old.cfy
# cfy: hash examples/cookbook/diff_new.cfy
from dataclasses import dataclass
from curifactory import ExperimentArgs


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    seed: int = 0
    workers: int = 4


old = [Args(name="base"), Args(name="slow", lr=0.001), Args(name="tiny", lr=0.1), Args(name="seed1", seed=1)]
new = [Args(name="base"), Args(name="slow", lr=0.0005), Args(name="fast", lr=0.1), Args(name="seed2", seed=2)]
for a in old + new:
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
