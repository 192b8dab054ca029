"""Computed values for the parity generator: expressions whose value comes from a builtin, a
method or a format spec (issue 10's constructs), written once and valid in both languages.

A computed value is an ordinary value node (VStr, VInt, VFloat, VList, VBool) whose `text` is
the expression instead of a literal; its Python-side value is what CPython 3.11 computes for
that text (eval here, at generation time), so the rest of the generator (hash-function
predicates, edits) sees the right kind of value. The expression then runs again in the
generated program, under curifactory and under cfy, and feeds a field's repr and the hash.

Families: format specs (format(), str.format, f-strings), printf-style `%`, Unicode string
methods and predicates at Unicode 14.0, unbounded integers, nan in containers and sorting,
range slicing, search methods with start/end, pow/round. Every expression is checked in
CPython here; one that raises is dropped and another drawn.
"""

import math

from .values import VBool, VFloat, VInt, VList, VNone, VStr, VTuple

# Strings with a story at Unicode 14.0 (case mappings, titlecase digraphs, final sigma,
# full case folding, Unicode digits, line boundaries, characters assigned after 14.0).
TEXTS = [
    "they're", "ǆemal", "ß", "µſß", "ƛɤ", "ΣΑΣ ΟΔΟΣ", "ﬁx ﬂow", "İstanbul", "ǅ", "ῼ", "ﬀ",
    "hello world", "Hello World", "a\tb c", "x\ny\r\nz\x0bw\x0cv\x1cu\x1dt\x1es\x85r\u2028q\u2029p",
    "١٢٣", "²³", "½", "Ⅻ", "٣.٥", "  lr=0.1  ", "MiXeD cAsE 123", "ǈǉǊ", "ΐ", "ŉ", "\u1e9e",
    "\U0001F600 smile", "abc\u0301", "iris.csv", "knn", "ꭓ", "\u0345", "A\u0345", "ᾳ", "Ⓐⓑ",
    "\u2160x", "ꟈ", "\U00016e40", "\u1c89", "", " ", "a_b-c.d", "0x1f", "ο\u0345",
]
STR_METHODS = ["upper", "lower", "title", "capitalize", "casefold", "swapcase", "strip",
               "lstrip", "rstrip", "isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum",
               "isupper", "islower", "istitle", "isspace", "isidentifier", "isprintable"]

FMT_INTS = [0, 7, -7, 255, -255, 1234, 1234567, -1234567, 2**31, 10**15, 2**64 + 1, -(2**70), True]
FMT_FLOATS = ["0.0", "-0.0", "0.5", "2.5", "2.0", "1e16", "1.5e-07", "123.456", "-9876.54321",
              'float("inf")', 'float("-inf")', 'float("nan")', "1e300", "0.1", "1/3"]
FMT_STRS = ['"ab"', '"héllo"', '"中文"', '""', '"x y"']

BIG = ["2**64", "2**100", "-(2**127)", "10**30 + 7", "3**90", "-0x8000000000000000",
       "0xffffffffffffffffff", "2**63", "-(2**63) - 1", "7 * 11**25", "int('9' * 40)"]


def _spec(rng, kind):
    """A random format spec for a value of kind 'int', 'float' or 'str'."""
    out = ""
    if rng.random() < 0.4:
        if rng.random() < 0.4:
            out += rng.choice("*0x-_ .é")
        out += rng.choice("<>^=" if kind != "str" else "<>^")
    if kind != "str" and rng.random() < 0.35:
        out += rng.choice("+- ")
    if kind == "float" and rng.random() < 0.1:
        out += "z"
    if kind != "str" and rng.random() < 0.2:
        out += "#"
    if kind != "str" and rng.random() < 0.2:
        out += "0"
    if rng.random() < 0.5:
        out += str(rng.choice([1, 3, 5, 8, 12, 20]))
    if kind != "str" and rng.random() < 0.25:
        out += rng.choice(",_")
    if kind != "int" and rng.random() < 0.45 or kind == "int" and rng.random() < 0.05:
        out += "." + str(rng.choice([0, 1, 2, 3, 6, 10, 17, 25]))
    types = {"int": "bcdoxXneEfFgG%", "float": "eEfFgGn%", "str": "s"}[kind]
    if rng.random() < 0.75:
        out += rng.choice(types)
    return out


def _fmt_expr(rng):
    kind = rng.choice(["int", "int", "float", "float", "str"])
    val = str(rng.choice(FMT_INTS)) if kind == "int" else rng.choice(FMT_FLOATS if kind == "float" else FMT_STRS)
    spec = _spec(rng, kind)
    form = rng.random()
    if form < 0.35:
        return f'format({val}, "{spec}")'
    if form < 0.7:
        return f'"<{{:{spec}}}>".format({val})'
    return f'f"[{{{val}:{spec}}}]"'


