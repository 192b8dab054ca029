#!/usr/bin/env python3
"""Differential check of cfy's str methods, int()/float() text and identifiers against CPython 3.11 (Unicode 14.0).

  python3 scripts/pydiff/strings.py [CFY]

Sections (all inputs enumerated or drawn from a fixed seed; golden values from this CPython only):
  case methods      every code point but surrogates, in chunks of CHUNK: upper, lower, casefold, swapcase,
                    capitalize on the chunk (printing "=" where CPython's result is the chunk itself), and
                    title on the chunk's code points joined by spaces (each one titlecased on its own)
  predicates        the 12 is* predicates (and isidentifier after 'a') per code point in planes 0-1; above,
                    per run of code points CPython answers alike: the run's first and last code point one
                    by one, and the whole run through the predicates, split(), splitlines() and len(repr())
  int/float         every digit (Nd and the other digits) alone, doubled, in "d.d", with Unicode whitespace
                    around and with underscores; random digit/sign/space/underscore text; int() bases
  random strings    title, capitalize, swapcase, lower, upper, casefold, istitle, isupper, islower, split,
                    rsplit, splitlines, strip, lstrip, rstrip on random strings of case-sensitive, case-
                    ignorable, space and line-break code points
  identifiers       every code point that may continue a name and changes under NFKC, in a name assigned
                    as written and read back in CPython's NFKC form
Counts are code points (case methods, predicates) or expressions (the rest).
"""
import contextlib
import io
import random
import sys
import unicodedata

sys.path.insert(0, __import__("os").path.dirname(__file__))
import harness  # noqa: E402

CHUNK = 4096
DENSE_END = 0x20000          # predicates one code point at a time below this (BMP and SMP)
PREDICATES = ["isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower",
              "istitle", "isprintable", "isidentifier", "isascii"]
RUN_CHECKS = ["isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum", "isspace", "isprintable", "isascii"]


def literal(s):
    """A string literal for s: code points as they are (quicker to lex than escapes), except controls,
    line and paragraph separators, quotes and backslashes, which are escaped."""
    out = []
    for ch in s:
        c = ord(ch)
        if c < 0x20 or 0x7F <= c <= 0x9F or c in (0x2028, 0x2029, 0x27, 0x5C):
            out.append("\\x%02x" % c if c < 0x100 else "\\u%04x" % c)
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def chunk_expr(a, b):
    """The code points a..<b but surrogates, as a string literal."""
    return literal("".join(chr(c) for c in range(a, b) if not 0xD800 <= c <= 0xDFFF))


def code_points(a, b):
    return sum(1 for c in range(a, b) if not 0xD800 <= c <= 0xDFFF)


def compare_labelled(cfy, lines):
    """Runs the statement lines (syntax common to Python and cfy) in both; each statement that prints
    is (label, text); returns {label: mismatching printed lines}."""
    src = "\n".join(text for _, text in lines) + "\n"
    labels = [label for label, text in lines if text.startswith("print(")]
    env = {}
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(src, env)
    want = buf.getvalue().split("\n")
    got = harness.run_cfy(cfy, src).split("\n")
    bad = {}
    for i, label in enumerate(labels):
        w = want[i] if i < len(want) else "<missing>"
        g = got[i] if i < len(got) else "<missing>"
        if w != g:
            bad[label] = bad.get(label, 0) + 1
            if sum(bad.values()) <= 10:
                print("  %s MISMATCH at line %d\n    python: %.300r\n    cfy:    %.300r" % (label, i + 1, w, g))
    return bad


def same_or_repr(expr):
    return 'print("=" if %s == s else repr(%s))' % (expr, expr)


def pred_tuple(var):
    return "(" + ", ".join("%s.%s()" % (var, p) for p in PREDICATES) + ', ("a" + %s).isidentifier())' % var


def predicate_runs(lo, hi):
    """(start, end) runs in lo..<hi over which CPython's per-code-point predicate answers are equal."""
    def vector(c):
        ch = chr(c)
        return tuple(getattr(ch, p)() for p in PREDICATES) + (("a" + ch).isidentifier(),
                                                               len(("a" + ch + "a").splitlines()))
    runs = []
    start, last = lo, vector(lo)
    for c in range(lo + 1, hi + 1):
        v = vector(c) if c < hi else None
        if v != last or c % CHUNK == 0:
            runs.append((start, c))
            start, last = c, v
    return runs


