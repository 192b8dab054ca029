"""A sweep with nested loops, dataclasses.replace, deepcopy of nested data and a helper."""
import copy
import dataclasses

from experiments.regression import Data, Ridge


def with_data(args, **changes):
    new = copy.deepcopy(args)
    new.data = dataclasses.replace(args.data, **changes)
    return new


def get_params():
    base = Ridge(name="base", note="ignored by the hash")
    sets = [base]
    for alpha in [0.1, 1.0, 10.0]:
        for normalize in (True, False):
            name = f"a{alpha}_n{int(normalize)}"
            sets.append(dataclasses.replace(base, name=name, alpha=alpha, normalize=normalize))
    small = with_data(base, test_size=0.5, columns=["a"])
    small.name = "small"
    sets.append(small)
    upper = dataclasses.replace(base, name="upper", model="RIDGE", options={"max_iter": 100, "tol": 1e-4})
    sets.append(upper)
    return sets
