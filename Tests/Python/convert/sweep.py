"""A params file with the constructs convert translates: imports from the project, stdlib
aliases, loops with else, a user decorator, nested helpers, precedence and string escapes."""
import copy
import logging
import itertools as it
from copy import deepcopy as dc
from dataclasses import replace
from math import sqrt

import pandas as pd

from experiments.model import DEFAULT, Deep, Params as P

log = logging.getLogger(__name__)
SCALE = 2 ** -1 * (3 - 1) + sqrt(4)
TEXT = "tab\there \"quoted\" 'single' \\ back é \x00 \u200b"


def tagged(fn):
    return fn


@tagged
def make(base, **changes):
    def rename(args, suffix):
        return replace(args, name=f"{args.name}-{suffix}")
    return rename(replace(base, **changes), "v")


def tweak(P, lr):
    # `P` here is the parameter, not the imported class: convert leaves it as it is.
    return replace(P, lr=lr, layers=[P for P in P.layers])


def get_params():
    base = P(name="base", lr=0.01, note=TEXT)
    sets = [base]
    for lr, seed in it.product([0.1, 0.01], range(2)):
        if lr > 0.05 and not seed or (lr < 0 if seed else False):
            variant = copy.deepcopy(base)
            variant.name = f"lr{lr:.2e}_s{seed!r:>3}"
            variant.lr = -lr ** 2 + (-lr) ** 2 + SCALE
        else:
            variant = make(base, seed=seed, lr=lr, layers=[x * 2 for x in base.layers if x % 2 == 0])
            variant = replace(variant, name=variant.name + f"_{seed}")
        sets.append(variant)
    for s in sets:
        if s.name == "never":
            break
    else:
        deep = dc(Deep(name="deep", model="DEEP", data=replace(base.data, columns=["c"])))
        sets.append(deep)
    sets.append(P(name="dict", layers=[len({k: v for k, v in {"a": 1}.items()})]))
    sets.append(tweak(P(name="tweaked"), 0.5))
    sets.append(replace(DEFAULT, name="from-default"))
    log.info(f"{len(sets)} sets")     # a call into a module cfy does not run: left out
    return sets
