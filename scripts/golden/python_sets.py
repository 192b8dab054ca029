"""Writes the `#=>` blocks of Tests/Python/sets/*.py: each file is plain Python, run here under
CPython 3.11 with real curifactory 0.13.2 (its printed output is the block). Sets of ints, floats and tuples print in CPython's
own order, which cfy reproduces; these files hold no set whose order depends on PYTHONHASHSEED.

    <venv>/bin/python scripts/golden/python_sets.py          # (re)write the blocks
    <venv>/bin/python scripts/golden/python_sets.py --check  # exit 1 if one is stale
"""
import os
import sys

from trailing_block import cpython_output, update

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTS = os.path.join(ROOT, "Tests", "Python", "sets")
FILES = ["unpacking.py", "set_fields.py", "set_order.py"]


GOLDEN = os.path.join(ROOT, "Tests", "CfyCoreTests", "Golden", "sets.txt")


def vectors():
    """Tests/CfyCoreTests/Golden/sets.txt: `hash EXPR VALUE` (CPython's hash of values whose hash is
    the same in every process), `marshal EXPR HEX` (the bytes a .pyc sorts frozenset constants by, for
    an int or float held by one reference: no reference flag), and `order OPS REPR` (a set built by the adds (+x)
    and discards (-x) OPS: its repr, so the table's order)."""
    import marshal
    import random
    rng = random.Random(11)
    out = []
    values = ["0", "1", "-1", "-2", "2**61 - 1", "2**61", "-(2**61)", "2**63", "-(2**63)", "2**64 + 7",
              "-(2**100) - 3", "3**90", "True", "False", "0.5", "-0.0", "1.5", "1e100", "-2.25", "0.1",
              "float('inf')", "float('-inf')", "2.0**70", "1/3", "()", "(1,)", "(1, 2)", "(1, (2.5, -3))",
              "((), ())", "frozenset()", "frozenset({1})", "frozenset({1, 2, 3})", "frozenset({(1, 2), 0.5})",
              "frozenset({frozenset({1}), 2})"]
    values += [repr(rng.uniform(-1e6, 1e6)) for _ in range(40)]
    values += [str(rng.randrange(-2**70, 2**70)) for _ in range(40)]
    for v in values:
        out.append("hash\t%s\t%d" % (v, hash(eval(v))))
    for v in ["1000", "-6", "2**31", "-(2**31) - 1", "2**40", "-(2**70) + 3", "1.5", "-0.0"]:
        out.append("marshal\t%s\t%s" % (v, marshal.dumps(eval(v)).hex()))
    for _ in range(300):
        n = rng.choice([1, 3, 5, 8, 12, 20, 40, 100])
        pool = rng.choice([range(-50, 50), range(0, 4096, 8), range(0, 2**20, 1024)])
        xs = [rng.choice(pool) for _ in range(n)]
        ops = [("+", x) for x in xs] + [("-", x) for x in xs[: rng.randrange(n)]]
        ops += [("+", rng.choice(pool)) for _ in range(rng.randrange(5))]
        s = set()
        for op, x in ops:
            if op == "+":
                s.add(x)
            else:
                s.discard(x)
        out.append("order\t%s\t%r" % (" ".join(op + str(x) for op, x in ops), s))
    return out


def write_vectors():
    text = "\n".join(vectors()) + "\n"
    if "--check" in sys.argv[1:]:
        with open(GOLDEN, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{GOLDEN} is stale: run scripts/golden/python_sets.py", file=sys.stderr)
                return False
        return True
    with open(GOLDEN, "w", encoding="utf-8") as f:
        f.write(text)
    return True


def main():
    ok = write_vectors()
    for name in FILES:
        path = os.path.join(TESTS, name)
        ok = update(path, cpython_output(path), "python_sets.py") and ok
    sys.exit(0 if ok else 1)

main()
