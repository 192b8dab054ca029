# A functools.partial in a hashed field: curifactory hashes a callable by its __qualname__, which a
# partial does not have (AttributeError in Python), so it is an error here too.
import functools
from dataclasses import dataclass
from typing import Any

import curifactory as cf


def scale(x, factor=2):
    return x * factor


@dataclass
class Args(cf.ExperimentArgs):
    transform: Any = None


print(Args(name="a", transform=functools.partial(scale, factor=3)).args_hash())
#=> error: 19:77: args set 'a': field 'transform' holds `functools.partial(scale, ...)`: curifactory cannot hash it (Python raises AttributeError: 'functools.partial' object has no attribute '__qualname__')
#=>     print(Args(name="a", transform=functools.partial(scale, factor=3)).args_hash())
#=>                                                                                 ^
