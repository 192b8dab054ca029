# A params file validates in __post_init__ with `raise`, and builds its sets around it with try.
from dataclasses import dataclass, field

import curifactory as cf


@dataclass
class Params(cf.ExperimentArgs):
    lr: float = 0.1
    layers: list = field(default_factory=lambda: [64])
    optimizer: str = "adam"

    def __post_init__(self):
        if self.lr <= 0:
            raise ValueError(f"lr must be positive, got {self.lr}")
        if self.optimizer not in ("adam", "sgd"):
            raise KeyError(self.optimizer)


def get_params():
    sets = []
    for lr in [0.1, -0.5, 0.01]:
        for opt in ["adam", "rmsprop"]:
            try:
                sets.append(Params(name=f"{opt}-{lr}", lr=lr, optimizer=opt))
            except ValueError as e:
                print("skipped:", e)
            except KeyError as e:
                print("unknown optimizer:", e)
    return sets


for p in get_params():
    print(p.name, p.args_hash())
#=> unknown optimizer: 'rmsprop'
#=> skipped: lr must be positive, got -0.5
#=> skipped: lr must be positive, got -0.5
#=> unknown optimizer: 'rmsprop'
#=> adam-0.1 1ef71e8a8bd0d947fe36367d6a768aaf0
#=> adam-0.01 17733e0b13cccff1af23c5e4dc38c231e
