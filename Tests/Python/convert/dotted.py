"""Imports of the project's modules in every spelling convert inlines."""
import experiments.model
from experiments import model as mdl
from experiments import helpers


def get_params():
    a = experiments.model.Params(name="dotted", seed=1)
    b = mdl.Deep(name="module-alias", depth=2)
    c = experiments.model.Params(name="chain", data=experiments.model.Data(path="x.csv"), model=helpers.lower(None, "X"))
    return [a, b, c]
