# Exception objects: CPython's str, repr and args.
for e in [ValueError("lr must be positive"), ValueError(), ValueError("a", 1), ValueError(3),
          KeyError("lr"), KeyError(), KeyError("a", "b"), KeyError(0), IndexError("list index out of range"),
          Exception(None), Exception([1, 2]), Exception(""), AssertionError("x"), RuntimeError("y"),
          StopIteration(), StopIteration(5), ZeroDivisionError("division by zero")]:
    print(repr(e), "|", str(e), "|", e.args, "|", type(e).__name__)
print(f"{ValueError('in an f-string')}", f"{KeyError('k')!r}")
print([ValueError("in a list")], (KeyError("t"),))
print(type(ValueError("a")) == ValueError, ValueError("a").args == ValueError("a").args)
e = TypeError("bad type")
print(e.args[0], len(e.args))
#=> ValueError('lr must be positive') | lr must be positive | ('lr must be positive',) | ValueError
#=> ValueError() |  | () | ValueError
#=> ValueError('a', 1) | ('a', 1) | ('a', 1) | ValueError
#=> ValueError(3) | 3 | (3,) | ValueError
#=> KeyError('lr') | 'lr' | ('lr',) | KeyError
#=> KeyError() |  | () | KeyError
#=> KeyError('a', 'b') | ('a', 'b') | ('a', 'b') | KeyError
#=> KeyError(0) | 0 | (0,) | KeyError
#=> IndexError('list index out of range') | list index out of range | ('list index out of range',) | IndexError
#=> Exception(None) | None | (None,) | Exception
#=> Exception([1, 2]) | [1, 2] | ([1, 2],) | Exception
#=> Exception('') |  | ('',) | Exception
#=> AssertionError('x') | x | ('x',) | AssertionError
#=> RuntimeError('y') | y | ('y',) | RuntimeError
#=> StopIteration() |  | () | StopIteration
#=> StopIteration(5) | 5 | (5,) | StopIteration
#=> ZeroDivisionError('division by zero') | division by zero | ('division by zero',) | ZeroDivisionError
#=> in an f-string KeyError('k')
#=> [ValueError('in a list')] (KeyError('t'),)
#=> True True
#=> bad type 1
