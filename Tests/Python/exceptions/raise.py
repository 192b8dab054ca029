# raise: a class, an instance, `from`; the project's own exception classes.
class ParamsError(ValueError):
    pass


def check(lr):
    if lr <= 0:
        raise ParamsError(f"lr must be positive, got {lr}")
    return lr


for lr in [0.1, -1.0]:
    try:
        print(check(lr))
    except ValueError as e:
        print(type(e).__name__, e)

try:
    raise KeyError
except KeyError as e:
    print("a class is called:", repr(e), e.args)

try:
    raise ValueError("outer") from KeyError("cause")
except ValueError as e:
    print("from:", e)

try:
    raise ValueError("no cause") from None
except ValueError as e:
    print("from None:", e)

try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print(repr(e))

try:
    raise StopIteration
except Exception as e:
    print(repr(e))

try:
    raise AssertionError("raised by hand")
except AssertionError as e:
    print(repr(e))

try:
    assert 1 > 2, "by assert"
except AssertionError as e:
    print(repr(e), e.args)

try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)

try:
    assert [], ["a", "list"]
except AssertionError as e:
    print(repr(e), e.args)

saved = ValueError("kept")
try:
    raise saved
except ValueError as e:
    print(e)
#=> 0.1
#=> ParamsError lr must be positive, got -1.0
#=> a class is called: KeyError() ()
#=> from: outer
#=> from None: no cause
#=> NotImplementedError('subclass must implement')
#=> StopIteration()
#=> AssertionError('raised by hand')
#=> AssertionError('by assert') ('by assert',)
#=> AssertionError() ()
#=> AssertionError(['a', 'list']) (['a', 'list'],)
#=> kept
