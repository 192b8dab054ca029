"""Mirror of examples/cookbook/pinned.cfy and pinned_variant.cfy under real curifactory; also
checks that the pinned hash is the one `Args(k=7)` had before the rename."""
# cfy: hash examples/cookbook/pinned.cfy
# cfy: hash examples/cookbook/pinned_variant.cfy
from dataclasses import dataclass, replace
from curifactory import ExperimentArgs


@dataclass
class Old(ExperimentArgs):
    lr: float = 0.01
    k: int = 5


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    n_neighbors: int = 5


PIN = "6747cbcc58e57d95d4830d7385c636d0"
assert Old(name="legacy", k=7).args_hash() == PIN, "the pin is not the old set's hash"
legacy = Args(name="legacy", n_neighbors=7, hash=PIN)
fresh = Args(name="fresh", n_neighbors=7)
wider = replace(legacy, name="wider", n_neighbors=9)
for a in [legacy, fresh, legacy, wider]:
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
