# `import curifactory` beside a directory curifactory/ (curifactory's own repository, say) is
# still the curifactory cfy reproduces: the checkout is not read. The expected output is real
# curifactory 0.13.2's (scripts/golden/python_stdlib.py, which imports the installed one first).
from dataclasses import dataclass

import curifactory as cf
from curifactory import ExperimentArgs


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.1


print(cf.ExperimentArgs is ExperimentArgs)
print(Args(name="a").args_hash())
#=> True
#=> dd6bf0ccc94cc0894512605acf6fba36
