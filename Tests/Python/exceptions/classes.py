# Python's exception classes, with CPython's hierarchy: `except LookupError` catches a KeyError.
print(ValueError, KeyError, BaseException, Exception)
print(ValueError.__name__, ZeroDivisionError.__qualname__)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(StopIteration, Exception), issubclass(AssertionError, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(TabError, SyntaxError))
print(issubclass(UserWarning, Warning), issubclass(Warning, Exception), issubclass(UnicodeError, ValueError))
print(issubclass(ValueError, (KeyError, Exception)), issubclass(ValueError, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(str, str))
print(OSError is EnvironmentError, OSError is IOError)
print(type(ValueError("x")) is ValueError, type(KeyError()).__name__)


class ConfigError(ValueError):
    """An error of the project's own."""


class MissingKey(ConfigError, ):
    pass


print(issubclass(MissingKey, ValueError), issubclass(MissingKey, LookupError))
e = MissingKey("lr")
print(isinstance(e, MissingKey), isinstance(e, ConfigError), isinstance(e, ValueError), isinstance(e, Exception))
print(isinstance(e, KeyError), isinstance(e, (KeyError, ValueError)))
print(type(e).__name__, repr(e), str(e))
#=> <class 'ValueError'> <class 'KeyError'> <class 'BaseException'> <class 'Exception'>
#=> ValueError ZeroDivisionError
#=> True True False
#=> True True
#=> True True
#=> True True
#=> False True
#=> True True
#=> True True
#=> True True True
#=> True False
#=> True False True
#=> True True
#=> True KeyError
#=> True False
#=> True True True True
#=> False True
#=> MissingKey MissingKey('lr') lr
