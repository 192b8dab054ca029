"""Differential check of unbounded ints: cfy against CPython 3.11 on random big ints (fixed seed) and
edge values around +-2**63, +-2**64 and 2**53 floats, through every operator and int builtin.

    python3 scripts/pydiff/ints.py [path/to/cfy]

Prints the harness table and exits 1 on any mismatch.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

rng = random.Random(20261201)

EDGE = [0, 1, 2, 3, 7, 10, 255, 2**31, 2**32 - 1, 2**52, 2**53 - 1, 2**53, 2**53 + 1, 2**62, 2**63 - 1,
        2**63, 2**63 + 1, 2**64 - 1, 2**64, 2**64 + 1, 2**65, 2**96 + 12345, 2**127, 2**128 - 1, 2**128,
        10**18, 10**19, 10**20, 10**38, 3**100]
EDGE = sorted(set(EDGE + [-x for x in EDGE]))


def rand_int(bits_lo=1, bits_hi=300):
    bits = rng.randint(bits_lo, bits_hi)
    x = rng.getrandbits(bits) | (1 << (bits - 1))
    return -x if rng.random() < 0.5 else x


def pool(n):
    return [rng.choice(EDGE) if rng.random() < 0.35 else rand_int() for _ in range(n)]


def lit(x):
    """x as source text (negative in parentheses, so it binds like one value)."""
    return "(%d)" % x if x < 0 else "%d" % x


FLOATS = ["0.0", "-0.0", "0.5", "-1.5", "1e300", "-1e300", "2.0**53", "2.0**53 + 2", "2.0**63", "-2.0**63",
          "2.0**64", "-(2.0**64)", "2.0**100", "1e19", "float('inf')", "float('-inf')", "float('nan')", "1.5e-300"]


def exprs():
    out = []
    xs = pool(600)
    # Binary arithmetic and bitwise operators on pairs.
    for k in range(0, len(xs) - 1):
        a, b = lit(xs[k]), lit(xs[k + 1])
        for op in ["+", "-", "*", "//", "%", "/", "&", "|", "^", "==", "<", ">="]:
            out.append("%s %s %s" % (a, op, b))
        out.append("divmod(%s, %s)" % (a, b))
    # Shifts, powers, modular powers.
    for x in xs:
        s = rng.choice([0, 1, 5, 63, 64, 65, 100, 200, -1])
        out.append("%s << %d" % (lit(x), s))
        out.append("%s >> %d" % (lit(x), rng.choice([0, 1, 3, 63, 64, 65, 200, 400, -2])))
        out.append("%s ** %d" % (lit(x), rng.choice([0, 1, 2, 3, 5, 17, -1, -2])))
        m = rng.choice([rand_int(), 97, -97, 2**64 + 13, 1, -1, 0])
        out.append("pow(%s, %d, %s)" % (lit(x), rng.choice([0, 1, 2, 65537, rng.getrandbits(80), -1, -3]), lit(m)))
    # Unary operators and builtins.
    for x in xs:
        a = lit(x)
        for f in ["-%s", "~%s", "+%s", "abs(%s)", "(%s).bit_length()", "hex(%s)", "oct(%s)", "bin(%s)", "str(%s)",
                  "float(%s)", "int(str(%s))", "int(hex(%s), 16)", "int(bin(%s), 0)", "round(%s, -3)",
                  "round(%s, -20)", "%s == float(%s)", "{%s: 1}.get(float(%s))", "bool(%s)", "repr(%s)", "int(%s)",
                  "'%%x' %% %s", "'%%d' %% %s", "f'{%s}'", "[%s][0]", "(%s, %s) < (%s, 0.5)"]:
            out.append(f.replace("%s", a).replace("%%", "%") if f.count("%s") != 1 else f % a)
    # ints against floats: comparisons, arithmetic, exact identity of equal keys.
    for x in xs[:300]:
        for fl in rng.sample(FLOATS, 6):
            for op in ["<", "==", ">", "+", "*", "/"]:
                out.append("%s %s %s" % (lit(x), op, fl))
    for fl in FLOATS:
        out.append("int(%s)" % fl)
        out.append("round(%s)" % fl)
    for e in [53, 54, 63, 64, 100, 300, 1000, 1023]:
        for d in [-1, 0, 1]:
            out.append("2**%d + %d > float(2**%d)" % (e, d, e))
            out.append("2**%d + %d == float(2**%d)" % (e, d, e))
            out.append("float(2**%d + %d)" % (e, d))
            out.append("{2**%d + %d: 'k'}.get(2.0**%d)" % (e, d, e))
    # Correct rounding of true division and float() near halfway cases.
    for _ in range(800):
        a, b = rand_int(50, 400), rand_int(1, 300)
        out.append("%s / %s" % (lit(a), lit(b)))
        h = (rng.getrandbits(53) | (1 << 52)) * 2 + 1      # 54 significant bits, last one set: a halfway
        out.append("float(%d << %d)" % (h, rng.randint(0, 900)))
    # Mixed containers and reductions.
    for _ in range(300):
        items = [lit(v) for v in pool(5)] + [rng.choice(FLOATS[:14])]
        rng.shuffle(items)
        lst = "[" + ", ".join(items) + "]"
        out += ["sorted(%s)" % lst, "min(%s)" % lst, "max(%s)" % lst, "sum(%s)" % lst]
    # Literals in every base, and int() parsing.
    for x in pool(300):
        out += ["%s0x%x" % ("-" if x < 0 else "", abs(x)), "%s0o%o" % ("-" if x < 0 else "", abs(x)),
                "%s0b%s" % ("-" if x < 0 else "", bin(abs(x))[2:]), "int('%d')" % x, "int(' %d ')" % x,
                "int('%x', 16)" % abs(x), "int('%s', 36)" % base36(abs(x))]
    # Huge values: 2**10000-sized arithmetic, the 4300-digit limit, hex without a limit.
    for _ in range(60):
        x = rand_int(9000, 14000)
        y = rand_int(100, 5000)
        out += ["(%s) // (%s)" % (x, y), "(%s) %% (%s)" % (x, y), "len(hex(%s))" % x, "(%s * %s) %% 1000007" % (x, y),
                "str(%s)[:5]" % x, "(%s).bit_length()" % x]
    out += ["len(str(10**4299))", "str(10**4300)", "int('1' * 4300) %% 7", "int('1' * 4301)", "[1][2**63]", "'a' * 2**63", "range(2**64)", "1 << -1", "(2**70) >> -1",
            "pow(2, -1, 4)", "pow(2, 1, 0)", "pow(2.0, 1, 3)", "(2**2000) / 3", "2**1024 + 1.0", "float(2**1024)",
            "int(float('inf'))", "int(float('nan'))", "0 / -(2**70)", "1 / 2**1100", "(-(2**1100)) / 3**10"]
    return out


def base36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = digits[r] + s
    return s or "0"


def main():
    cfy = harness.cfy_binary(sys.argv)
    es = exprs()
    # Several REPL sessions, so that one slow case cannot take the others' time.
    results = []
    chunk = 6000
    total = [0, 0, 0]
    for i in range(0, len(es), chunk):
        c, m, u = harness.compare_exprs(cfy, "ints", es[i:i + chunk])
        total[0] += c; total[1] += m; total[2] += u
    results.append(("ints", total[0], total[1], total[2]))
    return harness.report(results)


if __name__ == "__main__":
    sys.exit(main())
