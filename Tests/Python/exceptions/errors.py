# What an exception does when nothing catches it, and what cfy will not run or catch (its messages
# are cfy's: this file is written by hand, not by scripts/golden/python_exceptions.py).
from dataclasses import dataclass

import curifactory as cf
import torch


@dataclass
class Args(cf.ExperimentArgs):
    lr: float = 0.1

    def __post_init__(self):
        if self.lr < 0:
            raise ValueError(f"lr must be positive, got {self.lr}")


# An uncaught raise reads as the last line of Python's traceback.
Args(lr=-1.0)
#=> error: 15:13: ValueError: lr must be positive, got -1.0
#=>                 raise ValueError(f"lr must be positive, got {self.lr}")
#=>                 ^
#=>   called from 19:5 in Args.__post_init__ (the args set 'UNNAMED')
raise KeyError("missing")
#=> error: 24:1: KeyError: 'missing'
#=>     raise KeyError("missing")
#=>     ^
raise RuntimeError
#=> error: 28:1: RuntimeError
#=>     raise RuntimeError
#=>     ^
raise AssertionError("as a failed assert")
#=> error: 32:1: assertion failed: as a failed assert
#=>     raise AssertionError("as a failed assert")
#=>     ^

# A subclass reports its own name.
class ProjectError(LookupError):
    pass


raise ProjectError("not found")
#=> error: 42:1: ProjectError: not found
#=>     raise ProjectError("not found")
#=>     ^
raise
#=> error: 46:1: No active exception to reraise
#=>     raise
#=>     ^

# Python's TypeErrors.
raise 5
#=> error: 52:1: exceptions must derive from BaseException
#=>     raise 5
#=>     ^
try:
    pass
except int:
    pass
try:
    raise ValueError("x")
except len:
    pass
#=> error: 62:1: catching classes that do not inherit from BaseException is not allowed
#=>     except len:
#=>     ^
raise ValueError("x") from 3
#=> error: 67:1: exception causes must derive from BaseException
#=>     raise ValueError("x") from 3
#=>     ^
ValueError(msg="no keywords")
#=> error: 71:11: ValueError() takes no keyword arguments
#=>     ValueError(msg="no keywords")
#=>               ^

# cfy's own limits and what Python would not raise are never caught.
try:
    Args(lr="fast")
except TypeError:
    print("never: Python checks no field types")
#=> error: 78:9: wrong type for field 'lr' of Args: expected float, got str ('fast')
#=>         Args(lr="fast")
#=>             ^
try:
    a = Args()
    a.speed = 1
except AttributeError:
    print("never: Python would set it")
#=> error: 86:6: cannot set unknown attribute 'speed' on Args
#=>         a.speed = 1
#=>          ^
try:
    torch.zeros(3) + 1
except TypeError:
    print("never: cfy does not know what torch computes")
#=> error: 93:20: unsupported operand type(s) for +: 'torch value (opaque)' and 'int'
#=>         torch.zeros(3) + 1
#=>                        ^
with torch.no_grad():
    pass
#=> error: 99:19: cfy cannot run `with` over `torch.no_grad(...)`, a value of the module 'torch', which cfy does not run (it imports as opaque)
#=>     with torch.no_grad():
#=>                       ^
try:
    ValueError("a") == ValueError("a")
except Exception:
    print("never")
#=> error: 105:21: cfy cannot compare two exceptions with `==` yet: Python compares them by identity, which cfy's values do not keep (compare `type(e)` or `e.args`)
#=>         ValueError("a") == ValueError("a")
#=>                         ^
a = Args()
del a.lr
#=> error: 112:6: cfy cannot run `del` of an attribute ('lr') yet: a cfy instance always has all its fields
#=>     del a.lr
#=>          ^


class WithInit(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
#=> error: 119:5: cfy cannot run an exception class's own __init__ yet ('WithInit'): raise it with the message instead, `raise WithInit(f"...")`
#=>         def __init__(self, code):
#=>         ^


print([(x := 1) for x in range(2)])
#=> error: 126:11: assignment expression cannot rebind comprehension iteration variable 'x'
#=>     print([(x := 1) for x in range(2)])
#=>               ^

# cfy computes a generator expression (and what map() and filter() call) at once, where Python
# computes each item when it is asked for: an error there is never caught (it would come at
# another point in Python, or never).
try:
    lazy = (1 / x for x in [1, 0])
except ZeroDivisionError:
    print("never: Python raises only when the item is taken")
#=> error: 135:15: division by zero
#=>         lazy = (1 / x for x in [1, 0])
#=>                   ^

# `del d[k]` is an in-place change, as `d[k] = v` is: through a name that shares its value in
# Python (a loop's item here), it is the shared-objects error.
configs = [{"lr": 0.1, "tmp": 1}]
for c in configs:
    del c["tmp"]
#=> error: 146:5: cfy cannot run this in-place change yet: `c` is an item of what the loop goes through, and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
#=>         del c["tmp"]
#=>         ^

# A call's wrong arguments are caught as the TypeError they are, but cfy words them otherwise than
# Python (`P.__init__() got an unexpected keyword argument 'c'`): reading the text is an error.
def one(a):
    return a


try:
    one()
except TypeError:
    print("caught: the class is Python's")
#=> caught: the class is Python's
try:
    Args(speed=1)
except TypeError as e:
    print(e)
#=> error: 165:5: cfy cannot give this TypeError's text: cfy words it otherwise than Python ("unknown field 'speed' for Args"); catching it works, reading str(e) or e.args does not
#=>         print(e)
#=>         ^

# `p := base` makes `p` another name for `base`, as `p = base` does.
shared_base = {"lr": 0.1}
if (p := shared_base):
    p["lr"] = 0.2
#=> error: 173:5: cfy cannot run this in-place change yet: `p` is another name for the same object, and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
#=>         p["lr"] = 0.2
#=>         ^

# cfy's own limits stop the program: its recursion limit is not Python's stack, so no `except`
# catches it.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError:
    print("never")
#=> error: 181:19: maximum recursion depth exceeded (limit 1000)
#=>         return forever(n + 1)
#=>                       ^
#=>   called from 181:19 in forever (999 times)
#=>   called from 185:12 in forever
