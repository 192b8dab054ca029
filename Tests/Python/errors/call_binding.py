# CPython's TypeErrors for calls that do not bind (scripts/golden/python_errors.py checks each
# message against CPython's).
from dataclasses import dataclass


def f(a, /, b, *, c=3, d):
    return [a, b, c, d]


def g(a, b=1, *, c):
    return a


@dataclass
class Config:
    def scale(self, factor):
        return factor

f(1, 2, 3, d=4)
#=> error: f() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
f(a=1, b=2, d=3)
#=> error: f() got some positional-only arguments passed as keyword arguments: 'a'
f(1, 2)
#=> error: f() missing 1 required keyword-only argument: 'd'
f(1)
#=> error: f() missing 1 required positional argument: 'b'
f()
#=> error: f() missing 2 required positional arguments: 'a' and 'b'
g(1, 2, 3, c=1)
#=> error: g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
g(1, 2, 3)
#=> error: g() takes from 1 to 2 positional arguments but 3 were given
Config().scale()
#=> error: Config.scale() missing 1 required positional argument: 'factor'
f(1, 2, d=3, e=4)
#=> error: f() got an unexpected keyword argument 'e'
f(1, 2, d=3, b=4)
#=> error: f() got multiple values for argument 'b'
