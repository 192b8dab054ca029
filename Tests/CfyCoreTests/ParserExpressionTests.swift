// The parser on expressions: precedence, postfix forms, comprehensions, strings, literals.

import Testing
@testable import CfyCore

@Suite struct ParserExpressionTests {
    // MARK: - expressions

    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("a / b // c % d", "(% (// (/ a b) c) d)"),
        ("-2**2", "(- (** 2 2))"),
        ("2**-1", "(** 2 (- 1))"),
        ("2**3**2", "(** 2 (** 3 2))"),
        ("a | b ^ c & d << e + f", "(| a (^ b (& c (<< d (+ e f)))))"),
        ("a << b >> c", "(>> (<< a b) c)"),
        ("a | b == c & d", "(cmp (| a b) == (& c d))"),
        ("~a & -b", "(& (~ a) (- b))"),
        ("99999999999999999999 * -0x10000000000000000", "(* 99999999999999999999 (- 18446744073709551616))"),
        ("-x ** -y", "(- (** x (- y)))"),
        ("+x - ~y", "(- (+ x) (~ y))"),
        ("--x", "(- (- x))"),
        ("a.b ** 2", "(** (. a b) 2)"),
        ("a < b <= c", "(cmp a < b <= c)"),
        ("a == b != c > d >= e", "(cmp a == b != c > d >= e)"),
        ("a in b not in c", "(cmp a in b not in c)"),
        ("a is b is not c", "(cmp a is b is not c)"),
        ("not a == b", "(not (cmp a == b))"),
        ("not a in b", "(not (cmp a in b))"),
        ("not not a", "(not (not a))"),
        ("a + 1 < b * 2", "(cmp (+ a 1) < (* b 2))"),
        ("a or b and not c", "(or a (and b (not c)))"),
        ("a and b or c and d", "(or (and a b) (and c d))"),
        ("a or b or c", "(or (or a b) c)"),
        ("x if c else y", "(if c x y)"),
        ("a if b else c if d else e", "(if b a (if d c e))"),
        ("x if a or b else y", "(if (or a b) x y)"),
        ("lambda: 0", "(lambda () 0)"),
        ("lambda a, b=1: a + b", "(lambda (a b=1) (+ a b))"),
        ("lambda *a, **k: a", "(lambda (*a **k) a)"),
        ("lambda x: lambda y: x + y", "(lambda (x) (lambda (y) (+ x y)))"),
        ("lambda x: x if x else 0", "(lambda (x) (if x x 0))"),
        ("f(lambda self, v: v.lower())", "(call f (lambda (self v) (call (. v lower))))"),
        ("None, True, False", "(tuple None True False)"),
        ("1, 2,", "(tuple 1 2)"),
        ("(x)", "x"),
        ("((x))", "x"),
        ("(x,)", "(tuple x)"),
        ("()", "(tuple)"),
        ("(1, 2, 3,)", "(tuple 1 2 3)"),
        ("[]", "[]"),
        ("[1, [2, 3],]", "[1 [2 3]]"),
        ("{}", "{}"),
        ("{'a': 1, 'b': [2],}", #"{"a": 1, "b": [2]}"#),
        ("{1: {2: 3}}", "{1: {2: 3}}"),
        // a newline right after an operator continues the line
        ("x = 1 +\n  2", "(= x (+ 1 2))"),
        ("x = a and\n  not\n  b", "(= x (and a (not b)))"),
        ("x = a <\n  b not in\n  c is not\n  d is\n  e", "(= x (cmp a < b not in c is not d is e))"),
        ("x = -\n  1 ** -\n  2", "(= x (- (** 1 (- 2))))"),
        ("for x in\n    xs { }", "(for x xs [])"),
    ])
    func expressions(text: String, tree: String) {
        #expect(p(text) == tree)
    }

    @Test(arguments: [
        ("f()", "(call f)"),
        ("f(a, k=1, *xs, **kw)", "(call f a k=1 *xs **kw)"),
        ("f(a,)", "(call f a)"),
        ("f(*a, *b, k=1, *c, **d, **e)", "(call f *a *b k=1 *c **d **e)"),
        ("{1, *a}", "(set 1 *a)"),
        ("{x for x in y}", "(setcomp x (for x y))"),
        ("[*a, 1]", "[*a 1]"),
        ("{**a, 'b': 1}", #"{**a, "b": 1}"#),
        ("(*a, b)", "(tuple *a b)"),
        ("f(x == 1, y=a if b else c)", "(call f (cmp x == 1) y=(if b a c))"),
        ("sum(x for x in xs)", "(call sum (genexpr x (for x xs)))"),
        ("sum(x * y for x in xs if x for y in ys)", "(call sum (genexpr (* x y) (for x xs) (if x) (for y ys)))"),
        ("f(a)(b).c[d]", "(idx (. (call (call f a) b) c) d)"),
        ("a.b.c", "(. (. a b) c)"),
        ("d['k']", #"(idx d "k")"#),
        ("d[1, 2]", "(idx d (tuple 1 2))"),
        ("d[1,]", "(idx d (tuple 1))"),
        ("a[1:2]", "(idx a (slice 1 2 _))"),
        ("a[:]", "(idx a (slice _ _ _))"),
        ("a[::]", "(idx a (slice _ _ _))"),
        ("a[::2]", "(idx a (slice _ _ 2))"),
        ("a[1:]", "(idx a (slice 1 _ _))"),
        ("a[:-1]", "(idx a (slice _ (- 1) _))"),
        ("a[1:2:3]", "(idx a (slice 1 2 3))"),
        ("a[x+1 : y]", "(idx a (slice (+ x 1) y _))"),
        ("a[1:2, ::3]", "(idx a (tuple (slice 1 2 _) (slice _ _ 3)))"),
        ("[e for x in xs]", "(listcomp e (for x xs))"),
        ("[e for x in xs if c for y in ys]", "(listcomp e (for x xs) (if c) (for y ys))"),
        ("[e for x in xs if a if b]", "(listcomp e (for x xs) (if a) (if b))"),
        ("[(a, b) for a, b in pairs]", "(listcomp (tuple a b) (for (tuple a b) pairs))"),
        ("[x for (a, b) in y]", "(listcomp x (for (tuple a b) y))"),
        ("[x if x else 0 for x in y if x or z]", "(listcomp (if x x 0) (for x y) (if (or x z)))"),
        ("[x for x in lambda: y]", "1:13: expected an expression, found 'lambda'"),
        ("{k: v for k, v in d.items()}", "(dictcomp k v (for (tuple k v) (call (. d items))))"),
        ("{k: v for k in a if k for v in b}", "(dictcomp k v (for k a) (if k) (for v b))"),
        ("(x for x in y)", "(genexpr x (for x y))"),
    ])
    func postfixAndComprehensions(text: String, tree: String) {
        #expect(p(text) == tree)
    }

    @Test(arguments: [
        (#""a" "b""#, #""ab""#),
        ("'a'\n'b'", "\"a\"\n\"b\""),
        ("('a'\n 'b')", #""ab""#),
        ("x = \"a\" \\\n \"b\"", #"(= x "ab")"#),
        (#""a" f"{c}" "d""#, #"(f "a" {c} "d")"#),
        (#"f"""#, #"(f )"#),
        (#"f"{x}""#, "(f {x})"),
        (#"f"{x!r} and {y:.3f}""#, #"(f {x!r} " and " {y:".3f"})"#),
        (#"f"{z:>{w}}""#, #"(f {z:">" {w}})"#),
        (#"f"{x:{w}.{p}f}""#, #"(f {x:{w} "." {p} "f"})"#),
        (#"f"{{lit}} {{{x}}}""#, #"(f "{lit} {" {x} "}")"#),
        (#"f"{x=}""#, #"(f {"x=" x})"#),
        (#"f"{x = }""#, #"(f {"x = " x})"#),
        (#"f"{x=!s}""#, #"(f {"x=" x!s})"#),
        (#"f"{x=:>5}""#, #"(f {"x=" x:">5"})"#),
        (#"f"{x!a}""#, "(f {x!a})"),
        (#"f"{a, b}""#, "(f {(tuple a b)})"),
        (#"f"{a == b}{a != b}{a <= b}""#, "(f {(cmp a == b)} {(cmp a != b)} {(cmp a <= b)})"),
        (#"f"{d['k']}""#, #"(f {(idx d "k")})"#),
        (#"f"{'a' if x else 'b'}""#, #"(f {(if x "a" "b")})"#),
        (#"f"{f'{x}'}""#, "(f {(f {x})})"),
        (#"f"{(lambda: 1)()}""#, "(f {(call (lambda () 1))})"),
        (#"f"{x:}""#, "(f {x:})"),
        (#"f'\n{x}\t'"#, #"(f "\n" {x} "\t")"#),
        (#"rf"\n{x}" FR'\d'"#, #"(f "\\n" {x} "\\d")"#),
        ("f'''{\nx\n+ 1}'''", "(f {(+ x 1)})"),
        (#"f"{ x }""#, "(f {x})"),
        (#"f"{args.name}_seed{i}""#, #"(f {(. args name)} "_seed" {i})"#),
        (##"f"{'}'}" f'''{"a"}''' f"{'#'}""##, ##"(f {"}"} {"a"} {"#"})"##),
        (#"f"{x:{'>'}{10}}""#, #"(f {x:{">"} {10}})"#),
    ])
    func strings(text: String, tree: String) {
        #expect(p(text) == tree)
    }

    @Test func literalValues() {
        #expect(p("x = 0x1f + 0o17 + 0b101 + 1_000") == "(= x (+ (+ (+ 31 15) 5) 1000))")
        #expect(p("y = 0.5 + .5 + 1. + 1e-3 + 1_0.5") == "(= y (+ (+ (+ (+ 0.5 0.5) 1.0) 0.001) 10.5))")
        #expect(p("-9223372036854775807") == "(- 9223372036854775807)")
        if case .literal(.float(let d), _)? = firstExpr("0.1") { #expect(d == 0.1) } else { Issue.record("float") }
        if case .literal(.str(let s), _)? = firstExpr(#""\x00\u200b\U0001F600""#) {
            #expect(s == "\u{0}\u{200B}\u{1F600}")
        } else {
            Issue.record("str")
        }
    }
}
