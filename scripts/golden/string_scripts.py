#!/usr/bin/env python3
"""Writes the str-method script tests (Tests/Language/strings/string_*.cfy) with CPython 3.11's answers.

Each test line is an expression valid in both Python and cfy; its `#=> ` block is repr(eval(line)) in
this CPython (Unicode 14.0), never typed by hand. Run: python3 scripts/golden/string_scripts.py
"""
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "Tests/Language/strings"

FILES = {
    "string_case.cfy": ("str case methods at Unicode 14.0, as CPython 3.11 (full mappings, final sigma)", [
        '"they\'re".title()', "'ǆemal'.title()", "'ǅEMAL'.swapcase()", "'ß'.capitalize()", "'ßx'.title()",
        "'µſß'.casefold()", "'ƛɤ'.upper()", "'ﬁﬂ'.upper()", "'İ'.lower()", "'ŉ'.title()", "'ΐ'.upper()",
        "'ΑΣ'.lower()", "'ΑΣ Σ'.lower()", "'ΑΣ.'.lower()", "'Α\\u0301Σ\\u0301'.lower()", "'ΑΣΑ'.lower()",
        "'ΑΣ'.swapcase()", "'ΑΣ ΑΣ'.title()", "'ΑΣ'.capitalize()", "'ᾈ'.lower()", "'ᾈ'.upper()", "'ᾀ'.title()",
        "'hello wORLD 3rd'.title()", "'a1b2'.title()", "'ǉ'.capitalize()", "'\\u0345'.upper()",
        "'\\U00010428'.upper()", "'Ꭰ'.casefold()", "'ꭰ'.upper()", "'\\u1c90'.lower()", "'ǰ'.upper()",
    ]),
    "string_predicates.cfy": ("str.is* predicates as CPython 3.11 defines them (Unicode 14.0)", [
        "'²'.isdecimal()", "'²'.isdigit()", "'½'.isdigit()", "'½'.isnumeric()", "'١٢٣'.isdecimal()",
        "'漢'.isnumeric()", "'一'.isnumeric()", "'Ⅻ'.isalpha()", "'Ⅻ'.isnumeric()", "'ǅ'.istitle()",
        "'ǅ'.isupper()", "'ǅ'.islower()", "'Abc Def'.istitle()", "'ABC'.isupper()", "'ª'.islower()",
        "'ʰ'.islower()", "'Ⓐ'.isupper()", "'Ⓐ'.isalpha()", "'\\u1c90'.isupper()", "'a\\u0301'.isalpha()",
        "'\\x1c\\x1f\\x85\\xa0\\u3000'.isspace()", "'\\u200b'.isspace()", "'\\u180e'.isspace()",
        "'x²'.isalnum()", "'ﬁx'.isidentifier()", "'℘'.isidentifier()", "'1a'.isidentifier()",
        "'a·'.isidentifier()", "'\\u00b7a'.isidentifier()", "'é'.isascii()", "''.isascii()",
        "'\\U0001fae7'.isprintable()", "'\\u0378'.isprintable()", "'\\xad'.isprintable()", "' '.isprintable()",
        "'\\U0001f979'.isprintable()", "'\\U0001fae7'", "'\\u2028'",
    ]),
    "string_split.cfy": ("splitlines, split and strip on Python's line boundaries and whitespace", [
        "'a\\nb\\r\\nc\\rd\\x0be\\x0cf\\x1cg\\x1dh\\x1ei\\x85j\\u2028k\\u2029l'.splitlines()",
        "'a\\r\\nb\\n\\nc\\x85'.splitlines(True)", "'a\\r\\nb'.splitlines(keepends=True)", "''.splitlines()",
        "'\\n'.splitlines()", "'a\\x1fb'.splitlines()", "' a\\u3000b\\x1cc\\x85 '.split()",
        "'a b  c '.split(None, 1)", "'  a b  c'.rsplit(None, 1)", "' a b '.split(None, 0)",
        "'\\x1fa\\xa0'.strip()", "'\\u2000a\\u200b'.strip()", "'\\x1ca\\x1c'.lstrip()", "'\\x1ca\\x1c'.rstrip()",
    ]),
    "string_numbers.cfy": ("int() and float() of Unicode decimal digits and whitespace", [
        "int('١٢٣')", "float('١.٥')", "int(' ٣ ')", "int('\\u3000٣\\x85')", "int('١_٢')", "float('١e٣')",
        "float('١_٢.5')", "int('𝟘𝟙')", "int('꧐')", "int('0x_1f', 16)", "int('0_0', 0)", "int('0b_1', 0)",
        "float('\\u2028 1.5\\xa0')", "float('5.')", "float('.5')", "float('-iNF')", "float('1e1_0')",
    ]),
}


def render(title, exprs):
    out = ["# %s. Expected output from CPython %s (unicodedata %s)," % (title, sys.version.split()[0],
                                                                     unicodedata.unidata_version),
           "# written by scripts/golden/string_scripts.py."]
    for e in exprs:
        out.append(e)
        out.append("#=> " + repr(eval(e)))
    return "\n".join(out) + "\n"


def main():
    assert unicodedata.unidata_version == "14.0.0"
    for name, (title, exprs) in FILES.items():
        (ROOT / name).write_text(render(title, exprs), encoding="utf-8")
        print("wrote", ROOT / name)


if __name__ == "__main__":
    main()
