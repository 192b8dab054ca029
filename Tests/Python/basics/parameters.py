# Positional-only (`/`) and keyword-only (`*`) parameters, as Python binds them.
from dataclasses import dataclass

def f(a, /, b, *, c=3, d):
    return [a, b, c, d]


print(f(1, 2, d=4))
print(f(1, b=2, d=4, c=5))

g = lambda x, *, y=2: x + y
print(g(1), g(1, y=5))


def h(a, /, **k):
    return [a, k]


print(h(1, a=2))


def star(*args, key=None, **rest):
    return [args, key, rest]


print(star(1, 2, key=3, other=4))
print(star())


@dataclass
class Config:
    def scaled(self, factor, /, *, offset=0):
        return factor * 10 + offset


print(Config().scaled(2, offset=1))
#=> [1, 2, 3, 4]
#=> [1, 2, 5, 4]
#=> 3 6
#=> [1, {'a': 2}]
#=> [(1, 2), 3, {'other': 4}]
#=> [(), None, {}]
#=> 21
