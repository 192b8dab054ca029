"""The builtins and methods not covered by a checker of their own, against CPython 3.11:
number builtins and operators on floats and small ints, parsing (int(), float()), containers
and their methods, slicing, padding and splitting, over generated inputs."""
import itertools
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

INTS = ["0", "1", "-1", "7", "-7", "10", "255", "-256", "12345", "True", "False"]
FLOATS = ["0.0", "-0.0", "0.5", "-1.5", "2.5", "1e16", "1e-7", "3.141592653589793", "-2.0", "1e308",
          "float('inf')", "float('-inf')", "float('nan')", "5e-324", "0.1"]
NUMS = INTS + FLOATS
STRS = ["''", "'a'", "'abc'", "' a b '", "'a,b,,c'", "'héllo'", "'中文字'", "'aXbXc'", "'\\t x\\n'", "'--x--'",
        "'ab' * 3", "'A1 b2'"]
LISTS = ["[]", "[1]", "[3, 1, 2]", "[1, 'a', None]", "[[1, 2], [3]]", "[0.5, -1, True]", "[(1, 2), (0, 5)]"]


def number_exprs(rng):
    out = []
    for a, b in itertools.product(NUMS, NUMS):
        for op in ["+", "-", "*", "/", "//", "%", "**", "<", "==", ">="]:
            out.append(f"({a}) {op} ({b})")
        out.append(f"divmod({a}, {b})")
        out.append(f"pow({a}, {b})")
    for a in NUMS:
        out += [f"abs({a})", f"-({a})", f"+({a})", f"int({a})", f"float({a})", f"bool({a})", f"str({a})",
                f"round({a})", f"({a}).is_integer()" if a in FLOATS else f"({a}).bit_length()",
                f"hex({a})", f"oct({a})", f"bin({a})", f"repr({a})", f"({a}) == ({a})", f"[{a}] == [{a}]"]
    for a in NUMS + ["2**64 + 3", "-(2**100)", "2.0**52", "-1.5e-310", "-7.25"]:
        for m in ["bit_length", "bit_count", "as_integer_ratio", "conjugate", "is_integer", "hex"]:
            out.append(f"({a}).{m}()")
    return out


PARSE = ["'12'", "' -3 '", "'+7'", "'1_000'", "'1__0'", "'_1'", "'0x1f'", "'1e3'", "'1.5'", "'.5'", "'5.'",
         "'inf'", "'-Infinity'", "'nan'", "'NaN'", "' 1e-3 '", "'1e'", "''", "' '", "'0b101'", "'0o17'",
         "'1_0.5'", "'1.5_0'", "'infinity'", "'+nan'", "'00'", "'007'", "'9' * 30", "'1e400'", "'-1e-400'",
         "'0x'", "'١٢'", "'\\u00a0 5'"]


def parse_exprs():
    out = []
    for s in PARSE:
        out += [f"int({s})", f"float({s})"]
        for base in [0, 2, 8, 10, 16, 36]:
            out.append(f"int({s}, {base})")
    return out


def string_exprs(rng):
    out = []
    for s in STRS:
        for w in ["0", "3", "8", "-2"]:
            for fill in ["", ", '*'", ", 'é'"]:
                out += [f"({s}).center({w}{fill})", f"({s}).ljust({w}{fill})", f"({s}).rjust({w}{fill})"]
            out.append(f"({s}).zfill({w})")
        for sep in ["", ", None", ", ','", ", 'X'", ", ' '", ", 'ab'"]:
            for mx in ["", ", 0", ", 1", ", -1", ", 2"]:
                if sep == "" and mx:
                    continue
                out += [f"({s}).split({sep[2:]}{mx})", f"({s}).rsplit({sep[2:]}{mx})"]
        for chars in ["", "'-'", "'ab'", "' x\\n'", "None"]:
            out += [f"({s}).strip({chars})", f"({s}).lstrip({chars})", f"({s}).rstrip({chars})"]
        for sep in ["','", "'X'", "'a'", "'zz'"]:
            out += [f"({s}).partition({sep})", f"({s}).rpartition({sep})"]
        out += [f"({s}).removeprefix('a')", f"({s}).removesuffix('c')", f"({s}).replace('a', 'Z')",
                f"({s}).replace('', '.')", f"({s}).replace('a', '', 1)", f"'-'.join({s})", f"len({s})",
                f"({s})[::-1]", f"({s})[1:-1]", f"({s})[::2]", f"({s})[-2]", f"({s}) * 2", f"'a' in ({s})",
                f"ascii({s})", f"repr({s})", f"str({s})", f"sorted({s})", f"list({s})", f"({s}) < 'b'",
                f"({s}).index('a')", f"({s}).rindex('b')", f"({s}).expandtabs()", f"({s}).expandtabs(3)",
                f"(({s}) + '\\t' + ({s}) + '\\n\\t').expandtabs(tabsize=5)", f"('\\t' + ({s})).expandtabs(0)", f"({s}).isascii()"]
    for a, b in itertools.product(["'ab'", "'a'", "''", "'é'", "'b'"], repeat=2):
        out += [f"{a} < {b}", f"{a} + {b}", f"max({a}, {b})", f"{a}.join([{b}, {b}])"]
    out += ["chr(0)", "chr(0x10ffff)", "chr(-1)", "chr(0x110000)", "ord('é')", "ord('ab')", "ord('')",
            "chr(955)", "ascii('é\\u2028\\U0001F600')", "'%s' % [1, 'a']", "str([1.0, 'a', None, (1,)])"]
    return out


