# Sets whose order Python does not fix: what does not show the order works, what would is an
# error (never a guessed order, never a guessed hash).
from dataclasses import dataclass, field

import curifactory as cf


@dataclass
class Params(cf.ExperimentArgs):
    tags: set = field(default_factory=lambda: {"a", "b"})


p = Params(name="p")
print(sorted(p.tags), len(p.tags), "a" in p.tags, p.tags == {"b", "a"}, p.tags | {"c"} == {"a", "b", "c"})
print(p.args_hash())
print(p.tags)
print(list({None, 1}))
# Colliding constants: CPython orders this display one way when it compiles the module and
# another when it loads it from __pycache__ ({1, 17, 25, 9} then {1, 25, 9, 17}).
print({1, 9, 17, 25})
print(sorted({1, 9, 17, 25}), {1, 9, 17, 25} == {9, 1, 25, 17})
print(sum({1, 9, 17, 25}), min({1, 9, 17, 25}), max({"a", "b"}))
#=> ['a', 'b'] 2 True True True
#=> error: args set 'p': field 'tags' holds a set holding a 'str' (its hash changes with PYTHONHASHSEED): Python's order for it, so its repr and curifactory's hash, differ from run to run; cfy never guesses a set's order (use a sorted list)
#=> error: cfy cannot give its repr of a set holding a 'str' (its hash changes with PYTHONHASHSEED), so Python's order for it differs from run to run; cfy never guesses a set's order (sorted(...) gives a fixed one)
#=> error: cfy cannot give the order of a set holding None (its hash is an address in Python 3.11), so Python's order for it differs from run to run; cfy never guesses a set's order (sorted(...) gives a fixed one)
#=> error: cfy cannot give its repr of a set holding constants that collide in its table (their order differs between Python compiling the module and loading it from a cached .pyc in __pycache__), so Python's order for it differs from run to run; cfy never guesses a set's order (sorted(...) gives a fixed one)
#=> [1, 9, 17, 25] True
#=> 52 1 b
