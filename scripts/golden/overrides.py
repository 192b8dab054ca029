"""Writes Tests/CLI/overrides.txt: for each case of `cfy hash Tests/CLI/overrides.py ARGS...`
(FIELD=VALUE overrides, --multirun, --names), the NAME<TAB>HASH<TAB>OVERWRITE lines real
curifactory 0.13.2 gives for the same sets: each selected set from get_params() through
dataclasses.replace(set, **overrides), and under --multirun one replace() per combination of the
comma-separated values in itertools.product order, named as cfy's grid() names them
({name}_{field}={str(value)}...).

    <venv>/bin/python scripts/golden/overrides.py          # (re)write the file
    <venv>/bin/python scripts/golden/overrides.py --check  # exit 1 if it is stale
"""
import dataclasses
import itertools
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Tests", "CLI"))
OUT = os.path.join(ROOT, "Tests", "CLI", "overrides.txt")

import overrides as params  # noqa: E402

# Each case: the arguments after the file (no spaces inside one argument: check-cli word-splits).
CASES = [
    ["lr=0.01"],
    ["layers=[64,64]", "seed=3"],
    ["data=Data(path='x.csv',rows=7)"],
    ["--names", "base", "--names", "fast", "lr=2"],
    ["--names", "pinned,base", "seed=5"],
    ["-m", "seed=1,2,3", "lr=0.1,0.01"],
    ["--multirun", "--names", "fast", "layers=[1,2],[3]", "lr=0.2"],
]


def run(case):
    names, multirun, overrides, args = None, False, [], list(case)
    while args:
        a = args.pop(0)
        if a in ("-m", "--multirun"):
            multirun = True
        elif a == "--names":
            names = (names or []) + [n for n in args.pop(0).split(",") if n]
        else:
            field, value = a.split("=", 1)
            ns = vars(params)
            overrides.append((field, eval(f"[{value}]", dict(ns))))
    sets = params.get_params()
    if names is not None:
        sets = [s for s in sets if s.name in names]
    plain = {f: vs[0] for f, vs in overrides if len(vs) == 1}
    axes = [(f, vs) for f, vs in overrides if len(vs) > 1]
    lines = []
    for s in sets:
        s = dataclasses.replace(s, **plain) if plain else s
        combos = itertools.product(*[vs for _, vs in axes]) if axes else [()]
        for combo in combos:
            changes = {f: v for (f, _), v in zip(axes, combo)}
            v = dataclasses.replace(s, **changes) if changes else s
            if changes:
                v.name = s.name + "".join(f"_{f}={x}" for f, x in changes.items())
            lines.append(f"{v.name}\t{v.args_hash()}\t{v.overwrite}")
    return lines


def expected():
    out = ["# cfy hash Tests/CLI/overrides.py ARGS...: the expected output per case (scripts/golden/overrides.py)"]
    for case in CASES:
        out.append("== " + " ".join(case))
        out += run(case)
    return "\n".join(out) + "\n"


def main():
    new = expected()
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old != new:
            print(f"{OUT} is stale: run scripts/golden/overrides.py", file=sys.stderr)
            sys.exit(1)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(new)


main()
