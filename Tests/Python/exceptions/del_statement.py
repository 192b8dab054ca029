# del: names, dict keys, list items and slices, several targets at once.
xs = list(range(10))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
del xs[10:20]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
d["b"] = 4
print(d, list(d))
a, b, c = 1, 2, 3
del a, b
print(c)
try:
    print(b)
except NameError as e:
    print(e)
a = 5
print(a)
grid = {"x": [1, 2, 3], "y": {"z": 1, "w": 2}}
del grid["x"][0], grid["y"]["z"]
print(grid)
pairs = [[1, 2], [3, 4]]
del (pairs[0][0], pairs[1])
print(pairs)


def local():
    v = 1
    del v
    v = 2
    return v


print(local())


def dict_del():
    m = {}
    del m["k"]


def list_del():
    s = [1]
    del s[5]


def list_del_str():
    s = [1]
    del s["x"]


def tuple_del():
    t = (1, 2)
    del t[0]


def str_del():
    t = "ab"
    del t[0]


def errors():
    out = []
    for f in [dict_del, list_del, list_del_str, tuple_del, str_del]:
        try:
            f()
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for line in errors():
    print(line)


def unbound():
    try:
        del w
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    w = 1


print(unbound())
try:
    del never_bound
except NameError as e:
    print(type(e).__name__, e)
#=> [1, 2, 3, 4, 5, 6, 7, 8, 9]
#=> [1, 2, 3, 4, 5, 6, 7, 8]
#=> [1, 4, 5, 6, 7, 8]
#=> [4, 6, 8]
#=> [4, 6, 8]
#=> {'a': 1, 'c': 3}
#=> {'a': 1, 'c': 3, 'b': 4} ['a', 'c', 'b']
#=> 3
#=> name 'b' is not defined
#=> 5
#=> {'x': [2, 3], 'y': {'w': 2}}
#=> [[2]]
#=> 2
#=> KeyError: 'k'
#=> IndexError: list assignment index out of range
#=> TypeError: list indices must be integers or slices, not str
#=> TypeError: 'tuple' object doesn't support item deletion
#=> TypeError: 'str' object doesn't support item deletion
#=> UnboundLocalError: cannot access local variable 'w' where it is not associated with a value
#=> NameError name 'never_bound' is not defined
