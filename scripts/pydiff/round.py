"""round(x, ndigits) of floats against CPython 3.11: random doubles (every exponent), halfway
cases and ndigits across CPython's whole range (-310..330), in one program run by both."""
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def cases(rng, n):
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.4:
            x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
            if x != x or x in (float("inf"), float("-inf")):
                continue
        elif r < 0.7:
            x = rng.choice([0.5, 1.5, 2.5, 2.675, 0.125, 250.0, 350.0, 5.0, 15.0, 25.0, 1e22, 5e-324]) * rng.choice([1, -1, 10, 100, 1e5, 1e-3])
        else:
            x = rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-30, 30)
        e = len(repr(int(abs(x)))) if abs(x) >= 1 else 0
        nd = rng.choice([rng.randint(-310, 330), -e, -e + 1, -e - 1, rng.randint(-25, 25), 323, 324, -308, -309])
        out.append((repr(x) if x == x and abs(x) != float("inf") else None, nd))
    return [(x, nd) for x, nd in out if x is not None]


def main(argv):
    cfy = harness.cfy_binary(argv)
    rng = random.Random(20261201)
    cs = cases(rng, 20000)
    # cfy has no try/except: keep only the cases CPython rounds without an error
    ok = []
    for x, nd in cs:
        try:
            round(float(x), nd)
            ok.append((x, nd))
        except OverflowError:
            pass
    body = "\n".join("r(%s, %d)" % c for c in ok)
    cfy_src = "def r(x, n) { print(repr(round(x, n))) }\n" + body + "\n"
    py_src = "def r(x, n):\n    print(repr(round(x, n)))\n" + body + "\n"
    res = [("round(float, ndigits)",) + harness.compare_program(cfy, "round", cfy_src, py_src)]
    over = [harness.compare_exprs(cfy, "round overflow", ["round(1.7976931348623157e308, -308)",
                                                          "round(-1.7976931348623157e308, -308)", "round(9.9e307, -307)"])]
    res.append(("round overflow",) + over[0])
    return harness.report(res)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
