# A params file importing the experiment's args class, with copy.deepcopy and a nested loop.
import copy

from experiments.classifier import Args


def get_params():
    base = Args(name="base", tags=["sweep"])
    out = [base]
    for activation in ("logistic", "tanh"):
        for seed in range(2):
            variant = copy.deepcopy(base)
            variant.name = f"{activation}-{seed}"
            variant.activation = activation
            variant.seed = seed
            variant.scales["train"] = 0.5 + seed / 10
            out.append(variant)
    unhashed = copy.deepcopy(base)
    unhashed.name = "more-samples"
    unhashed.samples = 9000   # ignored by the hash (set_hash_functions(samples=None))
    out.append(unhashed)
    return out
