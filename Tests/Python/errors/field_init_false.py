# A `field(init=False)` is no parameter of __init__ or replace(): CPython's errors
# (scripts/golden/python_errors.py checks each message).
from dataclasses import dataclass, field, replace


@dataclass
class Args:
    lr: float = 0.1
    tag: str = field(default="", init=False)


Args(tag="x")
#=> error: Args.__init__() got an unexpected keyword argument 'tag'
replace(Args(), tag="x")
#=> error: field tag is declared with init=False, it cannot be specified with replace()
Args(0.2, "x")
#=> error: Args.__init__() takes from 1 to 2 positional arguments but 3 were given
