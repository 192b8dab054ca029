# `from module import *` at a module's top level binds its public names (its `__all__`, else the
# names not starting with `_`); the block is CPython's output with real curifactory
# (scripts/golden/python_stdlib.py).
from experiments.knn import *
from math import *
from curifactory import *

p = Params(name="star", k=7)
print(p.k, floor(2.5), isinstance(p, ExperimentArgs), p.args_hash())
#=> 7 2 True d544d37189d98e863989b3ded9add8ba
