# `{**base}` and `[*xs]` make a new container holding the same items: changing the container is
# fine, changing an item in place would change `base`'s too in Python (cfy copies): an error.
base = {"sub": {"x": 1}, "lr": 0.1}
d = {**base, "seed": 1}
d["lr"] = 0.2
d.update(extra=True)
print(d, base)
d["sub"]["x"] = 2
d["sub"].update(y=1)
rows = [[1], [2]]
copied = [*rows]
copied.append([3])
print(copied, rows)
copied[0].append(9)
for r in [*rows]:
    r.append(0)
#=> {'sub': {'x': 1}, 'lr': 0.2, 'seed': 1, 'extra': True} {'sub': {'x': 1}, 'lr': 0.1}
#=> error: cfy cannot run this in-place change yet: `d` holds the items of another value (`*`/`**` copies only the container), and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
#=> error: cfy cannot run this in-place change yet: `d` holds the items of another value (`*`/`**` copies only the container), and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
#=> [[1], [2], [3]] [[1], [2]]
#=> error: cfy cannot run this in-place change yet: `copied` holds the items of another value (`*`/`**` copies only the container), and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
#=> error: cfy cannot run this in-place change yet: `r` is an item of what the loop goes through, and in Python the change shows there too, while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, then change that)
