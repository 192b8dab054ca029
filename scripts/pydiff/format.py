"""Differential check of cfy's formatting against CPython 3.11: the format-spec mini-language
through format(), str.format and f-strings, str.format's field syntax, and printf-style `%`.

Usage: format.py CFY_BINARY. Inputs are enumerated and sampled with fixed seeds; every expected
value comes from evaluating the same expression in this CPython. Exits 1 on any mismatch.
"""
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import cfy_binary, compare_exprs, report  # noqa: E402

INTS = ["0", "1", "-1", "7", "-7", "42", "255", "-255", "1234", "1234567", "-1234567", "65", "10**12",
        "9223372036854775807", "-9223372036854775807", "1114111", "1114112", "0x1F600"]
FLOATS = ["0.0", "-0.0", "0.5", "2.5", "-2.5", "1.5", "0.125", "0.375", "1e16", "1.5e-7", "123.456",
          "-123.456", "float('inf')", "float('-inf')", "float('nan')", "1e300", "-1e300", "0.1", "1.0",
          "-2.675", "9.995", "5e-324", "1.7976931348623157e308", "123456789.0", "1e22", "2.0**53",
          "1e-5", "0.0001", "99999.5", "-0.00001", "1234567.891", "3.0", "1e100", "0.5e-300", "999999.5",
          "0.000099995", "1e15", "12345678901234567890.0", "-0.004"]
STRS = ["''", "'ab'", "'héllo'", "'中文字'", "'a\\u0301'", "'😀x'", "'x'", "'longer string'"]
BOOLS = ["True", "False"]
OTHERS = ["None", "[1, 2]", "(1,)", "{'a': 1}"]

FILLS = ["", "", "", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0>", "0^", "0=", "é^", "中>", "x=",
         " <", "=>", "😀^", ":>", "!<"]
SIGNS = ["", "", "+", "-", " "]
ZS = ["", "", "", "z"]
ALTS = ["", "", "#"]
ZEROS = ["", "", "0"]
WIDTHS = ["", "", "1", "5", "8", "12", "20"]
GROUPS = ["", "", "", ",", "_"]
PRECS = ["", "", "", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".30", ".60"]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "s"]
STR_TYPES = ["", "", "s", "d"]


def spec_for(rng, types):
    return (rng.choice(FILLS) + rng.choice(SIGNS) + rng.choice(ZS) + rng.choice(ALTS) + rng.choice(ZEROS)
            + rng.choice(WIDTHS) + rng.choice(GROUPS) + rng.choice(PRECS) + rng.choice(types))


def spec_cases(rng, n, brace_safe):
    """(value expression, spec) pairs over every value family."""
    out = []
    while len(out) < n:
        r = rng.random()
        if r < 0.4:
            v, s = rng.choice(INTS), spec_for(rng, INT_TYPES)
        elif r < 0.8:
            v, s = rng.choice(FLOATS), spec_for(rng, FLOAT_TYPES)
        elif r < 0.92:
            v, s = rng.choice(STRS), spec_for(rng, STR_TYPES)
        elif r < 0.97:
            v, s = rng.choice(BOOLS), spec_for(rng, INT_TYPES)
        else:
            v, s = rng.choice(OTHERS), rng.choice(["", "s", ">5", "d"])
        if brace_safe and any(c in s for c in "{}'\"\\"):
            continue
        out.append((v, s))
    return out


def fixed_specs():
    """The enumerated corner cases: every type with each single feature."""
    cases = []
    for v in INTS + BOOLS:
        for t in INT_TYPES:
            for s in ["", "#", "+", " ", "z", "08", "<08", "=8", "^9", ",", "_", "#010_", ".2", "*^+#12_"]:
                cases.append((v, s + t))
    for v in FLOATS:
        for t in FLOAT_TYPES:
            for s in ["", "#", "+", "z", "010", ",", "_", ".0", ".1", "#.0", ".3", "z.1", ".17", "#.30", ".60",
                      "012,.2", "=+15_.4", "^20.5"]:
                cases.append((v, s + t))
    for v in STRS + OTHERS:
        for s in ["", "s", "5", "<5", ">5", "^6", "05", "=5", "+", "#", "z", ".1", ".0", "x^9.2", ",", "d"]:
            cases.append((v, s))
    for s in ["xx", "<<5", ".", "5.", ",_", "_,", "99999999999999999999", ".99999999999999999999",
              "\u0661\u0662", "0\u0662", "10.2147483648", "=^"]:
        cases.append(("5", s))
        cases.append(("5.0", s))
    return cases


