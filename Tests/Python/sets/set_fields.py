# Sets in the fields of an args class: curifactory hashes them by repr, so the hash depends on
# CPython's set order, which cfy reproduces for ints, floats, tuples and frozensets (the block is
# written by scripts/golden/python_sets.py under real curifactory 0.13.2).
from dataclasses import dataclass, field

import curifactory as cf


@dataclass
class Params(cf.ExperimentArgs):
    seeds: set = field(default_factory=lambda: {3, 1, 2})
    layers: frozenset = frozenset({64, 129, 34})
    grid: dict = field(default_factory=lambda: {"lr": {0.1, 0.01, 0.001}, "pairs": {(1, 2), (2, 1)}})
    # One string: the same order whatever the string's hash (more than one would be an error).
    activation: set = field(default_factory=lambda: {"relu"})


def get_params():
    base = Params(name="base")
    more = Params(name="more", seeds={x * 8 for x in range(12)})
    cut = Params(name="cut", seeds=set(range(40)) - {5, 6, 7} | {100, 200})
    nested = Params(name="nested", grid={"sets": [{1, 2}, frozenset({frozenset({1}), frozenset({2, 3})})]})
    return [base, more, cut, nested]


for p in get_params():
    print(p.name, p.seeds, p.layers, p.grid, p.activation)
    print(p.name, p.args_hash())
#=> base {1, 2, 3} frozenset({64, 129, 34}) {'lr': {0.1, 0.01, 0.001}, 'pairs': {(1, 2), (2, 1)}} {'relu'}
#=> base 203b8315c9ac21134cf900ab1634cbf5b
#=> more {0, 32, 64, 8, 40, 72, 16, 48, 80, 24, 56, 88} frozenset({64, 129, 34}) {'lr': {0.1, 0.01, 0.001}, 'pairs': {(1, 2), (2, 1)}} {'relu'}
#=> more 22fab1ab176c7f418e7fcf9c63bda4e48
#=> cut {0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 200, 100} frozenset({64, 129, 34}) {'lr': {0.1, 0.01, 0.001}, 'pairs': {(1, 2), (2, 1)}} {'relu'}
#=> cut 2328e82f3b2cb7a3d1e41858e0777cab3
#=> nested {1, 2, 3} frozenset({64, 129, 34}) {'sets': [{1, 2}, frozenset({frozenset({1}), frozenset({2, 3})})]} {'relu'}
#=> nested 1cc153c53b02d7e1abc40008025b7bf4c
