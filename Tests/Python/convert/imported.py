"""A params file whose get_params() is imported from the experiment module: convert keeps it."""
from experiments.model import get_params, train  # noqa: F401
