"""Imports of the project's modules in every spelling convert inlines."""
import experiments.model
from experiments import model as mdl
from . import experiments as pkg


def get_params():
    a = experiments.model.Params(name="dotted", seed=1)
    b = mdl.Deep(name="module-alias", depth=2)
    c = pkg.model.Params(name="relative", data=experiments.model.Data(path="x.csv"))
    return [a, b, c]
