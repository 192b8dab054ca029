# Errors cfy raises itself are caught by their Python class, with Python's str(e) and args.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)


show(lambda: {"a": 1}["b"])
show(lambda: {}.pop("k"))
show(lambda: {(1, 2): 0}[(3, 4)])
show(lambda: [1, 2, 3][10])
show(lambda: (1,)[-5])
show(lambda: "abc"[7])
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.5 / 0)
show(lambda: int("seven"))
show(lambda: float("x"))
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: "ab" * 1.5)
show(lambda: 1 + "a")
show(lambda: None.field)
show(lambda: undefined_name)
show(lambda: next(map(str, [])))
show(lambda: [1, 2].index(5))
show(lambda: len(5))
show(lambda: {[1]: 2})
show(lambda: 2 ** 10000.0)


def unpack():
    a, b = [1, 2, 3]


show(unpack)


def unbound_local():
    print(value_later)
    value_later = 1


show(unbound_local)
try:
    {}["x"]
except LookupError as e:
    print("LookupError catches KeyError:", repr(e))
try:
    [][0]
except (KeyError, IndexError) as e:
    print("a tuple of classes:", repr(e))
#=> KeyError | 'b' | KeyError('b') | ('b',)
#=> KeyError | 'k' | KeyError('k') | ('k',)
#=> KeyError | (3, 4) | KeyError((3, 4)) | ((3, 4),)
#=> IndexError | list index out of range | IndexError('list index out of range') | ('list index out of range',)
#=> IndexError | tuple index out of range | IndexError('tuple index out of range') | ('tuple index out of range',)
#=> IndexError | string index out of range | IndexError('string index out of range') | ('string index out of range',)
#=> ZeroDivisionError | division by zero | ZeroDivisionError('division by zero') | ('division by zero',)
#=> ZeroDivisionError | integer division or modulo by zero | ZeroDivisionError('integer division or modulo by zero') | ('integer division or modulo by zero',)
#=> ZeroDivisionError | integer modulo by zero | ZeroDivisionError('integer modulo by zero') | ('integer modulo by zero',)
#=> ZeroDivisionError | float division by zero | ZeroDivisionError('float division by zero') | ('float division by zero',)
#=> ValueError | invalid literal for int() with base 10: 'seven' | ValueError("invalid literal for int() with base 10: 'seven'") | ("invalid literal for int() with base 10: 'seven'",)
#=> ValueError | could not convert string to float: 'x' | ValueError("could not convert string to float: 'x'") | ("could not convert string to float: 'x'",)
#=> TypeError | can only concatenate str (not "int") to str | TypeError('can only concatenate str (not "int") to str') | ('can only concatenate str (not "int") to str',)
#=> TypeError | can only concatenate list (not "tuple") to list | TypeError('can only concatenate list (not "tuple") to list') | ('can only concatenate list (not "tuple") to list',)
#=> TypeError | can't multiply sequence by non-int of type 'float' | TypeError("can't multiply sequence by non-int of type 'float'") | ("can't multiply sequence by non-int of type 'float'",)
#=> TypeError | unsupported operand type(s) for +: 'int' and 'str' | TypeError("unsupported operand type(s) for +: 'int' and 'str'") | ("unsupported operand type(s) for +: 'int' and 'str'",)
#=> AttributeError | 'NoneType' object has no attribute 'field' | AttributeError("'NoneType' object has no attribute 'field'") | ("'NoneType' object has no attribute 'field'",)
#=> NameError | name 'undefined_name' is not defined | NameError("name 'undefined_name' is not defined") | ("name 'undefined_name' is not defined",)
#=> StopIteration |  | StopIteration() | ()
#=> ValueError | 5 is not in list | ValueError('5 is not in list') | ('5 is not in list',)
#=> TypeError | object of type 'int' has no len() | TypeError("object of type 'int' has no len()") | ("object of type 'int' has no len()",)
#=> TypeError | unhashable type: 'list' | TypeError("unhashable type: 'list'") | ("unhashable type: 'list'",)
#=> OverflowError | (34, 'Numerical result out of range') | OverflowError(34, 'Numerical result out of range') | (34, 'Numerical result out of range')
#=> ValueError | too many values to unpack (expected 2) | ValueError('too many values to unpack (expected 2)') | ('too many values to unpack (expected 2)',)
#=> UnboundLocalError | cannot access local variable 'value_later' where it is not associated with a value | UnboundLocalError("cannot access local variable 'value_later' where it is not associated with a value") | ("cannot access local variable 'value_later' where it is not associated with a value",)
#=> LookupError catches KeyError: KeyError('x')
#=> a tuple of classes: IndexError('list index out of range')
