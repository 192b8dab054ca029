"""Differential check of exact values against CPython 3.11: nan identity in containers, sort /
sorted / min / max (CPython's timsort, compared on generated lists with nans and duplicates),
str search with start/end, str.replace counts, range slicing, qualnames and reprs.

Usage: values.py CFY_BINARY   (prints the harness table; exit 1 on any mismatch)
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import cfy_binary, compare_exprs, report  # noqa: E402


def nan_exprs():
    setup = ["n = float('nan')", "m = float('nan')", "L = [n, 1, m]", "T = (n, 2)", "D = {n: 1, m: 2}",
             "inf = float('inf')", "q = inf - inf"]
    exprs = []
    forms = ["n", "m", "float('nan')", "q", "-n", "abs(n)", "n + 1", "n * 0", "float(n)", "inf - inf", "L[0]",
             "T[0]", "1", "1.0", "max(n, 1)", "min([n, 2])", "sorted([n])[0]", "round(n, 1)", "+n", "list(L)[2]"]
    for a in forms:
        exprs += ["%s in [n]" % a, "%s in (n, 1)" % a, "%s in L" % a, "[%s] == [n]" % a, "(%s,) == (n,)" % a,
                  "[[%s]] == [[n]]" % a, "%s == n" % a, "%s is n" % a, "%s in D" % a, "{%s: 1} == {n: 1}" % a,
                  "{1: %s} == {1: n}" % a, "L.count(%s)" % a, "[%s] != [n]" % a, "(%s, 1) < (n, 2)" % a,
                  "[%s, 3] <= [n, 2]" % a, "[%s] > [n]" % a, "%s in [m]" % a]
    exprs += ["[float('nan')] == [float('nan')]", "{float('nan'): 1, float('nan'): 2}", "D[n]", "D[m]",
              "len({n: 1, n: 2})", "{n: 1, n: 2}", "L.index(m)", "L.index(n)", "[x for x in L if x in L]",
              "n in {n: 0}", "len({float('nan'): 1, float('nan'): 2})", "L == list(L)", "L == [n, 1, m]",
              "L == [m, 1, n]", "T == (n, 2)", "{'a': [n]} == {'a': [n]}", "repr(n)", "str(-n)", "repr([n, q])",
              "[n, 1] < [n, 2]", "[n, 1] < [m, 2]", "(n,) <= (n,)", "(n,) <= (m,)", "max([(n, 1), (n, 2)])",
              "max([(n, 1), (m, 2)])", "min(n, 1)", "min(1, n)", "max(n, 1, 2)", "max(1, n, 2)",
              "sorted([3, n, 1, 2])", "sorted([n, 3, 1])"]
    return setup, exprs


def gen_list(rng):
    kind = rng.randrange(6)
    size = rng.choice([0, 1, 2, 3, 5, 8, 13, 31, 64, 65, 100, 130, 200, rng.randrange(201)])
    if rng.random() < 0.02:   # a few long ones: many runs, deeper merges, long gallops
        size, kind = rng.randrange(300, 2000), rng.choice([2, 3, 5])
    if kind == 0:       # small ints, many duplicates
        return [rng.randrange(5) for _ in range(size)]
    if kind == 1:       # ints and floats with nans
        return [rng.choice(["nan", rng.randrange(10), rng.randrange(10) + 0.5]) for _ in range(size)]
    if kind == 2:       # runs: ascending, descending and constant stretches, for galloping and merges
        out = []
        while len(out) < size:
            n = rng.randrange(1, 40)
            base = rng.randrange(-50, 50)
            step = rng.choice([1, -1, 0, 2])
            out += [base + step * i for i in range(n)]
        return out[:size]
    if kind == 3:       # runs with nans sprinkled in
        out = []
        while len(out) < size:
            n = rng.randrange(1, 30)
            base = rng.randrange(100)
            step = rng.choice([1, -1, 3])
            out += ["nan" if rng.random() < 0.1 else base + step * i for i in range(n)]
        return out[:size]
    if kind == 4:       # mostly sorted, a few swaps
        out = sorted(rng.randrange(1000) for _ in range(size))
        for _ in range(rng.randrange(4)):
            if size > 1:
                i, j = rng.randrange(size), rng.randrange(size)
                out[i], out[j] = out[j], out[i]
        return out
    return [rng.choice(["nan", "nan", 1, 2.5, -1]) for _ in range(size)]


def lit(xs):
    return "[" + ", ".join("float('nan')" if x == "nan" else repr(x) for x in xs) + "]"


def sort_exprs(count, seed=1234):
    rng = random.Random(seed)
    setup, exprs = [], []
    for k in range(count):
        setup.append("S%d = %s" % (k, lit(gen_list(rng))))
        v = "S%d" % k
        exprs += ["sorted(%s)" % v, "sorted(%s, reverse=True)" % v,
                  "sorted(range(len(%s)), key=lambda i: %s[i])" % (v, v),
                  "sorted(range(len(%s)), key=lambda i: %s[i], reverse=True)" % (v, v),
                  "min(range(len(%s)), key=lambda i: %s[i], default=-1)" % (v, v),
                  "max(range(len(%s)), key=lambda i: %s[i], default=-1)" % (v, v),
                  "min(%s, default=None)" % v, "max(%s, default=None)" % v]
    exprs += ["sorted([3, 1, 2], key=None)", "max([1, 3], key=None)", "max()", "max(1, 2, default=0)",
              "min([], default=5)", "min([])", "sorted([1, 'a'])", "max([[1, 2], [1, 3]])", "sorted([(1, 'b'), (1, 'a')])"]
    return setup, exprs


def bound(rng):
    return rng.choice(["None", str(rng.randrange(-9, 10)), str(rng.choice([-100, 100, 10**18, -10**18]))])


def str_exprs(count, seed=99):
    rng = random.Random(seed)
    texts = ["", "a", "abc", "abcabc", "aaaa", "ab ab ab", "héllo wörld", "中文中文", "xyzzy"]
    subs = ["", "a", "b", "ab", "abc", "aa", "c", "z", "ö", "中", "abcabcd"]
    exprs = []
    for _ in range(count):
        t, sub = rng.choice(texts), rng.choice(subs)
        meth = rng.choice(["find", "rfind", "index", "rindex", "count", "startswith", "endswith"])
        nargs = rng.randrange(3)
        args = [repr(sub)] + [bound(rng) for _ in range(nargs)]
        if meth in ("startswith", "endswith") and rng.random() < 0.3:
            args[0] = "(%r, %r)" % (sub, rng.choice(subs))
        exprs.append("%r.%s(%s)" % (t, meth, ", ".join(args)))
    for t in texts:
        for a in subs[:6]:
            for c in ["", ", 0", ", 1", ", 2", ", -1", ", 10**18", ", -10**18"]:
                exprs.append("%r.replace(%r, '-'%s)" % (t, a, c))
    exprs += ["'abc'.count('')", "'abc'.replace('', '-')", "''.find('', 1)", "''.find('')", "'abc'.find('', 3)",
              "'abc'.find('', 4)", "'abc'.rfind('', 1, 2)", "'abc'.startswith('', 3)", "'abc'.startswith('', 4)",
              "'abc'.endswith(('x', 'bc'), 1)", "'abc'.startswith(1)", "'abc'.startswith(('a', 1))",
              "'abc'.find('a', 1.0)", "'abc'.count('', 10, 0)", "'abc'.find('b', None, None)", "'abc'.index('z')"]
    return exprs


def range_exprs(count, seed=7):
    rng = random.Random(seed)
    exprs = []
    for _ in range(count):
        a, b = rng.randrange(-12, 13), rng.randrange(-12, 13)
        st = rng.choice([1, 1, 2, 3, -1, -2, -3, 5])
        r = "range(%d, %d, %d)" % (a, b, st)
        parts = [rng.choice(["", str(rng.randrange(-15, 16))]) for _ in range(2)]
        step = rng.choice(["", "", str(rng.choice([1, 2, -1, -2, 3, -4, 0]))])
        sl = "%s:%s" % tuple(parts) + (":" + step if step else "")
        exprs += ["%s[%s]" % (r, sl), "list(%s[%s])" % (r, sl), "len(%s[%s])" % (r, sl)]
    exprs += ["range(5)[1:3]", "range(10)[::-1]", "range(0, 10, 3)[1:100]", "range(5)[5:]", "range(5)[:]",
              "range(-9223372036854775807 - 1, 9223372036854775807)[::2]", "range(10)[::0]", "range(5)[1:3] == range(1, 3)", "range(3)[None:None:None]"]
    return exprs


def type_exprs():
    setup = ["f = lambda: [lambda: 0 for _ in range(1)][0]"]
    vals = ["len", "print", "lambda: 0", "'a'.upper", "str.upper", "zip", "int", "str", "[].append", "{}.get",
            "list.append", "dict.get", "str.lower", "f", "f()", "range", "None", "1", "1.5", "'s'", "(1,)", "[]", "{}",
            "range(2)", "type(len)", "type", "map", "enumerate"]
    exprs = []
    for v in vals:
        bound = "'a'." in v or "[]." in v or "{}." in v     # Python's repr holds an address there
        exprs += ["type(%s)" % v, "repr(%s)" % v if not bound and "lambda" not in v and v not in ("f", "f()") else "1",
                  "type(%s).__qualname__" % v, "callable(%s)" % v, "isinstance(%s, type(len))" % v]
    for t in ["str", "list", "dict"]:
        for m in {"str": ["upper", "lower", "split", "join", "find", "replace", "startswith", "count", "strip"],
                  "list": ["append", "count", "index", "copy", "sort", "pop"],
                  "dict": ["get", "keys", "values", "items", "pop", "update", "copy"]}[t]:
            exprs += ["%s.%s" % (t, m), "%s.%s.__qualname__" % (t, m), "%s.%s.__name__" % (t, m),
                      "type(%s.%s)" % (t, m), "%s.%s == %s.%s" % (t, m, t, m)]
    exprs += ["str.upper('abc')", "str.split('a b')", "str.join('-', 'ab')", "list.count([1, 1], 1)",
              "dict.get({'a': 1}, 'a')", "str.upper(1)", "list.copy([1])", "f().__qualname__",
              "list(lambda: 0 for _ in range(1))[0].__qualname__", "{k: lambda: 0 for k in 'a'}['a'].__qualname__",
              "sum(x for x in range(4))", "sorted(['b', 'A', 'a'], key=str.lower)", "str.upper is str.upper",
              "str.upper is str.lower", "list.count is tuple.count", "type(len) is type(print)", "{str.upper: 1}"]
    return setup, exprs


def main():
    cfy = cfy_binary(sys.argv)
    results = []
    setup, exprs = nan_exprs()
    results.append(("nan identity",) + compare_exprs(cfy, "nan", exprs, setup))
    setup, exprs = sort_exprs(1500)
    results.append(("sort/sorted/min/max",) + compare_exprs(cfy, "sort", exprs, setup))
    results.append(("str search/replace",) + compare_exprs(cfy, "str", str_exprs(3000)))
    results.append(("range slicing",) + compare_exprs(cfy, "range", range_exprs(1500)))
    setup, exprs = type_exprs()
    results.append(("types/qualnames/methods",) + compare_exprs(cfy, "types", exprs, setup))
    sys.exit(report(results))


if __name__ == "__main__":
    main()
