# An opaque value reaching a hashed field, even inside a container, is an error at the use that
# made it, naming the args set, the field and the module: never a guessed hash.
from dataclasses import dataclass

import numpy as np

import curifactory as cf


@dataclass
class Args(cf.ExperimentArgs):
    weights: list = None


ok = Args(name="ok", weights=[1.0, 2.0])
print(ok.args_hash())
#=> 4faf88d2e8b5c1a4acd0ecf03c54d5e
bad = Args(name="bad", weights=[1.0, np.ones(3)])
print(bad.args_hash())
#=> error: 18:45: args set 'bad': field 'weights' holds `numpy.ones(...)` (Tests/Python/opaque/field_error.py:18), a value of the module 'numpy', which cfy does not run (it imports as opaque): cfy cannot know curifactory's hash for it
#=>     bad = Args(name="bad", weights=[1.0, np.ones(3)])
#=>                                                 ^
