# docs/python.md: `cfy convert` fails at the first use of what it cannot convert.
from dataclasses import dataclass
import numpy as np
from curifactory import ExperimentArgs

@dataclass
class A(ExperimentArgs):
    x: int = 0

helper = np.zeros(3)

def get_params():
    return [A(name='a', x=len([helper]))]
