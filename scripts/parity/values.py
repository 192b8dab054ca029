"""Value model for the parity generator: literals and containers that render to
source text valid in both Python and cfy.

Every value is built once as a node holding the text it renders to (the random
choices of literal style are made at construction) plus the facts the generator
needs to keep the program valid (is it None, does it hold a callable, ...).
Expression syntax is shared by both languages, so one text serves both.
"""

import math
import struct
import unicodedata

# --------------------------------------------------------------------------
# value nodes


class V:
    """Base value node. `text` is the source text; `feats` are tally labels."""

    text = ""
    feats = ()

    def children(self):
        return []

    def has_callable(self):
        return any(c.has_callable() for c in self.children())


class VNone(V):
    text = "None"
    feats = ("none",)


class VBool(V):
    def __init__(self, b):
        self.b = b
        self.text = "True" if b else "False"
        self.feats = ("bool",)


class VInt(V):
    def __init__(self, v, text, feats=()):
        self.v, self.text, self.feats = v, text, ("int",) + tuple(feats)


class VFloat(V):
    def __init__(self, v, text, feats=()):
        self.v, self.text, self.feats = v, text, ("float",) + tuple(feats)


class VStr(V):
    def __init__(self, s, text, feats=()):
        self.s, self.text, self.feats = s, text, ("str",) + tuple(feats)


class VList(V):
    def __init__(self, items, feats=()):
        self.items = list(items)
        self.text = "[" + ", ".join(i.text for i in self.items) + "]"
        self.feats = ("list",) + tuple(feats)

    def children(self):
        return self.items


class VTuple(V):
    def __init__(self, items, feats=()):
        self.items = list(items)
        if len(self.items) == 1:
            self.text = "(" + self.items[0].text + ",)"
            feats = tuple(feats) + ("tuple_single",)
        else:
            self.text = "(" + ", ".join(i.text for i in self.items) + ")"
            if not self.items:
                feats = tuple(feats) + ("tuple_empty",)
        self.feats = ("tuple",) + tuple(feats)

    def children(self):
        return self.items


class VDict(V):
    def __init__(self, pairs, feats=()):
        self.pairs = list(pairs)
        self.text = "{" + ", ".join(f"{k.text}: {v.text}" for k, v in self.pairs) + "}"
        self.feats = ("dict",) + tuple(feats)

    def children(self):
        return [x for kv in self.pairs for x in kv]


class VCall(V):
    """A callable value: a name from the prelude, a call returning a nested
    function, an inline lambda or a builtin."""

    def __init__(self, text, label, inline=False):
        self.text, self.inline = text, inline
        self.feats = ("callable", "callable:" + label)

    def has_callable(self):
        return True


class VInst(V):
    """A dataclass instance. `given` is what the source text passes; `vals` is
    every field's resolved value (defaults filled in), used for later edits."""

    def __init__(self, cls, given, vals, text, feats=()):
        self.cls, self.given, self.vals, self.text = cls, given, vals, text
        self.feats = ("instance",) + tuple(feats)

    def children(self):
        return list(self.vals.values())

    def emitted_children(self):
        return [v for _, v in self.given]


def walk_emitted(v):
    """Every node that appears in the source text of v (not resolved defaults)."""
    yield v
    kids = v.emitted_children() if isinstance(v, VInst) else v.children()
    for c in kids:
        yield from walk_emitted(c)


# --------------------------------------------------------------------------
# literal text

PY_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}

