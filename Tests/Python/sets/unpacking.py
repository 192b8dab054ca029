# `*` and `**` unpacking in displays and targets, as params files use them (the block is written by
# scripts/golden/python_sets.py from CPython 3.11).
base = {"lr": 0.01, "layers": [64, 64], "seed": 0}
print({**base, "lr": 0.1})
print({"seed": 1, **base, "extra": True})
print({**base, **{"seed": 2}, "lr": 0.5})
print({**{1: "a"}, 1.0: "b", True: "c"})
print({**dict(a=1), **{}})
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 1), [*a], (*b,))
print([*"ab", *range(3), *{"k": 1}, *base.keys()])
t = *a, 5
print(t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
head, *mid, last = range(5)
print(head, mid, last)
*init, end = "abc"
print(init, end)
*everything, = (1, 2)
print(everything)
x, *y = [1]
print(x, y)
[p, *q] = (1, 2, 3)
print(p, q)
for k, *vs in [(1, 2, 3), [4], "xy"]:
    print(k, vs)
print([(h, tl) for h, *tl in [[1, 2], [3]]])
(u, *v), w = [1, 2, 3], 4
print(u, v, w)


def merge(defaults, **overrides):
    return {**defaults, **overrides}


print(merge(base, lr=0.2, seed=3))
#=> {'lr': 0.1, 'layers': [64, 64], 'seed': 0}
#=> {'seed': 0, 'lr': 0.01, 'layers': [64, 64], 'extra': True}
#=> {'lr': 0.5, 'layers': [64, 64], 'seed': 2}
#=> {1: 'c'}
#=> {'a': 1}
#=> [1, 2, 3, 4] (1, 2, 1) [1, 2] (3, 4)
#=> ['a', 'b', 0, 1, 2, 'k', 'lr', 'layers', 'seed']
#=> (1, 2, 5)
#=> 1 [2, 3, 4]
#=> 0 [1, 2, 3] 4
#=> ['a', 'b'] c
#=> [1, 2]
#=> 1 []
#=> 1 [2, 3]
#=> 1 [2, 3]
#=> 4 []
#=> x ['y']
#=> [(1, [2]), (3, [])]
#=> 1 [2, 3] 4
#=> {'lr': 0.2, 'layers': [64, 64], 'seed': 3}
