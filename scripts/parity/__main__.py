#!/usr/bin/env python3
"""Differential test of cfy against real curifactory 0.13.2.

Generates one program holding --count random args sets, emitted from one model
as Python (dataclasses subclassing curifactory.ExperimentArgs) and as cfy, runs
each once, and compares stdout line by line. Each args set prints 3 lines:
    NAME HASH        print(x.name, x.args_hash())
    {dry dict}       print(x.args_hash(dry=True))
    Cls(name=...)    print(repr(x))
Run through scripts/check-parity, which provides the venv (python -m parity, with scripts/ on
the path); see --help.

Readings of LANGUAGE.md that the generated cfy relies on (the most
Python-like reading wherever the contract is silent):
  * A lambda written inside a def has qualname `f.<locals>.<lambda>`, and a
    def nested two levels `deep.<locals>.mid.<locals>.leaf`, as in Python.
    No lambda is ever written directly in a class body (Python would call it
    `Cls.<lambda>`); class bodies use names defined at top level.
  * repr of a function is Python's without the address: `<function f_top>`,
    `<function outer.<locals>.inner>`, `<function <lambda>>`; a builtin is
    `<built-in function len>`, a type `<class 'int'>`. The Python side deletes
    ` at 0x...` from repr(x) lines only (dry dicts never hold a function repr).
  * A plain class may declare `hash_representations: dict = set_hash_functions(...)`
    as a field; it is blacklisted in its dry dict and never shown in its repr.
  * set_hash_functions accepts a positional dict before keyword arguments
    (curifactory merges them), and keys naming no field are accepted silently.
  * A class body may be empty (`class X(Y) {}`) and may put several statements
    on one line separated by `;`; blocks are written `if c {` ... `} elif d {`
    ... `} else {` ... `}`, and a one-line block `for v in vs { show(v) }`.
  * Lambdas may have no parameters (`lambda: None`); f-string fields may hold
    subscripts and slices (`f"{n}:{s[-3:]}"`).
  * Int literals may be written 0x/0X/0o/0b/with underscores; float literals as
    `1.00000000000000000e-01`, `1E+16` or `.5`; strings use only the escapes the
    contract lists, with `\\0` never followed by an octal digit.
  * A field typed `float` given an int keeps the int (a warning on stderr).
  * Positional constructor arguments are used for plain classes (field order)
    and, for ExperimentArgs subclasses, only for the first field, `name`.
  * A root `class A(ExperimentArgs)` may re-set `name = ...`, `overwrite = ...`
    or `hash = ...` (inherited from ExperimentArgs); `hash_representations=...`
    passed to a constructor replaces the class's dict for that instance, and
    `set_hash_functions(hash_representations=None)` is a (blacklisted) key.
  * Source text is read by Unicode scalars: a raw combining mark may follow a
    quote (`'\u0301'` written raw), and raw astral characters unassigned in
    Unicode 14 appear inside literals.
  * grid(base, k=[...]) returns a list named `{base.name}_k=str(v)` per axis in
    itertools.product order; a `range(n)` axis is accepted.
  * `x.f.g = v` on a nested dataclass field updates x's own copy only, and
    `x.hash_representations["k"] = fn` changes x only (value semantics).
  * Python's `1 == True == 1.0` dict-key collapse, str.upper()/lower()/strip()
    with full Unicode case mapping and whitespace, slicing by code points,
    int / int correctly rounded, float % and // with Python's signs.
"""

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from .gen import ProgramGen  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LINES_PER_SET = 3
MAX_REPORTED = 10


