# A class cfy cannot run (fields but no @dataclass, which Python would not make a dataclass; a base
# from a module cfy does not run) is still defined, as an opaque class: an experiment file may hold
# one. What it makes is opaque: in a hashed field it is an error, never a guess.
import functools
from dataclasses import dataclass

import curifactory as cf
import torch.nn as nn


class Params:
    seed: int = 0


class Net(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.width = width


@dataclass
class Cached:
    n: int = 1

    @functools.lru_cache(maxsize=None)
    def total(self):
        return self.n


@dataclass
class Args(cf.ExperimentArgs):
    model: object = None


net = Net(3)
print(Args(name="ok", model=None).model)
#=> None
Args(name="plain", model=Params()).args_hash()
#=> error: field 'model' holds `Params(...)` (Tests/Python/opaque/class_not_run.py:38), made by the class 'Params', which cfy does not run (cfy cannot run a class without `@dataclass` ('Params': cfy classes are dataclasses, so its fields would not be what Python makes of them; add `@dataclass`) yet): cfy cannot know curifactory's hash for it
Args(name="cached", model=Cached()).args_hash()
#=> error: field 'model' holds `Cached(...)` (Tests/Python/opaque/class_not_run.py:40), made by the class 'Cached', which cfy does not run (cfy cannot run this decorator on a method yet): cfy cannot know curifactory's hash for it
Args(name="net", model=Net(3)).args_hash()
#=> error: field 'model' holds `Net(...)` (Tests/Python/opaque/class_not_run.py:42), made by the class 'Net', which cfy does not run (its base `torch.nn.Module` is a value of the module 'torch.nn', which cfy does not run): cfy cannot know curifactory's hash for it