# code points with a story: (char, tally label)
CHAR_POOL = [
    ("é", "nonascii"), ("ü", "nonascii"), ("ß", "casefold"), ("İ", "casefold"),
    ("Σ", "casefold"), ("ς", "casefold"), ("ﬁ", "casefold"), ("ñ", "nonascii"),
    ("中", "cjk"), ("文", "cjk"), ("ア", "cjk"), ("한", "cjk"), ("€", "nonascii"),
    ("Ω", "nonascii"), ("א", "rtl"), ("ي", "rtl"),
    ("\U0001F600", "emoji"), ("\U0001F916", "emoji"), ("\U0001F44D", "emoji"),
    ("\U0001F3FD", "emoji"), ("\U0001F1FA", "emoji"), ("\U0001F1F8", "emoji"),
    ("\u0301", "combining"), ("\u0308", "combining"), ("\u20dd", "combining"),
    ("\u200b", "zwsp"), ("\u200b", "zwsp"), ("\u200d", "format_char"), ("\u200e", "format_char"),
    ("\ufeff", "format_char"), ("\xad", "format_char"),
    ("\u2028", "line_sep"), ("\u2029", "line_sep"), ("\x85", "line_sep"),
    ("\xa0", "space_sep"), ("\u3000", "space_sep"),
    ("\ufffd", "nonascii"), ("\ue000", "private_use"), ("\U0010ffff", "noncharacter"),
    ("\u0378", "unassigned"),
    # unassigned in Unicode 14 (CPython 3.11) but assigned in 15.0/15.1
    ("\U0001FAE8", "unassigned14"), ("\U00031350", "unassigned14"),
    ("\U0001F6DC", "unassigned14"), ("\u0CF3", "unassigned14"),
    ("\U0001E030", "unassigned14"), ("\U00011F00", "unassigned14"),
    ("\U0002EBF0", "unassigned14"), ("\u2FFC", "unassigned14"),
]
CONTROL_POOL = ["\n", "\r", "\t", "\0", "\x07", "\x7f", "\x1b", "\x01", "\x1f", "\x1c"]
ASCII_PRINTABLE = [chr(c) for c in range(0x20, 0x7F)]
WORDS = ["iris", "knn", "relu", "adam", "sgd", "data.csv", "run", "base", "x", "", "a b",
         "0", "1.5", "None", "True", "lr=0.1", "mnist", "v2"]


def _hex_escape(cp, rng):
    digits = "0123456789ABCDEF" if rng.random() < 0.3 else "0123456789abcdef"

    def h(n, width):
        out = []
        for _ in range(width):
            out.append(digits[n & 15])
            n >>= 4
        return "".join(reversed(out))

    if cp < 0x100 and rng.random() < 0.7:
        return "\\x" + h(cp, 2), "esc_x"
    if cp < 0x10000 and rng.random() < 0.8:
        return "\\u" + h(cp, 4), "esc_u"
    return "\\U" + h(cp, 8), "esc_U"


def str_literal(s, rng):
    """Source text for the string s, using only escapes both languages share:
    \\\\ \\' \\" \\n \\r \\t \\0 \\xNN \\uNNNN \\UNNNNNNNN."""
    has_sq, has_dq = "'" in s, '"' in s
    if has_sq and not has_dq:
        q = '"' if rng.random() < 0.7 else "'"
    elif has_dq and not has_sq:
        q = "'" if rng.random() < 0.7 else '"'
    else:
        q = rng.choice("'\"")
    feats = set()
    out = []
    for i, ch in enumerate(s):
        cp = ord(ch)
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if ch == q:
            out.append("\\" + ch)
            feats.add("esc_quote")
        elif ch in "'\"":
            out.append("\\" + ch if rng.random() < 0.2 else ch)
        elif ch in PY_ESCAPES:
            out.append(PY_ESCAPES[ch])
            feats.add("backslash" if ch == "\\" else "esc_named")
        elif ch == "\0":
            # `\0` followed by an octal digit would read as an octal escape in Python
            if nxt and nxt in "01234567" or rng.random() < 0.3:
                out.append(_hex_escape(0, rng)[0])
            else:
                out.append("\\0")
            feats.add("esc_nul")
        elif cp < 0x20 or cp == 0x7F:
            e, lab = _hex_escape(cp, rng)
            out.append(e)
            feats.add(lab)
        elif cp < 0x7F:
            out.append(ch)
        else:
            label = unicodedata.category(ch)
            raw_ok = ch.isprintable() or (label == "Cn" and cp > 0xFFFF)
            if raw_ok and rng.random() < 0.6:
                out.append(ch)
                feats.add("raw_nonascii")
            else:
                e, lab = _hex_escape(cp, rng)
                out.append(e)
                feats.add(lab)
    return q + "".join(out) + q, tuple(sorted(feats))