def parse_args(argv):
    p = argparse.ArgumentParser(prog="scripts/check-parity", description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--count", type=int, default=2000, help="args sets to generate (default 2000)")
    p.add_argument("--keep", metavar="DIR", help="write prog.py/prog.cfy/outputs here and keep them")
    p.add_argument("--stats", action="store_true", help="print how often each feature was generated")
    p.add_argument("--python-only", action="store_true",
                   help="generate and run only the Python side (checks the generator)")
    p.add_argument("--no-exprs", action="store_true",
                   help="no computed values, big ints or __post_init__ (the generator before issue 10)")
    p.add_argument("--python-front-end", action="store_true",
                   help="cfy runs the Python form (prog_front.py: prog.py without the address-stripping "
                        "of repr lines, which cfy never prints) instead of prog.cfy")
    p.add_argument("--convert", action="store_true",
                   help="cfy converts the Python form (`cfy convert prog_front.py -o prog_conv.cfy`) and runs "
                        "the .cfy it wrote (the reverse of export: issue 13's cfy convert)")
    p.add_argument("--timeout", type=float, default=900, help="seconds per program run")
    return p.parse_args(argv)


def cfy_command():
    cfy = os.environ.get("CFY")
    if cfy:
        return shlex.split(cfy)
    return [os.path.join(REPO, "scripts", "run")]


def run(cmd, out_dir, tag, timeout):
    """Run cmd, saving stdout/stderr to out_dir/TAG.out and TAG.err."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0")
    try:
        proc = subprocess.run(cmd, cwd=out_dir, env=env, capture_output=True, timeout=timeout)
        out, err, code = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as e:
        out, err, code = e.stdout or b"", (e.stderr or b"") + b"\n[parity: timed out]\n", -1
    except OSError as e:
        out, err, code = b"", f"[parity: cannot run {cmd[0]}: {e}]\n".encode(), -1
    with open(os.path.join(out_dir, tag + ".out"), "wb") as f:
        f.write(out)
    with open(os.path.join(out_dir, tag + ".err"), "wb") as f:
        f.write(err)
    return out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), code


def lines_of(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def set_report(gen, index):
    """The cfy source that made args set #index: its group's classes, the
    group's earlier statements (replace() bases), then its own statement."""
    group, k = gen.sets[index]
    classes, stmts = gen.groups[group]
    out = [f"--- cfy source of group {group}:", classes]
    out += stmts[:k]
    out += [f"--- args set #{index} comes from:", stmts[k]]
    return "\n".join(out)


def first_difference(w, c, width=60):
    """Excerpts of both lines around the first column where they differ."""
    col = next((i for i, (a, b) in enumerate(zip(w, c)) if a != b), min(len(w), len(c)))
    lo = max(0, col - width // 2)
    return col, w[lo:col + width // 2], c[lo:col + width // 2]


def compare(gen, want, got):
    """List of (line index, python line, cfy line) that differ."""
    diffs = []
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else "<no line>"
        c = got[i] if i < len(got) else "<no line>"
        if w != c:
            diffs.append((i, w, c))
    return diffs


STRATEGIES = [
    ("blacklist", "'SKIPPED: blacklist'"),
    ("set to None in hash_representations", "'SKIPPED: set to None in hash_representations'"),
    ("hash_representations function called", "(param_set, param_set."),
    ("value is None", "'SKIPPED: value is None'"),
    ("nested dataclass", "'get_parameters_hash_values(param_set, "),
    ("callable: value.__qualname__", "'value.__qualname__'"),
    ("repr(param_set.NAME)", "'repr(param_set."),
]


def print_stats(gen):
    print("feature tally (what the generator wrote):")
    width = max(len(k) for k in gen.tally)
    for k in sorted(gen.tally):
        print(f"  {k:<{width}}  {gen.tally[k]}")


def print_strategy_stats(lines):
    """How often each hashing strategy shows up in the Python dry dicts."""
    dry = lines[1::LINES_PER_SET]
    print("hashing strategies in the dry dicts (what curifactory did, nested levels included):")
    for label, needle in STRATEGIES:
        print(f"  {label:<40}  {sum(line.count(needle) for line in dry)}")


def main(argv):
    args = parse_args(argv)
    python = sys.executable
    gen = ProgramGen(args.seed, args.count, exprs=not args.no_exprs)
    cfy_src, py_src = gen.generate()
    out_dir = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="cfy-parity-")
    os.makedirs(out_dir, exist_ok=True)
    front_src = py_src.replace('print(_ADDRESS.sub(">", repr(x)))', "print(repr(x))")
    for name, text in (("prog.cfy", cfy_src), ("prog.py", py_src), ("prog_front.py", front_src)):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(text)
    if args.stats:
        print_stats(gen)
    ok = check(gen, args, python, out_dir)
    if ok and not args.keep:
        shutil.rmtree(out_dir, ignore_errors=True)
    elif not ok:
        print(f"parity: files kept in {out_dir}")
    return 0 if ok else 1


def check(gen, args, python, out_dir):
    expected = len(gen.sets) * LINES_PER_SET
    py_out, py_err, py_code = run([python, "prog.py"], out_dir, "python", args.timeout)
    want = lines_of(py_out)
    if py_code != 0 or len(want) != expected:
        print(f"parity: the Python side failed (exit {py_code}, {len(want)} of {expected} lines); "
              "this is a generator bug")
        print(py_err[-3000:])
        if len(want) < expected:
            print(set_report(gen, len(want) // LINES_PER_SET))
        return False
    if args.stats:
        print_strategy_stats(want)
    if args.python_only:
        print(f"parity: python side ok: {len(gen.sets)} args sets, {expected} lines")
        return True
    cmd = cfy_command() + ["run", "prog_front.py" if args.python_front_end else "prog.cfy"]
    if not os.environ.get("CFY") and not os.path.exists(cmd[0]):
        print(f"parity: {cmd[0]} does not exist; set CFY to the cfy binary")
        return False
    if args.convert:
        conv = cfy_command() + ["convert", "prog_front.py", "-o", "prog_conv.cfy"]
        _, conv_err, conv_code = run(conv, out_dir, "convert", args.timeout)
        if conv_code != 0:
            print(f"parity: `{' '.join(conv)}` exited {conv_code}")
            print(conv_err[-4000:].rstrip())
            return False
        cmd = cfy_command() + ["run", "prog_conv.cfy"]
    cfy_out, cfy_err, cfy_code = run(cmd, out_dir, "cfy", args.timeout)
    got = lines_of(cfy_out)
    diffs = compare(gen, want, got)
    if cfy_code != 0:
        print(f"parity: `{' '.join(cmd)}` exited {cfy_code} after {len(got)} of {expected} lines")
        print("--- cfy stderr (tail):")
        print(cfy_err[-4000:].rstrip())
        first = diffs[0][0] if diffs else len(got)
        print(f"--- first line that differs or is missing: line {first + 1}")
        if first < expected:
            print(set_report(gen, first // LINES_PER_SET))
        return False
    if not diffs:
        print(f"parity: {len(gen.sets)} args sets, {expected} lines compared, 0 mismatches")
        return True
    shown_sets = set()
    print(f"parity: {len(diffs)} mismatching lines in "
          f"{len({d[0] // LINES_PER_SET for d in diffs})} of {len(gen.sets)} args sets")
    for i, w, c in diffs[:MAX_REPORTED]:
        k = i // LINES_PER_SET
        print(f"\n=== line {i + 1} (args set #{k}, output line {i % LINES_PER_SET + 1} of 3)")
        if k not in shown_sets:
            shown_sets.add(k)
            print(set_report(gen, k))
        print(f"--- python: {w}")
        print(f"--- cfy:    {c}")
        col, wx, cx = first_difference(w, c)
        print(f"--- first difference at column {col + 1}:\n      python: ...{wx}...\n      cfy:    ...{cx}...")
    if cfy_err.strip():
        print("--- cfy stderr (head):")
        print(cfy_err[:2000].rstrip())
    print(f"\nparity: {len(gen.sets)} args sets, {expected} lines compared, "
          f"{len(diffs)} mismatches")
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
