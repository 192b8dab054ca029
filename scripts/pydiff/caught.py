"""Errors cfy raises itself, caught by `except`, against CPython 3.11: for every generated
expression of builtins.py that CPython answers with an exception an `except` may catch in cfy
(TypeError, ValueError, KeyError, IndexError, ZeroDivisionError, OverflowError, AttributeError,
NameError), the class and str(e) must be the same."""
import importlib.util
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

CATCHABLE = (TypeError, ValueError, KeyError, IndexError, ZeroDivisionError, OverflowError, AttributeError, NameError)


def generated():
    spec = importlib.util.spec_from_file_location("pydiff_builtins", os.path.join(os.path.dirname(__file__), "builtins.py"))
    b = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(b)
    rng = random.Random(11)
    return b.number_exprs(rng) + b.parse_exprs() + b.string_exprs(rng) + b.container_exprs(rng)


def raising(exprs):
    out = []
    for e in exprs:
        try:
            eval(e, {})
        except CATCHABLE:
            out.append(e)
        except Exception:  # noqa: BLE001 - other errors are not compared here
            pass
    return out


def main(argv):
    cfy = harness.cfy_binary(argv)
    import warnings
    warnings.simplefilter("ignore")
    exprs = raising(generated())
    cfy_src = "".join('try { print(repr(%s)) } except Exception as e { print(type(e).__name__, "|", str(e)) }\n' % e
                      for e in exprs)
    py_src = "".join("try:\n    print(repr(%s))\nexcept Exception as e:\n    print(type(e).__name__, '|', str(e))\n" % e
                     for e in exprs)
    res = [("caught errors' class and str",) + harness.compare_program(cfy, "caught", cfy_src, py_src,
                                                                       show=int(os.environ.get("SHOW", "8")))]
    return harness.report(res)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
