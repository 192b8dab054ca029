# docs/python.md: a value of a module cfy does not run (numpy) in a hashed field is an error.
import numpy
from curifactory import ExperimentArgs
from dataclasses import dataclass, field

@dataclass
class A(ExperimentArgs):
    data: object = None

def get_params():
    return [A(name="bad", data=numpy.zeros(3))]
