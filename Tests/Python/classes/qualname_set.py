# A function's __qualname__ and __name__ can be set, as `cfy export --python` does to keep a
# callable field's hash (curifactory hashes a callable by its __qualname__). The block is CPython's
# output with real curifactory (scripts/golden/python_stdlib.py).
from dataclasses import dataclass
from typing import Callable

import curifactory as cf


def scale(x):
    return 2 * x


@dataclass
class Args(cf.ExperimentArgs):
    fn: Callable = None


before = Args(name="a", fn=scale).args_hash()
scale.__qualname__ = "Model.scale"
scale.__name__ = "renamed"
after = Args(name="a", fn=scale).args_hash()
print(scale.__qualname__, scale.__name__, before != after, after)
#=> Model.scale renamed True 9d45cdee82638ea186427e0b665d52f8
