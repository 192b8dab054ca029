# A decorator other than @dataclass cannot run yet: the def is an error at the decorator.
def register(f):
    return f

@register
def cached(x):
    return x
#=> error: 5:1: cfy cannot run the decorator `@register` yet
#=>     @register
#=>     ^
