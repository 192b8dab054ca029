"""Mirror of examples/cookbook/ci.cfy under real curifactory, and of the hashes ci.lock records
for the file as it was before the edits (the default of `dropout` 0.1, no `augment`)."""
# cfy: hash examples/cookbook/ci.cfy
# lock: examples/cookbook/ci.lock
from dataclasses import dataclass
from curifactory import ExperimentArgs


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    dropout: float = 0.2
    seed: int = 0
    augment: bool = None


@dataclass
class Before(ExperimentArgs):
    lr: float = 0.01
    dropout: float = 0.1
    seed: int = 0


now = [Args(name="base"), Args(name="small_lr", lr=0.001, dropout=0.1), Args(name="flipped", augment=True)]
before = [Before(name="base"), Before(name="small_lr", lr=0.001, dropout=0.1)]
for a in now + before:
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
