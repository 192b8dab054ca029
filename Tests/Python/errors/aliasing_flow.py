# The aliasing check follows statements in order: a name given a fresh value no longer shares, a
# name reused as a later loop's variable is fine before it, and a loop's second round sees what
# its first one left (r = x below).
import copy
from dataclasses import dataclass
import curifactory as cf

@dataclass
class P(cf.ExperimentArgs):
    lr: float = 0.0

base = P(name="base")
sets = []
for lr in [0.1, 0.2]:
    p = copy.deepcopy(base)
    p.lr = lr
    sets.append(p)
for p in sets:
    print(p.name, p.lr)
#=> base 0.1
#=> base 0.2
q = base
q = copy.deepcopy(base)
q.lr = 3.0
print(base.lr, q.lr)
#=> 0.0 3.0
r = copy.deepcopy(base)
for x in sets:
    r.lr = 1.0
    r = x
#=> error: 29:5: cfy cannot run this in-place change yet: `r` is another name for the same object, and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
#=>         r.lr = 1.0
#=>         ^
