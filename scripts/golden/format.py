#!/usr/bin/env python3
"""Writes Tests/Language/strings/format_spec.cfy, format_method.cfy and percent_format.cfy: each line is run
here by CPython 3.11 and its answer (repr, or `error: MESSAGE`) becomes the line's #=> block.

    python3 scripts/golden/format.py          # (re)write the three files
    python3 scripts/golden/format.py --check  # exit 1 if one is stale

Lines that are cfy syntax (a class body in braces) run as the Python in PY_EQUIV.
"""
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
STALE = []
PY_EQUIV = {"class Money {\n    cents: int = 0\n    def __format__(self, spec) { return '$' + format(self.cents / 100, spec or '.2f') }\n}": """
from dataclasses import dataclass
@dataclass
class Money:
    cents: int = 0
    def __format__(self, spec): return "$" + format(self.cents / 100, spec or ".2f")
""","class P(ExperimentArgs) {\n    lr: float = 0.1\n    layers: list = [64, 32]\n}": """
from dataclasses import dataclass, field
@dataclass
class P:
    name: str = 'UNNAMED'
    hash: str = None
    overwrite: bool = False
    hash_representations: dict = field(default_factory=dict)
    lr: float = 0.1
    layers: list = field(default_factory=lambda: [64, 32])
"""}
def gen(path, header, lines):
    env = {}
    out = ["# " + h for h in header]
    for line in lines:
        out.append(line)
        if line in PY_EQUIV:
            exec(PY_EQUIV[line], env); continue
        try:
            code = compile(line, "<t>", "eval")
        except SyntaxError:
            exec(line, env); continue
        try:
            v = eval(code, env)
            if v is not None:
                out.append("#=> " + repr(v))
        except Exception as e:
            msg = str(e)
            out.append("#=> error: " + msg)
    text = "\n".join(out) + "\n"
    full = os.path.join(ROOT, path)
    if "--check" in sys.argv:
        with open(full) as f:
            if f.read() != text:
                STALE.append(path)
    else:
        with open(full, "w") as f:
            f.write(text)

