"""Differential check of set order against CPython 3.11: random programs build sets of ints,
floats, bools, tuples and frozensets (whose hashes are the same in every process) by displays,
comprehensions, set(), adds, removals, pops and the set algebra, and print them; cfy must print
CPython's order exactly. A set display of constants that collide in the table has another order
when Python loads the module from a .pyc: cfy refuses it (counted as "refused", never compared
as equal), as it refuses sets of strings.

Usage: sets.py CFY_BINARY [COUNT] [SEED]   (prints the harness table; exit 1 on any mismatch)
"""
import contextlib
import io
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import MARK, cfy_binary, report  # noqa: E402


def gen_int(rng):
    k = rng.randrange(10)
    if k < 4:
        return str(rng.randrange(-20, 100))
    if k < 6:
        return str(rng.choice([8, 16, 32, 64, 128, 256, 1024]) * rng.randrange(-4, 9))
    if k == 6:
        return str(rng.choice([-1, -2, 2**61 - 1, 2**61, -(2**61), 2**63 - 1, -(2**63)]) + rng.randrange(-2, 3))
    if k == 7:
        return "%d" % (rng.choice([1, -1]) * (2 ** rng.randrange(30, 80) + rng.randrange(100)))
    if k == 8:
        return rng.choice(["True", "False"])
    return str(rng.randrange(1000, 100000))


def gen_float(rng):
    k = rng.randrange(7)
    if k == 0:
        return "%d.5" % rng.randrange(-10, 50)
    if k == 1:
        return "%d.0" % rng.randrange(-10, 50)       # equal to an int: one element with it
    if k == 2:
        return repr(rng.choice([0.1, 0.2, 1e10, 1e-5, 2.5e300, -0.0, 0.0, 1 / 3, 2.0 ** 61, 2.0 ** 70]))
    if k == 3:
        return repr(rng.uniform(-1000, 1000))
    if k == 4:
        return rng.choice(["float('inf')", "float('-inf')"])
    return repr(rng.randrange(-100, 100) / 8)


def gen_value(rng, depth=0):
    k = rng.randrange(10)
    if k < 5 or depth > 1:
        return gen_int(rng)
    if k < 8:
        return gen_float(rng)
    if k == 8:
        n = rng.randrange(0, 4)
        items = [gen_value(rng, depth + 1) for _ in range(n)]
        return "(" + ", ".join(items) + ("," if n == 1 else "") + ")"
    n = rng.randrange(0, 4)
    return "frozenset([" + ", ".join(gen_int(rng) for _ in range(n)) + "])"


def gen_items(rng, n):
    return [gen_value(rng) for _ in range(n)]


def gen_set_expr(rng):
    """An expression making a new set."""
    k = rng.randrange(9)
    n = rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 13, 20, 40, rng.randrange(60)])
    items = gen_items(rng, n)
    if k == 0:
        return "set()" if n == 0 else "{" + ", ".join(items) + "}"
    if k == 1:
        return "set([" + ", ".join(items) + "])"
    if k == 2:
        a, b = rng.randrange(-50, 50), rng.randrange(1, 300)
        return "set(range(%d, %d, %d))" % (a, a + b, rng.choice([1, 1, 2, 3, 7, 8, 32]))
    if k == 3:
        return "{x * %d for x in range(%d)}" % (rng.choice([1, 2, 5, 8, 16, 31, 33, 64, 1 << 20]), rng.randrange(40))
    if k == 4:
        return "{x * %s for x in range(%d)}" % (gen_float(rng), rng.randrange(30))
    if k == 5:                   # not all constants: never folded
        return "{v0, " + ", ".join(items) + "}" if items else "{v0}"
    if k == 6:
        return "set({" + ", ".join("%s: 0" % x for x in items) + "})"
    if k == 7:
        return "{*[" + ", ".join(items) + "], *range(%d)}" % rng.randrange(10)
    return "set((" + ", ".join(items) + ("," if len(items) == 1 else "") + "))"


