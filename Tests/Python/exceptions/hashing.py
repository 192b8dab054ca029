# An exception in a hashed field is hashed as curifactory hashes it: an instance by its repr, a
# class by its name (a class is callable: its __qualname__).
from dataclasses import dataclass
from typing import Any

import curifactory as cf


class RetryableError(KeyError):
    pass


@dataclass
class Params(cf.ExperimentArgs):
    retry_on: Any = None


for p in [Params(name="instance", retry_on=ValueError("m")), Params(name="class", retry_on=KeyError),
          Params(name="own-class", retry_on=RetryableError), Params(name="tuple", retry_on=(KeyError, IndexError)),
          Params(name="list", retry_on=[RetryableError("x", 2), TypeError()])]:
    print(p.name, p.args_hash())
#=> instance dc9e5a4793021902c35449979ab6114a
#=> class cb08b511bcbb343b30ad90e4e169a186
#=> own-class 1cf48aef6fe52f8568aedfbf8c285e5a
#=> tuple a229f5267aba4a79141ed177c45086a9
#=> list 882d3f7771706de929c044caf5fee08a