spec = [
 'f"{255:#06x}"', 'f"{1234:08,}"', 'f"{123456789:_x}"', 'f"{123456789:_b}"', 'f"{2.0:#.0f}"', "f\"{float('inf'):.1%}\"",
 'f"{7:<05}|{-7:=05}"', 'f"{True:>5}"', 'format(True, "")', 'format(False, "d")', 'format(True, "s")',
 'format(5, "08.3")', 'format(-0.0, "z")', 'format(-0.0001, "z.2f")', 'format(-0.0001, ".2f")', 'format(5, "z")',
 'format("ab", "z")', 'format(-1234.5, "=+12,.1f")', 'format(1234.5, "*^+14,.2f")', 'format(0.5, ".0f")', 'format(2.5, ".0f")',
 'format(1.5, ".60f")', 'format(0.1, ".30e")', 'format(1e300, ".3e")', 'format(123.0, ".3")', 'format(12.0, ".3")',
 'format(1e16, "")', 'format(1e16, "#")', 'format(0.0001, "g")', 'format(0.00001, "g")', 'format(123456.0, "g")',
 'format(1234567.0, "g")', 'format(1.0, "#g")', 'format(1e-7, ".3G")', "format(float('nan'), 'F')", "format(float('-inf'), '08')",
 'format(65, "c")', 'format(65, "^5c")', 'format(-1, "c")', 'format(65, "+c")', 'format(10**6, "e")', 'format(7, "%")',
 'format(255, "X")', 'format(255, "#X")', 'format(-255, "#o")', 'format(5, "#b")', 'format(1234567, "n")', 'format(1234567, ",n")',
 'format(1234.5, "n")', 'format(5, ".3f")', 'format(5, "s")', 'format(5.0, "d")', 'format("ab", "d")',
 'format("héllo", "^9")', 'format("中文", "*>6")', 'format("abc", ".2")', 'format("ab", "05")', 'format("ab", "=5")',
 'format("ab", "+")', 'format("ab", "#")', 'format("ab", ",")', 'format(None, "")', 'format(None, "s")', 'format([1, 2], "")',
 'format([1], "5")', 'format((1,), ">3")', "format({'a': 1}, 's')", 'format(5, "xx")', 'format(5, ".")', 'format(5, ",_")',
 'format(5, "_n")', 'format(5, ",b")', 'format(5, "_c")', 'format(5, "99999999999999999999")', 'format(1.0, ".2147483648")',
 'format(5, "0<5")', 'format(-5, "x=5")', 'format(5, "=^")', 'format(1234, "08,")', 'format(1234, "09,")', 'format(-1234, "010_")',
 'format(255, "#012_x")', 'format(1.5, "%")', 'format(0.125, ".2f")', 'format(0.375, ".2f")', 'format(9.995, ".2f")',
 'format(5, "\u0661\u0662")', 'format(1.5, "z")', 'format(-0.0, "z.0e")', 'format(-0.0, "+.1f")', 'format(1e22, ",.0f")',
 'format(5, 3)', 'format(5)',
]
fields = [
 "'{0[1]}'.format([1, 2])", "'{0[a]}'.format({'a': 'x'})", "'{0[1]}'.format({1: 'one'})", "'{0[1]}'.format('xyz')",
 "'{:{}}'.format('x', 4)", '"{:{}}".format(5, ">3")', "'{:{}.{}f}'.format(3.14159, 8, 2)", "'{0:{1}}'.format(5, 4)",
 "'{x:{w}.{p}f}'.format(x=2.5, w=7, p=3)", "'{} {}'.format(1, 2)", "'{1} {0}'.format(1, 2)", "'{} {0}'.format(1, 2)",
 "'{0} {}'.format(1, 2)", "'{2}'.format(1, 2)", "'{k}'.format(k=3)", "'{k}'.format(j=3)", "'{0!r:>8}'.format('ab')",
 "'{0!s}'.format([1])", "'{0!a}'.format('é')", "'{0!x}'.format(1)", "'{{}} {{{0}}}'.format(5)", "'{'.format(1)",
 "'}'.format(1)", "'{0'.format(1)", "'{0:'.format(1)", "'{0[}'.format(1)", "'{0[]}'.format([1])", "'{0.}'.format(1)",
 "'{0[0]x}'.format([1])", "'{a{}'.format(1)", "'{0:{1:{2}}}'.format(1, 2, 3)", "'{!r}'.format('q')", "'{0[0][1]}'.format(['ab'])",
 "'{:>{}}|'.format('a', 3)",
 "class P(ExperimentArgs) {\n    lr: float = 0.1\n    layers: list = [64, 32]\n}",
 "x = P(name='base')", "'{0.name}'.format(x)", "'{0.lr:.3f}'.format(x)", "'{0.layers[1]}'.format(x)", "'{a.name!r:>8}'.format(a=x)",
 "'{0:s}'.format(x)",
 "class Money {\n    cents: int = 0\n    def __format__(self, spec) { return '$' + format(self.cents / 100, spec or '.2f') }\n}", "m = Money(12345)", "f'{m}'", "f'{m:,.1f}'", "'{0:>10}|{0}'.format(m)", "format(m, '.0f')",
 "v = 2.5", "w = 8", "f'{v=}'", "f'{v = }'", "f'{v=:>{w}.2f}'", "f'{v=!r}'", "f'{v:{w}.{1}f}'", "f'{\"ab\"!r:^{w}}'",
 "f'{v!s:>6}'", "f'{v:}'", "f'{v=:}'",
]
pct = [
 "'%5s|%5r' % ('ab', 'ab')", "'%+.3d' % 5", "'%#08x' % 255", "'%05s' % 'ab'", "'%c' % 65", "'%c' % 'é'", "'%c' % 'ab'",
 "'%c' % 1.5", "'%c' % 1114112", "'%(name)s' % {'name': 'n'}", "'%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25}", "'%*d|' % (5, 3)",
 "'%-*d|' % (5, 3)", "'%*d|' % (-5, 3)", "'%.*f' % (2, 3.14159)", "'%+ d' % 5", "'% d' % 5", "'%-05d|' % 5", "'%# x' % 255",
 "'%#o' % 8", "'%#X' % 255", "'%#5.3x' % 5", "'%#010x' % -255", "'%x' % 3.0", "'%d' % 3.7", "'%d' % 'a'", "'%f' % 'a'",
 "'%d' % 1e20", "'%i' % -0.0", "'%u' % 5", "'%hd %ld %Lf' % (1, 2, 3.0)", "'%lld' % 5", "'%e' % 0.1", "'%.3E' % 12345.678",
 "'%g' % 1e-5", "'%#g' % 1.0", "'%G' % float('nan')", "'%F' % float('inf')", "'%05f' % float('inf')", "'%r' % 'é'", "'%a' % 'é'",
 "'%.1s' % 'abc'", "'%s' % [1, 2]", "'%s' % (1, 2)", "'%s %s' % (1,)", "'%s' % ((1, 2),)", "'%d' % (1, 2)", "'hi' % 5", "'' % []",
 "'%s %s' % 5", "'%' % ()", "'%5' % 5", "'%(a' % {}", "'%(a)s' % 5", "'%z' % 5", "'%5%' % ()", "'100%%' % ()",
 "'%s' % None", "'%s|%r' % (True, False)", "'%d' % True", "'%*s' % ('a', 'b')",
]
gen("Tests/Language/strings/format_spec.cfy", ["Format specs as CPython 3.11: format(), f-strings (expected output from CPython)."], spec)
gen("Tests/Language/strings/format_method.cfy", ["str.format fields and f-string fields as CPython 3.11 (expected output from CPython)."], fields)
gen("Tests/Language/strings/percent_format.cfy", ["printf-style % formatting as CPython 3.11 (expected output from CPython)."], pct)

if STALE:
    print("stale: " + ", ".join(STALE))
    sys.exit(1)
