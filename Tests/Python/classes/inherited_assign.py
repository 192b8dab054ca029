# In a Python dataclass, `seed = 7` (no annotation) in a subclass leaves the inherited field's
# default alone (curifactory sees seed=0); `seed: int = 7` changes it.
from dataclasses import dataclass

from curifactory import ExperimentArgs


@dataclass
class A(ExperimentArgs):
    seed: int = 0


@dataclass
class B(A):
    seed = 7


@dataclass
class C(A):
    seed: int = 7


print(B().seed, C().seed)
#=> 0 7
