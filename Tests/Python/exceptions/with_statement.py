# with: a class of the file with __enter__ and __exit__ runs Python's protocol.
from dataclasses import dataclass


@dataclass
class Section:
    name: str
    suppress: bool = False

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, repr(exc))
        return self.suppress


with Section("a") as title:
    print("body", title)

with Section("outer", True) as o, Section("inner") as i:
    print(o, i)
    raise KeyError("suppressed by outer")
print("after the suppressed error")


def early():
    with Section("r"):
        return "returned"


print(early())

try:
    with Section("x"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)

for n in range(3):
    with Section(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("in loop", n)

try:
    with 42:
        pass
except TypeError as e:
    print(e)
#=> enter a
#=> body A
#=> exit a None None
#=> enter outer
#=> enter inner
#=> OUTER INNER
#=> exit inner <class 'KeyError'> KeyError('suppressed by outer')
#=> exit outer <class 'KeyError'> KeyError('suppressed by outer')
#=> after the suppressed error
#=> enter r
#=> exit r None None
#=> returned
#=> enter x
#=> exit x <class 'ZeroDivisionError'> ZeroDivisionError('division by zero')
#=> propagated division by zero
#=> enter loop0
#=> in loop 0
#=> exit loop0 None None
#=> enter loop1
#=> exit loop1 None None
#=> enter loop2
#=> exit loop2 None None
#=> 'int' object does not support the context manager protocol
