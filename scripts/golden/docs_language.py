#!/usr/bin/env python3
"""Checks the `#=>` lines of docs/language.md's ```cfy examples against CPython 3.11 and
curifactory 0.13.2: each statement runs here (as itself when it is Python, else as its Python
form in PY_EQUIV) and what it prints and echoes (repr), or `error: MESSAGE`, must be the lines
shown. `cfy test docs/language.md` checks the same lines against cfy (scripts/check-docs).

    .venv/bin/python scripts/golden/docs_language.py          # show each statement and Python's answer
    .venv/bin/python scripts/golden/docs_language.py --check  # exit 1 if a shown line is not Python's

Lines where cfy differs from Python on purpose are in DIFFERS, with the reason; a block whose
errors are located diagnostics (`#=> error: LINE:COL: ...`) is cfy's own format and is skipped.
"""
import contextlib
import io
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DOC = os.path.join(ROOT, "docs", "language.md")

PRELUDE = """
from dataclasses import dataclass, field, replace, asdict, fields
from curifactory import ExperimentArgs, set_hash_functions
"""

# cfy statements (braces) and their Python form.
PY_EQUIV = {
    'class Data {                          # a plain dataclass, usable as a field\n    path: str = "iris.csv"\n    test_size: float = 0.25\n}': """
@dataclass
class Data:
    path: str = "iris.csv"
    test_size: float = 0.25
""",
    'class Args(ExperimentArgs) {          # ExperimentArgs is built in\n    seed: int = 0\n    lr: float = 0.001\n    layers: list = [64, 64]\n    data: Data = Data()\n    extra: int = None                 # a new param defaulting to None keeps old hashes\n    hash_representations = set_hash_functions(gpus=None, model=lambda self, v: v.lower())\n}': """
@dataclass
class Args(ExperimentArgs):
    seed: int = 0
    lr: float = 0.001
    layers: list = field(default_factory=lambda: [64, 64])
    data: Data = field(default_factory=Data)
    extra: int = None
    hash_representations: dict = set_hash_functions(gpus=None, model=lambda self, v: v.lower())
""",
    "class Deep(Args) { depth: int = 3; seed = 7 }   # parent fields first; `seed = 7` re-sets a default": """
@dataclass
class Deep(Args):
    seed: int = 7
    depth: int = 3
""",
    'for i, c in enumerate("ab") { if i == 0 { print(c) } elif c == "b" { print(c * 2) } else { pass } }': """
for i, c in enumerate("ab"):
    if i == 0:
        print(c)
    elif c == "b":
        print(c * 2)
    else:
        pass
""",
    "while n > 0 { n -= 1; if n == 3 { break } }": """
while n > 0:
    n -= 1
    if n == 3:
        break
""",
    "def f(a, b=1, *rest, **kw) { return [a, b, rest, kw] }": "def f(a, b=1, *rest, **kw): return [a, b, rest, kw]",
    "def count() { global n; n += 1; return n }": """
def count():
    global n
    n += 1
    return n
""",
    "def g() { print(y); y = 1 }": """
def g():
    print(y)
    y = 1
""",
    "class ConfigError(ValueError) { pass }": "class ConfigError(ValueError): pass",
    'def check(lr) { if lr <= 0 { raise ConfigError(f"lr must be positive, got {lr}") }; return lr }': """
def check(lr):
    if lr <= 0:
        raise ConfigError(f"lr must be positive, got {lr}")
    return lr
""",
    'try { check(-1.0) } except ValueError as e { print(repr(e), e.args, type(e).__name__) } else { print("ok") } finally { print("done") }': """
try:
    check(-1.0)
except ValueError as e:
    print(repr(e), e.args, type(e).__name__)
else:
    print("ok")
finally:
    print("done")
""",
    'try { {"a": 1}["b"] } except (KeyError, IndexError) as e { print(str(e), e.args) }': """
try:
    {"a": 1}["b"]
except (KeyError, IndexError) as e:
    print(str(e), e.args)
""",
    "class Args(ExperimentArgs) { lr: float = 0.1; seed: int = 0; gpus: int = 1; hash_representations = set_hash_functions(gpus=None) }": """
@dataclass
class Args(ExperimentArgs):
    lr: float = 0.1
    seed: int = 0
    gpus: int = 1
    hash_representations: dict = set_hash_functions(gpus=None)
""",
    "class Args(ExperimentArgs) { seed: int = 0; lr: float = 0.001 }": """
@dataclass
class Args(ExperimentArgs):
    seed: int = 0
    lr: float = 0.001
""",
    'def seed_set(args, n=5) {\n    return [replace(args, name=f"{args.name}_seed{i}", seed=i) for i in range(n)]\n}': """
def seed_set(args, n=5):
    return [replace(args, name=f"{args.name}_seed{i}", seed=i) for i in range(n)]
""",
    "def get_params() { return seed_set(base, 3) + [fast] }": "def get_params(): return seed_set(base, 3) + [fast]",
}

