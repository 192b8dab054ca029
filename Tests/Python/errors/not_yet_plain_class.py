# A class with fields but no @dataclass would not be a dataclass in Python: an error, not a guess.
class Params:
    seed: int = 0
#=> error: 2:1: cfy cannot run a class without `@dataclass` ('Params': cfy classes are dataclasses, so its fields would not be what Python makes of them; add `@dataclass`) yet
#=>     class Params:
#=>     ^
