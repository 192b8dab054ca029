# Opaque values can be called, have attributes taken, decorate functions (which stay defined and
# are not run), and be stored; hashing them (field_error.py) or taking their text is an error. A bare expression
# statement's opaque value is echoed as `<opaque TEXT>`; its str(), repr(), print() and f-strings
# are errors (cfy cannot know Python's text for it).
import logging
import torch
import torch.nn as nn
from curifactory import stage, get_logger
import curifactory as cf

log = logging.getLogger(__name__)
log.info("not run by cfy")
#=> <opaque logging.getLogger(...).info(...)>
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
layers = [nn.Linear(4, 8), nn.ReLU()]
print(len(layers), type(cf.ExperimentArgs).__name__)
#=> 2 type

@cf.stage(inputs=None, outputs=["x"])
def make(record):
    return 1 / 0

@stage(outputs=["y"])
@cf.aggregate
def both(record, records):
    return 2

print(make.__name__, both.__name__)
#=> make both

def twice(f):
    return lambda x: f(f(x))

@twice
def inc(x):
    return x + 1

print(inc(1))
#=> 3
print(log)
#=> error: cfy cannot know the text of `logging.getLogger(...)` (Tests/Python/opaque/uses.py:11), a value of the module 'logging', which cfy does not run (it imports as opaque)
label = f"model-{nn.Linear}"
#=> error: cfy cannot know the text of `torch.nn.Linear` (Tests/Python/opaque/uses.py:42), a value of the module 'torch.nn', which cfy does not run (it imports as opaque)
