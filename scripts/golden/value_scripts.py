"""Writes Tests/Language/<folder>/{nan,sort,qualnames,range_slice,str_search}.cfy (FOLDER below): each a
list of expressions valid in both cfy and Python, each followed by its `#=> ` line, the repr CPython 3.11
gives (run with python3 = CPython 3.11: every expected line comes from this CPython).

Usage: python3 scripts/golden/value_scripts.py   (from the repository root)
"""
import os

# The feature folder of Tests/Language each file belongs to.
FOLDER = {"nan": "numbers", "sort": "collections", "qualnames": "classes", "range_slice": "collections",
          "str_search": "strings"}

SCRIPTS = {
    "nan": ("nan identity: containers compare items by identity first, and each nan Python would "
            "create is a new object", [
        "n = float('nan')", "m = float('nan')",
        "n == n", "n is n", "[n] == [n]", "(n, 1) == (n, 1)", "[float('nan')] == [float('nan')]",
        "n in [n]", "n in [m]", "float('nan') in [n]", "[n, 1, m].count(n)", "[m, n].index(n)",
        "xs = [1, n, m]", "xs.remove(n)", "xs", "len(xs)",
        "{float('nan'): 1, float('nan'): 2}", "d = {n: 1}", "d[n]", "n in d", "m in d", "{n: 1} == {n: 1}",
        "{1: n} == {1: n}", "{1: n} == {1: m}", "[[n]] == [[n]]", "list([n]) == [n]", "[n] == [n + 0]",
        "[n] == [-n]", "[n] == [abs(n)]", "[n] == [float(n)]", "[n] == [+n]", "[n] == [max(n, 1)]",
        "inf = float('inf')", "q = inf - inf", "[q] == [q]", "[q] == [inf - inf]",
        "(n, 1) < (n, 2)", "(n, 1) < (m, 2)", "max([(n, 1), (n, 2)])", "repr([n, -n, q])",
        "sorted([3, n, 1, 2])", "sorted([n, 3, 1])", "min(n, 1)", "min(1, n)", "max(2, n, 3)",
    ]),
    "sort": ("sorted() / list.sort() / min() / max() give CPython's results, nan and ties included", [
        "n = float('nan')",
        "sorted([5, n, 1, 4, n, 2, 3])", "sorted([5, n, 1, 4, n, 2, 3], reverse=True)",
        "sorted([3, 1, 2, n, 0, -1, 7, 6, n, 5, 4, 3, 2, 1, 0])",
        "xs = [9, 8, n, 7, 1, 2, 3, n, 4, 6, 5]", "xs.sort()", "xs",
        "sorted(range(70), key=lambda i: (i * 37) % 11)",
        "sorted(list(range(40)) + list(range(40, 0, -1)) + [n] + list(range(5, 80, 3)))",
        "sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0])",
        "sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0], reverse=True)",
        "sorted(['b', 'A', 'a', 'B'], key=str.lower)", "sorted([3, 1, 2], key=None)",
        "min([3, n, 1])", "max([3, n, 1])", "min([n, 3, 1])", "max([n, 3, 1])",
        "max([1, 3, 2], key=lambda x: -x)", "min([], default='empty')", "max([1, 2], key=None)",
    ]),
    "qualnames": ("qualnames and reprs of lambdas in comprehensions, builtin types and method "
                  "descriptors", [
        "[lambda: 0 for _ in range(1)][0].__qualname__",
        "{k: lambda: 0 for k in 'a'}['a'].__qualname__",
        "list(lambda: 0 for _ in range(1))[0].__qualname__",
        "def f() { return [lambda: 0 for _ in range(1)][0] }".replace(" {", ":").replace(" }", ""),
        "f().__qualname__",
        "type(len)", "type(len).__qualname__", "type(lambda: 0)", "type('a'.upper)", "type(str.upper)",
        "type(zip)", "type(int)", "str.upper", "str.upper.__qualname__", "str.upper.__name__",
        "str.upper('abc')", "str.lower", "list.append", "dict.get", "dict.get({'a': 1}, 'a')",
        "str.join('-', ['a', 'b'])", "str.upper == str.upper", "callable(str.upper)",
        "isinstance(len, type(len))", "[str.upper, str.lower]",
    ]),
    "range_slice": ("slicing a range gives a range, with Python's normalised start, stop and step", [
        "range(5)[1:3]", "range(10)[::-1]", "range(0, 10, 3)[1:100]", "range(5)[5:]", "range(5)[:]",
        "range(10, 0, -2)[1:-1]", "range(10, 0, -2)[::-1]", "range(-5, 5)[-3:]", "range(3)[::2]",
        "range(1, 20, 4)[::-2]", "list(range(1, 20, 4)[::-2])", "range(5)[1:3] == range(1, 3)",
        "len(range(0, 100, 7)[3:50:4])", "range(0, 100, 7)[3:50:4]",
    ]),
    "str_search": ("str find/rfind/index/rindex/count/startswith/endswith with start and end; "
                   "replace counts; the empty-pattern cases", [
        "'abcabc'.find('c', 3)", "'abcabc'.find('c', -2)", "'abcabc'.rfind('a', 0, 3)", "'abcabc'.find('a', None, 2)",
        "'abcabc'.index('b', 2)", "'abcabc'.rindex('b', None, -2)", "'abcabc'.count('a', 1)", "'abcabc'.count('', 2, 4)",
        "'abc'.count('')", "'abc'.replace('', '-')", "''.find('', 1)", "''.find('')", "'abc'.find('', 3)",
        "'abc'.find('', 4)", "'abc'.rfind('', 1, 2)", "'abc'.startswith('', 3)", "'abc'.startswith('', 4)",
        "'abcabc'.startswith('ca', 2)", "'abcabc'.startswith(('x', 'ca'), 2, 4)", "'abcabc'.endswith('ab', 0, -1)",
        "'abcabc'.endswith(('x', 'bc'), -3)", "'aaaa'.replace('a', 'b', 10**18)", "'aaaa'.replace('a', 'b', -1)",
        "'aaaa'.replace('a', 'b', 2)", "'aaaa'.replace('', '.', 2)", "'héllo'.find('l', -2)",
    ]),
}


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    for name, (about, lines) in SCRIPTS.items():
        env, out = {}, ["# %s." % about, "# Expected values from CPython 3.11 (scripts/golden/value_scripts.py)."]
        for line in lines:
            if line.startswith("def "):
                exec(line, env)
                out.append(line.replace(":", " {", 1) + " }")
                continue
            try:
                v = eval(compile(line, "<x>", "eval"), env)
            except SyntaxError:
                exec(line, env)
                out.append(line)
                continue
            out.append(line)
            if v is not None:
                out.append("#=> " + repr(v))
        with open(os.path.join(root, "Tests", "Language", FOLDER[name], name + ".cfy"), "w") as f:
            f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