def container_exprs(rng):
    out = []
    for xs in LISTS:
        out += [f"len({xs})", f"sorted({xs})", f"list(reversed({xs}))", f"min({xs})", f"max({xs})", f"sum({xs})",
                f"any({xs})", f"all({xs})", f"tuple({xs})", f"list(enumerate({xs}, 1))", f"list(zip({xs}, 'abc'))",
                f"({xs})[1:]", f"({xs})[::-1]", f"({xs}) * 2", f"({xs}) + [9]", f"({xs}).index(1)",
                f"({xs}).count(1)", f"1 in {xs}", f"min({xs}, default=0)", f"max({xs}, key=str)",
                f"sorted({xs}, key=repr, reverse=True)", f"repr({xs})", f"str(tuple({xs}))", f"({xs}) == ({xs})",
                f"({xs}) < [2]", f"dict(enumerate({xs}))", f"list(map(repr, {xs}))", f"list(filter(None, {xs}))"]
    out += ["sum([0.1] * 10)", "sum([1e100, 1.0, -1e100])", "sum([1, 2], 10)", "sum([[1], [2]], [])",
            "sum([0.1, 0.2, 0.3])", "min(3, 1, 2)", "max('b', 'a', key=ord)", "max([], default=None)",
            "min([])", "dict([(1, 2), (3, 4)])", "dict(a=1, b=2)", "{1: 'a', True: 'b', 1.0: 'c'}",
            "{'a': 1}.get('b', 2)", "{'a': 1}.get('a')", "list({'b': 1, 'a': 2})", "{'a': [1]} == {'a': [1]}",
            "sorted({'b': 1, 'a': 2}.items())", "{0: 0, -0.0: 1, False: 2}", "[1, 2, 3][5:1:-1]",
            "[1, 2, 3][-10:10]", "{'a': 1, 'c': 0} | {'a': 2}", "{1: 1} | {True: 2, 1.0: 3}", "{} | []",
            "[3, 1, 2].index(2, 1)", "[3, 1, 2].index(3, 1)", "[1, 2, 1].index(1, -1)", "[1, 2].index(2, 0, 1)",
            "[1, 2].index(1, 2**70)", "(1, 2, 3).index(3, -2, 10)", "[1].index(1, None)", "(1, 2) + (3,)", "(1,) * 3", "[1, [2, (3, {'k': 4.0})]]", "(1, 2) < (1, 2, 0)",
            "[None] * 3", "list(range(10, 0, -3))", "repr(range(0, 10, 2))", "len(range(1, 100, 7))",
            "range(10)[-1]", "list(range(5))[::2]", "isinstance(True, int)", "isinstance(1, float)",
            "isinstance(1.0, (int, float))", "type(1.5)", "type('a')", "type([])", "type(None)",
            "callable(len)", "divmod(-7, 2)", "divmod(7.5, -2)", "pow(2, -1)", "pow(-8, 1/3)", "pow(0.0, -1)",
            "abs(-0.0)", "10 ** -2", "(-2) ** 0.5", "1e308 * 10", "0.1 + 0.2", "1 / 3", "-7 // 2", "-7 % 3",
            "7.0 % -3", "-0.0 % 5", "5 % -0.0", "float('nan') == float('nan')", "1 == 1.0", "True + True",
            "1 is 1.0", "None is None", "[] is []", "not []", "1 < 2 < 3",
            "3 > 2 == 2", "'a' if [] else 'b'", "0 or '' or None", "1 and [2]"]
    return out


EXCEPTIONS = ["ValueError", "KeyError", "IndexError", "TypeError", "Exception", "BaseException", "LookupError",
              "ZeroDivisionError", "AssertionError", "StopIteration", "RuntimeError", "OSError", "UserWarning"]


def exception_exprs():
    """Exception objects' str, repr and args over every argument list, and the class hierarchy."""
    out = []
    args = ["", "'m'", "''", "0", "-1.5", "None", "[1, 'a']", "(1,)", "'a', 2", "'it''s'", "'\\n'", "{'k': 1}"]
    for cls in EXCEPTIONS:
        for a in args:
            out += [f"repr({cls}({a}))", f"str({cls}({a}))", f"{cls}({a}).args", f"[{cls}({a})]"]
        for other in EXCEPTIONS:
            out.append(f"issubclass({cls}, {other})")
            out.append(f"isinstance({cls}('x'), {other})")
        out += [f"repr({cls})", f"{cls}.__name__", f"type({cls}()).__name__"]
    return out


def main(argv):
    cfy = harness.cfy_binary(argv)
    rng = random.Random(11)
    res = []
    for name, exprs in [("numbers and operators", number_exprs(rng)), ("int()/float() parsing", parse_exprs()),
                        ("str methods and slicing", string_exprs(rng)), ("containers", container_exprs(rng)),
                        ("exceptions", exception_exprs())]:
        res.append((name,) + harness.compare_exprs(cfy, name, exprs, show=int(os.environ.get("SHOW", "8"))))
    return harness.report(res)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