def _fmt_field_expr(rng):
    return rng.choice([
        '"{0[1]}-{0[0]}".format([3, 4])', '"{a[k]}".format(a={"k": 5})', '"{:{}}".format("x", 4)',
        '"{:{}}".format(5, ">3")', '"{0!r:>8}|{1!s:^7}".format("a", 2.5)', '"{!a}".format("é中")',
        '"{:{w}.{p}f}".format(3.14159, w=9, p=2)', '"{{}}{}".format(1)', '"{0}{1}{0}".format("x", "y")',
        'f"{2**70:_x}"', 'f"{-7:=05}|{7:<05}"', 'f"{255:#06x}"', 'f"{1234:08,}"', 'f"{2.0:#.0f}"',
        'f"{True:>5}"', 'f"{float(\'inf\'):.1%}"', 'f"{123456789:_x}"', 'f"{-0.0:z.2f}"',
        'f"{[1, 2]!r:>10}"', 'f"{\'ab\'!r:^9}"', 'format(2**80, ",")', 'format(-2**65, "#b")[:20]',
    ])


def _pct_expr(rng):
    flags = "".join(rng.sample("#0- +", rng.randint(0, 3)))
    width = rng.choice(["", "5", "8", "*"])
    prec = rng.choice(["", "", ".0", ".3", ".*"])
    conv = rng.choice("diouxXeEfFgGcrsa")
    args = []
    if width == "*":
        args.append(str(rng.choice([6, -6, 3])))
    if prec == ".*":
        args.append(str(rng.choice([0, 2, 4])))
    if conv in "diouxX":
        args.append(str(rng.choice([5, -42, 255, 2**70, 0, True])))
    elif conv in "eEfFgG":
        args.append(rng.choice(["3.14159", "-0.0", "1e20", 'float("nan")', "7", "2.5e-8"]))
    elif conv == "c":
        args.append(rng.choice(["65", '"é"', "0x4e2d"]))
    else:
        args.append(rng.choice(['"ab"', "[1, 'x']", "None", "2.5", '"中"', "(1,)"]))
    fmt = f"%{flags}{width}{prec}{conv}"
    if rng.random() < 0.3:
        return f'"<{fmt}|%%|%s>" % ({", ".join(args)}, "t")'
    if len(args) == 1 and rng.random() < 0.5 and not args[0].startswith(("(", "[")):
        return f'"<{fmt}>" % {args[0]}'
    return f'"<{fmt}>" % ({", ".join(args)},)'


def _pct_named(rng):
    return rng.choice(['"%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25}', '"%(k)r" % {"k": "é"}',
                       '"%c%c" % (72, "i")', '"%-6d|%+ d|%# x" % (5, 3, 255)', '"%5s|%5r" % ("ab", "ab")',
                       '"%+.3d" % 5', '"%#08x" % 255', '"%05s" % "ab"', '"%*.*f" % (9, 2, 3.14159)',
                       '"%x" % 2**80', '"%d%%" % 50'])


def _str_method_expr(rng):
    s = repr(rng.choice(TEXTS))
    r = rng.random()
    if r < 0.6:
        return f"{s}.{rng.choice(STR_METHODS)}()"
    if r < 0.7:
        return f"{s}.splitlines({rng.choice(['True', 'False', ''])})"
    if r < 0.8:
        return f"{s}.split()"
    if r < 0.9:
        m = rng.choice(["find", "rfind", "count", "startswith", "endswith"])
        sub = repr(rng.choice(["a", "", "l", "o", "σ", "ab"]))
        args = [sub] + [str(rng.randint(-4, 6)) for _ in range(rng.randint(0, 2))]
        return f"{s}.{m}({', '.join(args)})"
    return rng.choice(["int('١٢٣')", "float('١.٥')", "int(' ٣ ')", "float(' 1_0.5 ')",
                       "int('1_000')", "'\u00b5'.upper()", "'abc'.replace('', '-')",
                       "'aaaa'.replace('a', 'b', 10**18)", "'aaaa'.replace('a', 'b', -1)"])