def field_cases():
    """str.format field syntax: (template, args) pairs."""
    templates = ["{}", "{0}", "{1}", "{0}{1}", "{}{}", "{0}{}", "{}{0}", "{0[1]}", "{0[0]}", "{0[0][0]}",
                 "{k}", "{k[0]}", "{k[a]}", "{0!r}", "{0!s}", "{0!a}", "{0!r:>10}", "{!r}", "{0!x}", "{0!}",
                 "{0!rr}", "{", "}", "{0", "{0:", "{0[}", "{0[0]x}", "{0[]}", "{0.}", "{a{}", "{{}}", "{{0}}",
                 "a{{b", "}}x", "{:{}}", "{0:{1}}", "{0:{1}.{2}}", "{:{}.{}}", "{0:{1:{2}}}", "{0:{}}",
                 "{:>{}}", "{00}", "{0:}", "{ 0}", "{0 }", "{k!r:^{w}}", "{\u0660}", "{0[-1]}", "{k[0]:x<3}",
                 "{:{}}{}", "{:x}}", "{0:{{}}}", "{0:%}", "{0:,}"]
    argsets = ["['ab', 1]", "5, 3, ''", "'xyz', 8, 2", "1.5, 10, 3", "{'a': 1, 0: 'z'}, 4"]
    out = []
    for t in templates:
        for a in argsets:
            out.append("%r.format(%s, k={'a': 'A', 0: 'zero'} if False else 'kw', w=7)" % (t, a))
            out.append("%r.format(%s, k={'a': 'A'})" % (t, a))
    return out


PCT_FLAGS = ["", "", "-", "+", " ", "#", "0", "-0", "+0", "+ ", "# ", "#0", "-+", "0-", " #0", "+#-0 "]
PCT_WIDTHS = ["", "", "1", "6", "12", "*"]
PCT_PRECS = ["", "", ".", ".0", ".2", ".5", ".*", ".20"]
PCT_LENGTHS = ["", "", "", "", "h", "l", "L", "ll"]
PCT_CONVS = list("diouxXeEfFgGcrsa") + ["%", "z", "y"]


def pct_value(rng, conv):
    r = rng.random()
    if conv in "diouxX":
        pool = INTS + BOOLS if r < 0.7 else FLOATS if r < 0.95 else STRS
    elif conv in "eEfFgG":
        pool = FLOATS if r < 0.7 else INTS + BOOLS if r < 0.95 else STRS
    elif conv == "c":
        pool = ["65", "0x1F600", "1114112", "-1", "'x'", "'é'", "'ab'", "1.5", "True"]
    else:
        pool = INTS + FLOATS + STRS + BOOLS + OTHERS
    return rng.choice(pool)


def pct_cases(rng, n):
    out = []
    while len(out) < n:
        conv = rng.choice(PCT_CONVS)
        width, prec = rng.choice(PCT_WIDTHS), rng.choice(PCT_PRECS)
        fmt = "%" + rng.choice(PCT_FLAGS) + width + prec + rng.choice(PCT_LENGTHS) + conv
        args = []
        if width == "*":
            args.append(rng.choice(["5", "-5", "0", "12", "'3'"]))
        if prec == ".*":
            args.append(rng.choice(["2", "-1", "0", "7"]))
        args.append(pct_value(rng, conv))
        r = rng.random()
        if r < 0.1 and "*" not in width + prec:
            two = fmt.replace("%", "%(k)", 1) + "|" + fmt.replace("%", "%(j)", 1)
            out.append("%r %% {'k': %s, 'j': %s}" % (two, args[-1], pct_value(rng, conv)))
        elif r < 0.2 and len(args) == 1:
            out.append("%r %% %s" % ("<" + fmt + ">", args[0]))
        elif r < 0.25:
            out.append("%r %% (%s)" % (fmt + "|" + fmt, ", ".join(args + args)))
        else:
            out.append("%r %% (%s,)" % (fmt, ", ".join(args)))
    return out


