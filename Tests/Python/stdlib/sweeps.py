# itertools.product and chain, functools.partial, copy and dataclasses in a sweep, with the hashes
# real curifactory 0.13.2 gives (scripts/golden/python_stdlib.py runs this file under CPython).
import copy
import dataclasses
import functools
import itertools
from dataclasses import dataclass, field
from itertools import product

import curifactory as cf


@dataclass
class Params(cf.ExperimentArgs):
    lr: float = 0.01
    layers: list = field(default_factory=lambda: [64, 64])
    activation: str = "relu"
    seed: int = 0


print(list(product([1, 2], "ab")))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product()), list(itertools.product([1], [])))
print(list(itertools.chain([1, 2], (3,), "xy", range(2))))


def scale(x, factor=2, offset=0):
    return x * factor + offset


double = functools.partial(scale, factor=2)
shift = functools.partial(scale, 3, offset=1)
print(double(5), double(5, factor=10), shift(), shift(factor=4))

base = Params(name="base")
sets = []
for lr, act, seed in itertools.product([0.1, 0.01], ["relu", "tanh"], range(2)):
    p = copy.deepcopy(base)
    p.name = f"{act}-{lr}-{seed}"
    p.lr = lr
    p.activation = act
    p.seed = seed
    sets.append(p)
for n, layers in enumerate(itertools.chain([[32]], [[128, 128], [256, 128, 64]])):
    sets.append(dataclasses.replace(base, name=f"layers{n}", layers=layers))
shallow = copy.copy(base)
shallow.name = "shallow"
sets.append(shallow)
for s in sets:
    print(s.name, s.args_hash())
print(dataclasses.asdict(sets[-1]))
print([f.name for f in dataclasses.fields(Params)])
#=> [(1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]
#=> [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
#=> [()] []
#=> [1, 2, 3, 'x', 'y', 0, 1]
#=> 10 50 7 13
#=> relu-0.1-0 1b2c559edd197fd9a34acb42b27983c6f
#=> relu-0.1-1 1cd4e52f61101b8aa2718de0de71f75c7
#=> tanh-0.1-0 23f29803445cfbf71b6bff478a7f7abcd
#=> tanh-0.1-1 259b2793c85397a81a92c1e5b677ee525
#=> relu-0.01-0 13a8751f6515768354385aaa243bbb49d
#=> relu-0.01-1 155104afe90c1234535f1d4850342edf5
#=> tanh-0.01-0 1c6eb783cc58f2a0cc598eaefc41b23fb
#=> tanh-0.01-1 1e174714504f8e51cb80514d283a25d53
#=> layers0 14f9fe4923ff19a8009ea1bf67ecf762d
#=> layers1 1ae94e65e9470bba3aa901cfcbe51edc4
#=> layers2 1b4fa4ea6e9e7a14e20cc3622c07d87ef
#=> shallow 13a8751f6515768354385aaa243bbb49d
#=> {'name': 'shallow', 'hash': None, 'overwrite': False, 'hash_representations': {}, 'lr': 0.01, 'layers': [64, 64], 'activation': 'relu', 'seed': 0}
#=> ['name', 'hash', 'overwrite', 'hash_representations', 'lr', 'layers', 'activation', 'seed']