def _int_expr(rng):
    a, b = rng.choice(BIG), rng.choice(BIG + ["3", "-5", "17"])
    op = rng.choice(["+", "-", "*", "//", "%", "&", "|", "^"])
    r = rng.random()
    if r < 0.2:
        v = rng.randint(-(2**rng.randint(64, 300)), 2**rng.randint(64, 300))
        return rng.choice([str(v), ("-" if v < 0 else "") + hex(abs(v)), "{:_}".format(v)])
    if r < 0.5:
        return f"({a}) {op} ({b})"
    if r < 0.6:
        return f"({a}) >> {rng.randint(0, 70)}"
    if r < 0.7:
        return f"({a}) << {rng.randint(0, 70)}"
    if r < 0.8:
        return f"pow({rng.randint(2, 99)}, {rng.choice([4, 100, 2**70, -1])}, {rng.choice([5, 97, 2**61 - 1])})"
    if r < 0.9:
        return f"round({a}, {rng.randint(-25, 2)})"
    return f"-({a})"


def _float_expr(rng):
    x = rng.choice(["1234567.891", "2.675", "1e22 + 12345", "-987654321.5", "0.5", "1.5", "2.5e15",
                    "123456789012345678.0", "5e-324", "1.7976931348623157e308"])
    r = rng.random()
    if r < 0.7:
        return f"round({x}, {rng.randint(-20, 3)})"
    if r < 0.85:
        return f"float({rng.choice(BIG[:5])})"
    return f"({rng.choice(BIG[:5])}) / {rng.choice(['3', '7', '2**65', '10**20'])}"


def _list_expr(rng):
    nums = [rng.choice(["1", "-2", "3.5", "0.0", "-0.0", "7", "2**64", "n"]) for _ in range(rng.randint(2, 9))]
    body = "[" + ", ".join(nums) + "]"
    r = rng.random()
    if r < 0.4:
        rev = rng.choice(["", ", reverse=True"])
        return f'(lambda n: sorted({body}{rev}))(float("nan"))'
    if r < 0.55:
        return f'(lambda n: [n in {body}, {body} == {body}, {body}.count(n)])(float("nan"))'
    if r < 0.7:
        return f'(lambda n: [max({body}), min({body})])(float("nan"))'
    if r < 0.85:
        a, b, c = rng.randint(-12, 12), rng.randint(-12, 12), rng.choice([1, 2, 3, -1, -2])
        return f"list(range({a}, {b}, {c})[{rng.randint(-5, 5)}:{rng.randint(-5, 8)}:{rng.choice([1, 2, -1])}])"
    return rng.choice(['[repr(range(5)[1:3]), repr(range(10)[::-2])]', 'list({float("nan"): 1, float("nan"): 2}.values())',
                       '"a\\r\\nb\\x1cc\\u2028d".splitlines(True)', '"ǆ-x ǈy".title().split()'])


FAMILIES = {
    "str": [(_fmt_expr, 30), (_fmt_field_expr, 8), (_pct_expr, 20), (_pct_named, 6), (_str_method_expr, 30)],
    "int": [(_int_expr, 1)],
    "float": [(_float_expr, 1)],
    "list": [(_list_expr, 1)],
}


def _node(value, text, feat):
    """A value node for a Python value computed from `text`, or None when the generator's model
    has no node for its type."""
    feats = ("computed", "computed:" + feat)
    if isinstance(value, bool):
        n = VBool(value)
    elif isinstance(value, int):
        return VInt(value, text, feats)
    elif isinstance(value, float):
        return VFloat(value, text, feats)
    elif isinstance(value, str):
        return VStr(value, text, feats)
    elif isinstance(value, list) and all(isinstance(x, (bool, int, float, str)) for x in value):
        n = VList([_lit(x) for x in value])
    else:
        return None
    n.text, n.feats = text, n.feats + feats
    return n


def _lit(x):
    if isinstance(x, bool):
        return VBool(x)
    if isinstance(x, int):
        return VInt(x, repr(x))
    if isinstance(x, float):
        return VFloat(x, repr(x) if math.isfinite(x) else f'float("{x}")')
    return VStr(x, repr(x))


def computed_value(rng, t):
    """A computed value node for field type t ('int', 'float', 'str', 'list', 'any'), or None."""
    if t == "any":
        t = rng.choice(["str", "str", "int", "float", "list"])
    fams = FAMILIES.get(t)
    if not fams:
        return None
    for _ in range(20):
        fn = rng.choices([f for f, _ in fams], [w for _, w in fams])[0]
        text = fn(rng)
        try:
            value = eval(text, {})  # noqa: S307 - our own generated text
        except Exception:  # noqa: BLE001 - an expression CPython rejects is drawn again
            continue
        if isinstance(value, str) and len(value) > 200:
            continue
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**300:
            continue
        node = _node(value, text, fn.__name__.strip("_"))
        if node is not None and (t != "int" or isinstance(node, VInt)) and \
                (t != "float" or isinstance(node, VFloat)) and (t != "str" or isinstance(node, VStr)) and \
                (t != "list" or isinstance(node, VList)):
            return node
    return None


__all__ = ["computed_value", "VNone", "VTuple"]