def pct_fixed():
    return ["'%5s|%5r' % ('ab', 'ab')", "'%+.3d' % 5", "'%#08x' % 255", "'%05s' % 'ab'", "'%c' % 65",
            "'%(name)s' % {'name': 'n'}", "'%*d' % (5, 3)", "'%+ d' % 5", "'%-05d' % 5", "'%# x' % 255",
            "'%s' % [1, 2]", "'' % [1]", "'hi' % 5", "'%s %s' % 5", "'%' % ()", "'%5' % 5", "'%(a' % {}",
            "'%(a)s %s' % {'a': 1}", "'%s' % ()", "'%s' % ((),)", "'%s' % {'a': 1}", "'%((a))s' % {'(a)': 2}",
            "'%(a)s' % [1]", "'%(a)s' % 5", "'%%' % ()", "'%%%s' % 1", "'%5%' % ()", "'%-*d|' % (-5, 3)",
            "'%.*s' % (-3, 'abc')", "'%*s' % ('a', 'b')", "'%d' % 10**18", "'%x' % -255", "'%#X' % -255",
            "'%.0f' % 0.5", "'%.0f' % 1.5", "'%.2f' % 0.125", "'%.3e' % 0.0", "'%g' % 1e-5", "'%#g' % 1.0",
            "'%d' % 1e20", "'%d' % -1.5e19", "'%i' % -0.0", "'%d' % float('inf')", "'%d' % float('nan')",
            "'%c' % 0x110000", "'%c' % 'ab'", "'%r' % 'é'", "'%a' % 'é'", "'%10.3a' % '中'", "'%s' % None",
            "'%s' % True", "'%d' % True", "'%f' % False", "'%(x)d' % {'x': True}", "'%s%%' % 50"]


def fstring_cases():
    setup = ["x = 3.14159", "n = 255", "w = 10", "p = 3", "s = 'héllo'", "neg = -0.0", "t = True", "u = None",
             "lst = [1, 'a']"]
    exprs = ['f"{x=}"', 'f"{x = }"', 'f"{x=:>12.3f}"', 'f"{x=!s}"', 'f"{x=!r:^20}"', 'f"{s=}"', 'f"{s = !s}"',
             'f"{x:{w}.{p}f}"', 'f"{n:#0{w}x}"', 'f"{n:{w}}"', 'f"{s!r:>{w}}"', 'f"{s!a}"', 'f"{s:^{w}}|"',
             'f"{neg:z.2f}"', 'f"{neg:.2f}"', 'f"{t}"', 'f"{t:>5}"', 'f"{t:d}"', 'f"{u}"', 'f"{u!r:>6}"',
             'f"{{x}}"', 'f"{{{x}}}"', 'f"{x:}"', 'f"{x=:}"', 'f"{lst}"', 'f"{lst[1]!r}"', 'f"{lst!r:>12}"',
             'f"{n:_b}"', 'f"{n:,}"', 'f"{n * 1000:,}"', 'f"{x:%}"', 'f"{x:.1%}"', 'f"{-n:=+10}"',
             'f"{n:c}"', 'f"{s:.2}"', 'f"{x:e}" f"{n:o}"', 'f"{x:{\'>\'}{w}}"', 'f"{n!s:>{w}}"',
             'f"{u:>5}"', 'f"{lst:5}"', 'f"{x:{w}.{p}{\'e\'}}"']
    return setup, exprs


