"""Differential testing of cfy against CPython 3.11: the same text run by both, compared line by line.

Two forms, both deterministic (inputs come from the caller, golden values only from this CPython):

  compare_exprs(cfy, name, exprs, setup=[])
      Each expression (valid in both Python and cfy) is evaluated on its own. CPython's answer is
      repr(value) or "<error ExcName>"; cfy must print the same repr, or fail too (cfy's error kinds
      are not compared: an error where Python raises is right, a value where Python raises or a
      different value is a mismatch, an error where Python gives a value is counted as "unsupported").

  compare_program(cfy, name, cfy_src, py_src)
      Two programs that print one line per case; the outputs must be identical.

Both return (compared, mismatches, unsupported) and print at most `show` mismatches.
"""
import os
import subprocess
import sys

MARK = "\x1e@@"   # a line cfy prints after each expression: its answer (if any) comes before it


def python_answer(expr, env):
    try:
        return repr(eval(expr, env))
    except Exception as e:  # noqa: BLE001 - any Python error is an answer: "cfy must fail too"
        return "<error %s>" % type(e).__name__


def run_cfy(cfy, src, timeout=600):
    p = subprocess.run([cfy], input=src.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout)
    return p.stdout.decode("utf-8", "surrogateescape")


def compare_exprs(cfy, name, exprs, setup=(), show=10):
    env = {}
    for line in setup:
        exec(line, env)
    want = [python_answer(e, env) for e in exprs]
    lines = list(setup)
    for e in exprs:
        lines.append("print(repr(%s))" % e)
        lines.append("print(%r)" % MARK)
    out = run_cfy(cfy, "\n".join(lines) + "\n")
    got, cur = [], []
    for line in out.split("\n"):
        if line == MARK:
            got.append("\n".join(cur) if cur else None)
            cur = []
        else:
            cur.append(line)
    compared = mismatches = unsupported = 0
    for i, e in enumerate(exprs):
        g = got[i] if i < len(got) else "<cfy stopped>"
        w = want[i]
        compared += 1
        if w.startswith("<error "):
            ok = g is None
        elif g is None:
            unsupported += 1
            ok = True
            if unsupported <= show:
                print("  %s: cfy fails where Python gives a value: %s -> %s" % (name, e, w))
            continue
        else:
            ok = g == w
        if not ok:
            mismatches += 1
            if mismatches <= show:
                print("  %s MISMATCH: %s\n    python: %s\n    cfy:    %s" % (name, e, w, g))
    return compared, mismatches, unsupported


def compare_program(cfy, name, cfy_src, py_src, show=10):
    env = {}
    import io
    import contextlib
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(py_src, env)
    want = buf.getvalue().split("\n")
    got = run_cfy(cfy, cfy_src).split("\n")
    mismatches = 0
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else "<missing>"
        g = got[i] if i < len(got) else "<missing>"
        if w != g:
            mismatches += 1
            if mismatches <= show:
                print("  %s MISMATCH at line %d\n    python: %r\n    cfy:    %r" % (name, i + 1, w, g))
    return len(want), mismatches, 0


def report(results):
    """results: list of (name, compared, mismatches, unsupported). Prints a table; exit code."""
    bad = 0
    for name, c, m, u in results:
        print("%-28s %9d compared  %6d mismatches  %6d unsupported" % (name, c, m, u))
        bad += m
    return 1 if bad else 0


def cfy_binary(argv):
    if len(argv) > 1:
        return argv[1]
    return os.environ.get("CFY") or os.path.join(os.path.dirname(__file__), "..", "run")
