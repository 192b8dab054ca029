"""The stdlib params files use (math, itertools.product/chain, functools.partial) against CPython
3.11 on generated inputs: math functions of random ints (huge ones too), doubles of every exponent,
infinities and NaNs, with keyword tolerances; products and chains of random lists; partials of a
function taking every kind of parameter."""
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

SETUP = ["import math", "import itertools", "import functools",
         "f = lambda a, b=1, *c, **k: [a, b, c, k]"]


def number(rng):
    r = rng.random()
    if r < 0.2:
        return repr(rng.randint(-20, 20))
    if r < 0.3:
        return repr(rng.choice([1, -1]) * (rng.choice([2, 10, 3, 7]) ** rng.randint(1, 400) + rng.randint(-2, 2)))
    if r < 0.55:
        x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        return repr(x) if x == x and abs(x) != float("inf") else "0.5"
    if r < 0.8:
        return repr(rng.uniform(-10, 10) * 10.0 ** rng.randint(-5, 5))
    if r < 0.9:
        return rng.choice(["float('inf')", "float('-inf')", "float('nan')", "0.0", "-0.0", "True", "False"])
    return repr(rng.choice([0.5, 1.0, 2.0, 10.0, 1e-300, 1e300, 709.0, 710.0, -745.0, 2.718281828459045]))


def small_list(rng):
    pool = [repr(rng.randint(-5, 5)), repr(rng.choice("abc")), repr(rng.random()), "None", "(1, 2)", "[]"]
    return "[" + ", ".join(rng.choice(pool) for _ in range(rng.randint(0, 3))) + "]"


def math_expr(rng):
    one = ["sqrt", "exp", "log", "log10", "log2", "floor", "ceil", "isnan", "isinf"]
    r = rng.random()
    if r < 0.55:
        return "math.%s(%s)" % (rng.choice(one), number(rng))
    if r < 0.7:
        return "math.log(%s, %s)" % (number(rng), number(rng))
    if r < 0.85:
        return "math.pow(%s, %s)" % (number(rng), number(rng))
    if r < 0.95:
        return "math.isclose(%s, %s)" % (number(rng), number(rng))
    tol = rng.choice(["rel_tol=%s" % number(rng), "abs_tol=%s" % number(rng),
                      "rel_tol=%s, abs_tol=%s" % (number(rng), number(rng))])
    return "math.isclose(%s, %s, %s)" % (number(rng), number(rng), tol)


def iter_expr(rng):
    r = rng.random()
    lists = ", ".join(small_list(rng) for _ in range(rng.randint(0, 3)))
    if r < 0.4:
        return "list(itertools.product(%s))" % lists
    if r < 0.6:
        return "list(itertools.product(%s, repeat=%d))" % (small_list(rng), rng.randint(0, 3))
    if r < 0.8:
        return "list(itertools.chain(%s))" % lists
    return "list(itertools.product(range(%d), 'ab', (True, None)))" % rng.randint(0, 3)


def partial_expr(rng):
    def args(n):
        return [repr(rng.randint(0, 9)) for _ in range(n)]

    def kws():
        return ["%s=%d" % (k, rng.randint(0, 9)) for k in rng.sample(["a", "b", "x", "y"], rng.randint(0, 2))]
    first = args(rng.randint(0, 3)) + kws()
    second = args(rng.randint(0, 3)) + kws()
    return "functools.partial(f, %s)(%s)" % (", ".join(first), ", ".join(second))


def main(argv):
    cfy = harness.cfy_binary(argv)
    rng = random.Random(20261201)
    consts = ["math.pi", "math.e", "math.tau", "math.inf", "-math.inf", "math.nan"]
    res = [("math", *harness.compare_exprs(cfy, "math", consts + [math_expr(rng) for _ in range(6000)], SETUP)),
           ("itertools", *harness.compare_exprs(cfy, "itertools", [iter_expr(rng) for _ in range(2000)], SETUP)),
           ("functools.partial", *harness.compare_exprs(cfy, "partial", [partial_expr(rng) for _ in range(2000)], SETUP))]
    return harness.report(res)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
