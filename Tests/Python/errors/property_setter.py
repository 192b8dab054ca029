# A property has no setter: CPython's AttributeError (scripts/golden/python_errors.py checks it).
from dataclasses import dataclass


@dataclass
class Args:
    n: int = 1

    @property
    def double(self):
        return 2 * self.n


a = Args()
a.double = 3
#=> error: property 'double' of 'Args' object has no setter
print(a.double)
#=> 2