def float_digit_cases(rng, n):
    """Exact digits: random doubles (every exponent) at every precision of e, f, g, %, none."""
    out = []
    while len(out) < n:
        d = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if d != d or d in (float("inf"), float("-inf")):
            continue
        if rng.random() < 0.5:      # mostly magnitudes where f output stays short
            d = float(repr(d)[:rng.randint(3, 19)].rstrip("e-+.") or "0") if "e" not in repr(d) else d
            d = d * 10.0 ** rng.randint(-12, 12) if abs(d) < 1e290 else d
        t = rng.choice(["e", "f", "g", "G", "%", "", "E"])
        p = rng.choice([0, 1, 2, 3, 5, 8, 12, 15, 16, 17, 18, 20, 25, 30, 40, 60, 100])
        if t in "f%" and abs(d) > 1e30:
            p = min(p, 5)
        out.append("format(%r, %r)" % (d, ".%d%s" % (p, t) if rng.random() < 0.9 else "#.%d%s" % (p, t)))
    return out


def template_fuzz(rng, n):
    """Random str.format templates and % strings built from the grammar's pieces (mostly invalid)."""
    toks = ["{", "}", "{{", "}}", "0", "1", "2", "k", "[0]", "[a]", "[1]", "!r", "!s", "!a", "!", ":", ">5", "{}",
            "{0}", "{1}", "x", " ", ".", "^{}", ",", "d", "s", "[", "]", "{k}"]
    pct = ["%", "s", "d", "(k)", "(a)", "5", ".", "*", "-", "0", "#", "x", " ", "r", "%%", "c", "f"]
    out = []
    for _ in range(n):
        t = "".join(rng.choice(toks) for _ in range(rng.randint(1, 7)))
        out.append("%r.format('ab', [1, 2], 3, k={'a': 7})" % t)
        f = "".join(rng.choice(pct) for _ in range(rng.randint(1, 6)))
        out.append("%r %% {'k': 3, 'a': 'z'}" % f)
        out.append("%r %% (1, 2.5, 'q')" % f)
    return out


def main():
    cfy = cfy_binary(sys.argv)
    rng = random.Random(311)
    results = []

    fixed = fixed_specs()
    sampled = spec_cases(rng, 14000, brace_safe=False)
    exprs = ["format(%s, %r)" % (v, s) for v, s in fixed + sampled]
    results.append(("format()",) + compare_exprs(cfy, "format()", exprs))
    results.append(("float digits",) + compare_exprs(cfy, "float digits", float_digit_cases(rng, 6000)))

    safe = [c for c in fixed[::2] if not any(ch in c[1] for ch in "{}'\"\\")] + spec_cases(rng, 6000, brace_safe=True)
    exprs = ["'{:%s}'.format(%s)" % (s, v) for v, s in safe]
    exprs += ["'{0:%s}|{1!r:%s}'.format(%s, %s)" % (s, s2, v, v2)
              for (v, s), (v2, s2) in zip(spec_cases(rng, 2000, True), spec_cases(rng, 2000, True))]
    results.append(("str.format specs",) + compare_exprs(cfy, "str.format specs", exprs))

    # cfy (as Python 3.12) allows a backslash inside an f-string's expression, 3.11 does not.
    exprs = ['f"{(%s):%s}"' % (v, s) for v, s in safe if "\\" not in v]
    results.append(("f-string specs",) + compare_exprs(cfy, "f-string specs", exprs))

    results.append(("str.format fields",) + compare_exprs(cfy, "str.format fields", field_cases()))
    results.append(("template fuzz",) + compare_exprs(cfy, "template fuzz", template_fuzz(rng, 1500)))
    setup, exprs = fstring_cases()
    results.append(("f-string fields",) + compare_exprs(cfy, "f-string fields", exprs, setup=setup))

    exprs = pct_fixed() + pct_cases(rng, 10000)
    results.append(("printf %",) + compare_exprs(cfy, "printf %", exprs))

    total = sum(r[1] for r in results)
    code = report(results)
    print("%-28s %9d compared" % ("total", total))
    return code


if __name__ == "__main__":
    sys.exit(main())
