import copy

import numpy as np

from experiments.knn import Params


def get_params():
    base = Params(name="base", seed=1)
    sets = [base]
    for k in [1, 3, 7]:
        for weights in ["uniform", "distance"]:
            p = copy.deepcopy(base)
            p.name = f"k{k}-{weights}"
            p.n_neighbors = k
            p.weights = weights
            sets.append(p)
    wide = copy.deepcopy(base)
    wide.name = "wide"
    wide.features = ["a", "b", "c", "d"]
    sets.append(wide)
    return sets