def random_string(rng, printable_only=False, max_len=8):
    """A random string mixing plain words, ASCII, controls and the char pool."""
    r = rng.random()
    if r < 0.25:
        s = rng.choice(WORDS)
        labels = set()
    else:
        n = rng.randint(0, max_len)
        chars, labels = [], set()
        for _ in range(n):
            k = rng.random()
            if k < 0.45:
                chars.append(rng.choice(ASCII_PRINTABLE))
            elif k < 0.58:
                chars.append(rng.choice("'\"\\"))
            elif k < 0.68 and not printable_only:
                chars.append(rng.choice(CONTROL_POOL))
                labels.add("control")
            else:
                ch, lab = rng.choice(CHAR_POOL)
                if printable_only and not ch.isprintable():
                    ch, lab = "é", "nonascii"
                chars.append(ch)
                labels.add(lab)
        s = "".join(chars)
    if "'" in s and '"' in s:
        labels.add("both_quotes")
    if "\\" in s:
        labels.add("backslash")
    return s, labels


def make_str(rng, s=None, printable_only=False):
    labels = set()
    if s is None:
        s, labels = random_string(rng, printable_only)
    text, esc = str_literal(s, rng)
    return VStr(s, text, tuple("str:" + x for x in sorted(labels | set(esc))))


# --------------------------------------------------------------------------
# numbers

INT_EDGES = [0, 1, -1, 7, 42, -42, 255, 1000, 2**31 - 1, -(2**31), 2**32, 2**53 + 1,
             2**62, 2**63 - 1, -(2**63 - 1), 10**18, -(10**18)]


def int_text(v, rng):
    a = abs(v)
    r = rng.random()
    style = "dec"
    if r < 0.08:
        body, style = ("0x%x" if rng.random() < 0.5 else "0X%X") % a, "hex"
    elif r < 0.11:
        body, style = "0o%o" % a, "oct"
    elif r < 0.14 and a < 2**16:
        body, style = "0b{:b}".format(a), "bin"
    elif r < 0.2 and a >= 1000:
        body, style = "{:_}".format(a), "underscore"
    else:
        body = str(a)
    return ("-" + body if v < 0 else body), style


def make_int(rng, lo=None, hi=None):
    r = rng.random()
    if lo is not None:
        v = rng.randint(lo, hi)
    elif r < 0.3:
        v = rng.choice(INT_EDGES)
    elif r < 0.7:
        v = rng.randint(-100, 1000)
    else:
        bits = rng.randint(1, 63)
        v = rng.randint(-(2**bits - 1), 2**bits - 1)
    text, style = int_text(v, rng)
    feats = ["int:" + style]
    if v < 0:
        feats.append("int:negative")
    if abs(v) > 2**53:
        feats.append("int:large")
    return VInt(v, text, feats)


FLOAT_EDGES = [0.1, 1e-05, 1e16, 1.2345678901234568e17, -0.0, 5e-324, 1.7976931348623157e308,
               9007199254740993.0, 123456789012345.6, 0.0, 1.0, -1.5, 2.5, 0.30000000000000004,
               1e22, 1e23, 1e-07, 0.0001, 1e15, 9999999999999998.0, 2.2250738585072014e-308,
               -1e-300, 3.141592653589793, 100.0, 0.5, 1e300]
SPECIAL_FLOATS = [("inf", 'float("inf")'), ("-inf", 'float("-inf")'), ("nan", 'float("nan")')]


def float_text(x, rng):
    """Literal text for a finite float: repr, or now and then another spelling
    Python reads as the same value."""
    r = repr(x)
    k = rng.random()
    if k < 0.06:
        return "%.17e" % x, "float:alt_exp"
    if k < 0.09 and "e" in r:
        return r.replace("e", "E"), "float:alt_exp"
    if k < 0.11 and r.startswith("0.") and len(r) > 2:
        return r[1:], "float:alt_leading_dot"
    return r, None


def make_float(rng):
    r = rng.random()
    feats = []
    if r < 0.06:
        name, text = rng.choice(SPECIAL_FLOATS)
        return VFloat(float(name), text, ["float:" + name])
    if r < 0.45:
        x = rng.choice(FLOAT_EDGES)
        feats.append("float:edge")
    elif r < 0.65:
        while True:
            x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
            if math.isfinite(x):
                break
        feats.append("float:random_bits")
    elif r < 0.8:
        x = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    else:
        x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
    if x == 0 and math.copysign(1, x) < 0:
        feats.append("float:neg_zero")
    if x != 0 and abs(x) < 2.2250738585072014e-308:
        feats.append("float:subnormal")
    text, alt = float_text(x, rng)
    if alt:
        feats.append(alt)
    return VFloat(x, text, feats)
