"""Writes Tests/CfyCoreTests/Golden/pformat.json: CPython 3.11's pprint layout of a set of values
at several widths, the expectations of cfy's PrettyRepr (Tests/CfyCoreTests/PrettyReprTests.swift).

Each case is `{"width": W, "expr": EXPR, "text": TEXT}`: TEXT is
`pprint.PrettyPrinter(width=W, sort_dicts=False).pformat(eval(EXPR))` run after PRELUDE (the
same prelude is run by the test, through cfy's Python front end), with one change to pprint that
cfy makes on purpose: a long string is not cut into adjacent literals (its entry is removed from
the printer's dispatch table below, so it is written as its repr, like any leaf). No set of strings:
its repr's order depends on PYTHONHASHSEED (cfy's repr of one is an error).

    <venv>/bin/python scripts/golden/pformat.py          # (re)write the file
    <venv>/bin/python scripts/golden/pformat.py --check  # exit 1 if it is stale
"""
import json
import os
import pprint
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "Tests", "CfyCoreTests", "Golden", "pformat.json")

PRELUDE = '''
from dataclasses import dataclass, field
import curifactory as cf


@dataclass
class Data:
    path: str = "iris.csv"
    cache_dir: str = field(default="/tmp/cache", repr=False)


@dataclass
class Args(cf.ExperimentArgs):
    lr: float = 0.01
    layers: list = field(default_factory=lambda: [64, 128, 256])
    data: Data = field(default_factory=Data)
    options: dict = field(default_factory=dict)


@dataclass
class Point:
    x: int = 0
    y: int = 0

    def __repr__(self):
        return "<point %d %d, a repr of its own, long enough to need a line of its own>" % (self.x, self.y)
'''

EXPRS = [
    "[1, 2, 3]",
    "list(range(40))",
    "[[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15], [16, 17, 18]]",
    "{'alpha': 1, 'beta': [1, 2, 3, 4, 5, 6, 7, 8], 'gamma': {'x': 1.5, 'y': -2.25e-08}, 'delta': None}",
    "{'zeta': 1, 'alpha': 2, 'mid': 3, 'beta': (4, 5), 'last': 'a string of some length'}",
    "(1,)",
    "(['a single item tuple holding a list that is quite long', 1, 2, 3],)",
    "((1, 2), (3, 4), ('five', 'six'), [7, (8, 9)], {'ten': 10}, ())",
    "{(1, 2): 'tuple key', 3.5: 'float key', None: 'none key', True: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}",
    "set([5, 3, 1, 100, 42, -7, 1000000, 2**40, 17, 23, 99, 64, 128, 256, 512])",
    "frozenset([900, 3, 77, 12, 5000, 41, 8, 2**20, 65, 1, 0, -3, 333333])",
    "[set([True, 2, 3]), set([False, 9, 1000, 10**6])]",
    "[set(), frozenset(), {}, [], (), '']",
    "['a string that is longer than the narrowest widths by itself', 'short', 'x' * 30]",
    "{'naïve': 'café', 'ключ': 'значение', 'キー': '値が長い文字列です、とても長い', 'emoji': '\\U0001f600' * 5}",
    "[[[[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]]]]]",
    "{'outer': {'inner': {'deepest': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]}}}",
    "[10**30, -2**70, 1e100, 0.1, float('inf'), -0.0, True, False, None]",
    "Data()",
    "Args(name='base')",
    "Args(name='a much longer name for this args set', lr=0.5, layers=list(range(20)), options={'seed': 1, 'mode': 'fast'})",
    "[Args(name='a'), Args(name='b', lr=0.1)]",
    "{'sets': [Args(name='x', data=Data(path='a/very/long/path/to/some/data/file.csv'))]}",
    "Point(1, 2)",
    "[Point(1, 2), Point(3, 4)]",
    "(Data(), Data('b.csv'), Data('c.csv'), Data('d.csv'))",
]

WIDTHS = [1, 20, 40, 60, 80, 120]


class Printer(pprint.PrettyPrinter):
    """pprint's printer, except that a string too long for its line stays one repr."""
    _dispatch = {k: v for k, v in pprint.PrettyPrinter._dispatch.items() if k is not str.__repr__}


def cases():
    scope = {"__name__": "__main__"}
    exec(compile(PRELUDE, "<prelude>", "exec"), scope)
    out = []
    for expr in EXPRS:
        value = eval(expr, scope)
        for w in WIDTHS:
            out.append({"width": w, "expr": expr, "text": Printer(width=w, sort_dicts=False).pformat(value)})
    return {"prelude": PRELUDE, "cases": out}


def main():
    text = json.dumps(cases(), indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        with open(GOLDEN, encoding="utf-8") as f:
            if f.read() != text:
                print("stale: " + GOLDEN + " (run scripts/golden/pformat.py)")
                sys.exit(1)
        print("ok: " + GOLDEN)
        return
    with open(GOLDEN, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(EXPRS) * len(WIDTHS), GOLDEN))


if __name__ == "__main__":
    main()