def code_point_sections(cfy):
    """Case methods over every code point; predicates per code point below DENSE_END, per run above."""
    lines = []
    runs = predicate_runs(DENSE_END, 0x110000)
    for a in range(0, 0x110000, CHUNK):
        lines.append(("", "s = " + chunk_expr(a, a + CHUNK)))
        for m in ("upper", "lower", "casefold", "swapcase", "capitalize"):
            lines.append((m, same_or_repr("s.%s()" % m)))
        lines.append(("title", same_or_repr('" ".join(s).title().replace(" ", "")')))
        if a < DENSE_END:
            lines.append(("predicates", "print(repr([%s for c in s]))" % pred_tuple("c")))
            continue
        for lo, hi in runs:
            if lo < a or lo >= a + CHUNK:
                continue
            lines.append(("", "t = s[%d:%d]" % (lo - a, hi - a)))
            lines.append(("predicates", "print(repr([%s for c in [t[0], t[-1]]]))" % pred_tuple("c")))
            lines.append(("predicates", "print(repr((%s, len(t.split()), len(t.splitlines()), len(repr(t)), "
                          "('a' + t).islower(), ('A' + t).isupper(), ('a' + t).isidentifier())))"
                          % ", ".join("t.%s()" % p for p in RUN_CHECKS)))
    bad = compare_labelled(cfy, lines)
    total = code_points(0, 0x110000)
    return [("case: " + m, total, bad.get(m, 0), 0)
            for m in ("upper", "lower", "casefold", "swapcase", "capitalize", "title")] + \
           [("predicates: 13 each", total, bad.get("predicates", 0), 0)]


def numbers(cfy):
    exprs = []
    spaces = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and chr(c).isspace()]
    for c in range(0x110000):
        if 0xD800 <= c <= 0xDFFF or not chr(c).isdigit():
            continue
        d = chr(c)
        for text in (d, d + d, d + "_" + d, "_" + d, d + "." + d, "-" + d + "e" + d, " " + d + "\u3000"):
            exprs.append("int(%r)" % text)
            exprs.append("float(%r)" % text)
    rng = random.Random(14)
    digits = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and chr(c).isdecimal()]
    pieces = digits + ["_", ".", "e", "-", "+", "x", "0x", "inf", "nan", "\x1c", "\x85"] + spaces
    for _ in range(800):
        text = "".join(rng.choice(pieces if rng.random() < 0.5 else "0123456789_. e+-") for _ in range(rng.randint(0, 6)))
        exprs.append("int(%r)" % text)
        exprs.append("float(%r)" % text)
    for text in ("0x_1f", "0b_1", "0o17", "0_0", "00", "010", "0x", "1_", "0X1F", " 0b1 "):
        for base in (0, 2, 8, 10, 16, 36):
            exprs.append("int(%r, %d)" % (text, base))
    c, bad, uns = harness.compare_exprs(cfy, "int/float", exprs)
    return [("int()/float() of digit text", c, bad, uns)]


def identifiers(cfy):
    """Every code point that may continue a name and changes under NFKC: a name spelled with it is
    assigned, then read back spelled in CPython's NFKC form."""
    lines = []
    for c in range(0x80, 0x110000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        name = "v_" + chr(c) + "_w"
        if not name.isidentifier():
            continue
        norm = unicodedata.normalize("NFKC", name)
        if norm == name:
            continue
        lines.append("%s = %d" % (name, c))
        lines.append("print(%s)" % norm)
    src = "\n".join(lines) + "\n"
    n, bad, _ = harness.compare_program(cfy, "identifiers", src, src)
    return [("identifiers: NFKC names", len(lines) // 2, bad, 0)]


def random_strings(cfy):
    alphabet = ("aAzZßİıſﬁŉǅǆǄΣσςΐͅ'.·\u00ad\u0301\u0345\u02b0\u1d2c\u2126"
                "Ωω\u1f88\u1fbc\u10d0\u1c90ꭰ\U00010400\U0001e900 \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0"
                "\u2028\u2029\u3000\u200b0١²½漢😀-_")
    rng = random.Random(3110)
    exprs = []
    methods = ["title", "capitalize", "swapcase", "lower", "upper", "casefold", "istitle", "isupper", "islower",
               "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip"]
    for _ in range(700):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        for m in methods:
            exprs.append("%r.%s()" % (s, m))
        exprs.append("%r.splitlines(True)" % s)
        exprs.append("%r.split(None, %d)" % (s, rng.randint(0, 3)))
        exprs.append("%r.rsplit(None, %d)" % (s, rng.randint(0, 3)))
    c, bad, uns = harness.compare_exprs(cfy, "random strings", exprs)
    return [("random strings x 18 methods", c, bad, uns)]


def main(argv):
    cfy = harness.cfy_binary(argv)
    assert unicodedata.unidata_version == "14.0.0", "the reference is CPython 3.11 (Unicode 14.0.0)"
    results = code_point_sections(cfy) + numbers(cfy) + random_strings(cfy) + identifiers(cfy)
    return harness.report(results)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
