# try / except / else / finally, in the order Python runs them.
def attempt(x):
    out = []
    try:
        out.append("try")
        if x == "value":
            raise ValueError("v")
        if x == "key":
            raise KeyError("k")
        if x == "type":
            raise TypeError("t")
    except ValueError as e:
        out.append("value " + str(e))
    except (KeyError, IndexError) as e:
        out.append("lookup " + repr(e))
    except:
        out.append("bare")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out


for x in ["none", "value", "key", "type"]:
    print(x, attempt(x))


# The first matching clause wins; a base class catches its subclasses.
try:
    raise ZeroDivisionError("z")
except ArithmeticError as e:
    print("arithmetic", repr(e))
except ZeroDivisionError:
    print("never")

# The `as` name is unbound when the clause ends, as in Python.
e = "before"
try:
    raise ValueError("gone")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print("unbound:", err)

# Nested: an inner try that does not match lets the outer one catch.
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not this one")
    finally:
        print("inner finally")
except KeyError as err:
    print("outer caught", err)

# An exception raised in a handler replaces the one being handled.
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as err:
    print(repr(err))

# Bare raise re-raises the exception being handled.
def reraise():
    try:
        raise ValueError("again")
    except ValueError:
        print("handling, then raise")
        raise


try:
    reraise()
except ValueError as err:
    print("re-raised", repr(err))

# `else` runs only when the try body raised nothing, before `finally`.
try:
    n = 1
except Exception:
    print("no")
else:
    print("else", n)
finally:
    print("finally")
#=> none ['try', 'else', 'finally']
#=> value ['try', 'value v', 'finally']
#=> key ['try', "lookup KeyError('k')", 'finally']
#=> type ['try', 'bare', 'finally']
#=> arithmetic ZeroDivisionError('z')
#=> inside gone
#=> unbound: name 'e' is not defined
#=> inner finally
#=> outer caught 'inner'
#=> RuntimeError('while handling')
#=> handling, then raise
#=> re-raised ValueError('again')
#=> else 1
#=> finally