def gen_case(rng, c):
    s = "s%d" % c
    lines = ["v0 = %s" % gen_int(rng), "%s = %s" % (s, gen_set_expr(rng))]
    for _ in range(rng.randrange(0, 12)):
        k = rng.randrange(17)
        other = gen_set_expr(rng)
        v = gen_value(rng)
        if k == 0:
            lines.append("%s.add(%s)" % (s, v))
        elif k == 1:
            lines.append("%s.discard(%s)" % (s, v))
        elif k == 2:
            lines.append("%s.update([%s])" % (s, ", ".join(gen_items(rng, rng.randrange(20)))))
        elif k == 3:
            lines.append("%s |= %s" % (s, other))
        elif k == 4:
            lines.append("%s &= %s" % (s, other))
        elif k == 5:
            lines.append("%s -= %s" % (s, other))
        elif k == 6:
            lines.append("%s ^= %s" % (s, other))
        elif k == 7:
            lines.append("%s = %s %s %s" % (s, s, rng.choice("|&-^"), other))
        elif k == 8:
            lines.append("%s = %s %s %s" % (s, other, rng.choice("|&-^"), s))
        elif k == 9:
            lines.append("%s.difference_update([%s])" % (s, ", ".join(gen_items(rng, rng.randrange(20)))))
        elif k == 10:
            lines.append("%s.intersection_update(%s)" % (s, other))
        elif k == 11:
            lines.append("%s.symmetric_difference_update([%s])" % (s, ", ".join(gen_items(rng, rng.randrange(10)))))
        elif k == 12:
            lines.append("%s = %s.union(%s, [%s])" % (s, s, other, v))
        elif k == 13:
            lines.append("%s = %s.difference(%s)" % (s, s, other))
        elif k == 14:
            lines.append("print(%s.pop() if %s else None)" % (s, s))
        elif k == 15:
            lines.append("%s = %s(%s)" % (s, rng.choice(["set", "frozenset", "set"]), s))
            lines.append("%s = set(%s)" % (s, s))
        else:
            for _ in range(rng.randrange(1, 30)):
                lines.append("%s.discard(%s)" % (s, gen_value(rng)))
    lines.append("print(%s)" % s)
    lines.append("print(frozenset(%s), [x for x in %s][:3], sorted(%s, key=repr)[:2] if %s else 0)" % (s, s, s, s))
    return lines


def python_lines(case):
    buf = io.StringIO()
    env = {}
    try:
        with contextlib.redirect_stdout(buf):
            exec("\n".join(case) + "\n", env)
    except Exception as e:  # noqa: BLE001 - a Python error: the case prints what it printed so far
        return buf.getvalue().split("\n")[:-1] + ["<error %s>" % type(e).__name__]
    return buf.getvalue().split("\n")[:-1]


def cfy_run(cfy, lines):
    p = subprocess.run([cfy], input=("\n".join(lines) + "\n").encode(), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=600)
    return p.stdout.decode("utf-8", "surrogateescape"), p.stderr.decode("utf-8", "surrogateescape")


def main():
    cfy = cfy_binary(sys.argv)
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 13)
    cases = [gen_case(rng, c) for c in range(count)]
    want = [python_lines(c) for c in cases]
    src = []
    for c in cases:
        src += c + ["print(%r)" % MARK]
    out, _ = cfy_run(cfy, src)
    got, cur = [], []
    for line in out.split("\n"):
        if line == MARK:
            got.append(cur)
            cur = []
        else:
            cur.append(line)
    compared = mismatches = refused = pyc = 0
    for i, c in enumerate(cases):
        w = want[i]
        g = got[i] if i < len(got) else ["<cfy stopped>"]
        compared += 1
        if w and w[-1].startswith("<error"):
            continue                      # Python raised (a KeyError from pop...): not compared
        if g == w:
            continue
        _, err = cfy_run(cfy, c)          # alone, to see why
        if "cfy cannot give" in err:
            refused += 1
            pyc += ".pyc" in err
            continue
        mismatches += 1
        if mismatches <= 5:
            print("  sets MISMATCH in case %d:\n    %s\n    python: %s\n    cfy:    %s\n    %s"
                  % (i, "\n    ".join(c), w, g, err.strip()[:300]))
    print("  refused (the \"unsupported\" column): %d, of which %d for a constant display whose order differs "
          "with a cached .pyc" % (refused, pyc))
    return report([("sets (programs)", compared, mismatches, refused)])


sys.exit(main())
