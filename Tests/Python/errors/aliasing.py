# Python shares objects where cfy copies values: an in-place change that Python would also make to
# another name's value (a loop's items, an alias, a function's argument, a method's self) is an
# error in a .py file, never a different hash.
from dataclasses import dataclass

import curifactory as cf


@dataclass
class Args(cf.ExperimentArgs):
    lr: float = 0.0
    layers: list = None

    def faster(self):
        self.lr = self.lr * 2
        return self


def fresh_copies_are_fine():
    out = []
    for lr in [0.1, 0.2]:
        a = Args(name=f"lr{lr}")
        a.lr = lr
        out.append(a)
    return [x.lr for x in out]


print(fresh_copies_are_fine())
#=> [0.1, 0.2]

args = [Args(name="a"), Args(name="b")]
for a in args:
    a.lr = 0.1
#=> error: 33:5: cfy cannot run this in-place change yet: `a` is an item of what the loop goes through, and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
#=>         a.lr = 0.1
#=>         ^

def tweak(x):
    x.layers.append(3)
tweak(args[0])
#=> error: 39:5: cfy cannot run this in-place change yet: `x` is the caller's value, and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
#=>         x.layers.append(3)
#=>         ^
#=>   called from 40:6 in tweak

Args().faster()
#=> error: 15:9: cfy cannot run this in-place change yet: `self` is the instance the method was called on, and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
#=>             self.lr = self.lr * 2
#=>             ^
#=>   called from 46:14 in Args.faster
