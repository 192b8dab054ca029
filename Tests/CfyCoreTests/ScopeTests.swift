// Scopes of the compiled interpreter (Runtime/Compile): names resolved to slots must find what
// a lookup by name through the enclosing scopes would.

import CfyCore
import Testing

@Suite struct ScopeTests {
    @Test(arguments: [
        // a local read before it is bound is Python's UnboundLocalError, even with a global of that name
        ("x = 1\ndef f() { a = x; x = 2; return (a, x) }\nf()",
         "error: cannot access local variable 'x' where it is not associated with a value"),
        ("x = 1\ndef f() { global x; x = 5 }\nf()\nx", "5"),
        ("def outer() { n = 0; def inc() { nonlocal n; n += 1; return n }; inc(); return inc() }\nouter()", "2"),
        ("def outer() { v = 'o'; def mid() { def inner() { return v }; return inner() }; return mid() }\nouter()", "'o'"),
        ("def f() { return g() }\ndef g() { return 7 }\nf()", "7"),
        ("def f() { return later }\nlater = 3\nf()", "3"),
        ("len = lambda x: 42\nlen([1])", "42"),
        ("def f(len) { return len }\nf(3)", "3"),
        ("[x for x in range(3)]\nx = 9\n[x for x in range(2)]\nx", "[0, 1, 2]\n[0, 1]\n9"),
        ("k = 5\n{k: v for k, v in [(1, 2)]}\nk", "{1: 2}\n5"),
        ("y = 10\n[[x + y for x in range(2)] for y in range(2)]", "[[0, 1], [1, 2]]"),
        ("def f() { return [lambda: i for i in range(3)] }\n[g() for g in f()]", "[2, 2, 2]"),
        ("class C { a: int = 1; b: int = a + 1 }\nC().b", "2"),
        ("def mk(n) { def f(x) { return x + n }; return f }\nadd2 = mk(2)\nadd3 = mk(3)\n(add2(1), add3(1))", "(3, 4)"),
        ("def f(a, b=2, *rest, c=3, **kw) { return (a, b, rest, c, kw) }\nf(1, 5, 6, c=7, d=8)", "(1, 5, (6,), 7, {'d': 8})"),
        ("def f(a, b) { return a - b }\nf(b=1, a=5)", "4"),
        ("def f() { for i in range(3) { if i == 1 { return i } } }\nf()", "1"),
        ("xs = [1]\ndef f() { xs.append(2) }\nf()\nxs", "[1, 2]"),
        ("d = {'a': [1]}\ndef f() { d['a'].append(2) }\nf()\nd", "{'a': [1, 2]}"),
        ("def f() { q = [1]; q.append(2); return q }\nf()", "[1, 2]"),
        ("a, (b, c) = 1, (2, 3)\n(a, b, c)", "(1, 2, 3)"),
        ("f = lambda: (lambda: 1)\nf().__qualname__", "'<lambda>.<locals>.<lambda>'"),
        ("def outer() { def inner() { } ; return inner }\nouter().__qualname__", "'outer.<locals>.inner'"),
        ("[lambda: 0 for _ in range(1)][0].__qualname__", "'<listcomp>.<lambda>'"),
        ("list(lambda: 0 for _ in range(1))[0].__qualname__", "'<genexpr>.<lambda>'"),
    ])
    func resolves(_ code: String, _ expected: String) {
        #expect(repl(code) == expected + "\n", "\(code)")
    }

    @Test func undefinedNamesStillSuggest() {
        #expect(repl("value = 1\ndef f() { return valeu }\nf()").contains("name 'valeu' is not defined; did you mean 'value'?"))
        #expect(repl("def f() { x = 1; return y }\nf()").contains("name 'y' is not defined"))
    }

    @Test func replRedefinitionsTakeEffect() {
        #expect(repl("def f() { return 1 }\ndef g() { return f() }\ndef f() { return 2 }\ng()") == "2\n")
        #expect(repl("x = 1\ndef g() { return x }\nx = 'a'\ng()") == "'a'\n")
    }

    @Test func recursionThroughSlots() {
        #expect(repl("def fib(n) { return n if n < 2 else fib(n - 1) + fib(n - 2) }\nfib(20)") == "6765\n")
    }
}

@Suite struct SmallestIntTests {
    /// `repr(-2**63)` reads back, and 2**63 is an int like any other (a big one).
    @Test func smallestIntLiteral() {
        #expect(repl("-9223372036854775808") == "-9223372036854775808\n")
        #expect(repl("[-9223372036854775808, - 9223372036854775808]") == "[-9223372036854775808, -9223372036854775808]\n")
        #expect(repl("9223372036854775808") == "9223372036854775808\n")
        #expect(repl("-(9223372036854775808)") == "-9223372036854775808\n")
        #expect(repl("-9223372036854775808 ** 1") == "-9223372036854775808\n")
    }
}

/// Grid variants hold only their number (Instance + GridSpec): every operation must see the same
/// set as one built by replace().
@Suite struct GridVariantTests {
    static let prelude = """
        class D { p: int = 1 }
        class A(ExperimentArgs) { lr: float = 0.1; seed: int = 0; tags: list = [1]; d: D = D() }
        base = A(name="b", tags=[1, 2])
        vs = grid(base, lr=[0.5, 0.25], seed=range(3))
        rs = [replace(base, name=f"b_lr={lr}_seed={s}", lr=lr, seed=s) for lr in [0.5, 0.25] for s in range(3)]

        """

    @Test(arguments: [
        "[repr(v) for v in vs] == [repr(r) for r in rs]",
        "[v.args_hash() for v in vs] == [r.args_hash() for r in rs]",
        "[v.args_hash(dry=True) for v in vs] == [r.args_hash(dry=True) for r in rs]",
        "vs == rs", "[asdict(v) for v in vs] == [asdict(r) for r in rs]",
        "[v.name for v in vs] == [r.name for r in rs]",
        "v = vs[4]\nv.seed = 9\nr = rs[4]\nr.seed = 9\n(v == r, vs[4] == rs[4])",
        "v = vs[2]\nv.tags.append(3)\n(v.tags, vs[2].tags, base.tags)",
        "v = vs[5]\nv.d.p = 7\n(v.d.p, vs[5].d.p, base.d.p)",
        "w = grid(vs[1], seed=[8])\n(w[0].name, w[0].lr, w[0].seed)",
        "[x.name for x in grid(base, name=['x', 'y'])]",
        "replace(vs[3], lr=1.0) == replace(rs[3], lr=1.0)",
        "sorted([v.args_hash() for v in vs]) == sorted([r.args_hash() for r in rs])",
        "v = vs[0]\nv.name = 'renamed'\n(v.name, vs[0].name)",
    ])
    func sameAsReplace(_ code: String) {
        let out = repl(Self.prelude + code)
        #expect(!out.contains("False") && !out.contains("error"), "\(code) -> \(out)")
    }

    @Test func mutationsAreLocal() {
        #expect(repl(Self.prelude + "v = vs[2]\nv.tags.append(3)\n(v.tags, vs[2].tags, base.tags)")
                == "([1, 2, 3], [1, 2], [1, 2])\n")
        #expect(repl(Self.prelude + "[x.name for x in grid(base, name=['x', 'y'])]") == "['b_name=x', 'b_name=y']\n")
    }
}