# Where cfy differs from Python on purpose (docs/language.md says so): not checked here.
DIFFERS = {
    "a, b": "value semantics: assignment copies in cfy",
    'list({"relu", "tanh"})': "cfy refuses to guess the order of a set of strings (PYTHONHASHSEED)",
    "Args(lrr=0.1)": "cfy's own words for an unknown field (a did-you-mean)",
    'Args(seed="one")': "cfy checks a field's type; Python's dataclass does not",
    'assert 1 > 2, "one is not more than two"': "cfy's message names the failed assert",
    '[a.name for a in grid(base, lr=[0.1, 0.01], seed=range(2))]': "grid() is cfy's (itertools.product with names)",
}


def blocks(text):
    """The ```cfy blocks of a Markdown file: lists of (line number, line)."""
    out, cur = [], None
    for n, line in enumerate(text.split("\n"), 1):
        if cur is None:
            if line.strip() == "```cfy":
                cur = []
        elif line.strip() == "```":
            out.append(cur)
            cur = None
        else:
            cur.append((n, line))
    return out


def statements(block):
    """(first line number, statement text, expected lines): a statement runs until its braces close."""
    out, text, first, depth = [], [], 0, 0
    for n, line in block:
        if line.startswith("#=>") and depth == 0:
            if out and not text:
                out[-1][2].append(line[4:] if line.startswith("#=> ") else "")
            continue
        if not text:
            first = n
        text.append(line)
        depth += line.count("{") - line.count("}")
        if depth <= 0:
            depth = 0
            out.append((first, "\n".join(text), []))
            text = []
    return out


def run(ns, code):
    """What running `code` in `ns` prints and echoes, as lines, or with `error: ...` last."""
    buf = io.StringIO()
    lines = []
    try:
        with contextlib.redirect_stdout(buf):
            try:
                compiled = compile(code, "<doc>", "eval")
            except SyntaxError:
                exec(compile(code, "<doc>", "exec"), ns)
            else:
                value = eval(compiled, ns)
                if value is not None:
                    print(repr(value))
    except Exception as e:  # the error a test shows
        lines = buf.getvalue().splitlines() + [("error", e)]
        return lines
    return buf.getvalue().splitlines()


def matches(expected, got):
    if len(expected) != len(got):
        return False
    for e, g in zip(expected, got):
        if isinstance(g, tuple):
            err = g[1]
            if e not in (f"error: {err}", f"error: {type(err).__name__}: {err}"):
                return False
        elif e != g:
            return False
    return True


def shown(got):
    return [f"error: {type(g[1]).__name__}: {g[1]}" if isinstance(g, tuple) else g for g in got]


def main():
    check = "--check" in sys.argv[1:]
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    checked = skipped = 0
    bad = []
    for block in blocks(text):
        if any(re.match(r"#=> error: \d+:\d+: ", line) for _, line in block):
            skipped += len(statements(block))
            continue
        ns = {}
        exec(PRELUDE, ns)
        for line, stmt, expected in statements(block):
            if stmt.strip() in DIFFERS:
                skipped += 1
                continue
            code = PY_EQUIV.get(stmt, stmt)
            try:
                compile(code, "<doc>", "exec")
            except SyntaxError:
                bad.append(f"docs/language.md:{line}: no Python form for this cfy statement (add it to PY_EQUIV): {stmt!r}")
                break
            got = run(ns, code)
            checked += 1
            if not check:
                print(f"{line}: {stmt.splitlines()[0]}\n    " + "\n    ".join(shown(got) or ["(nothing)"]))
            if not matches(expected, got):
                bad.append(f"docs/language.md:{line}: shown {expected}, Python gives {shown(got)}")
    for b in bad:
        print(b)
    print(f"docs/language.md: {checked} statements checked against Python, {skipped} cfy-only or located, {len(bad)} wrong")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
