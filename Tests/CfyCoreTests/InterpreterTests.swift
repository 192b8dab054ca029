import CfyCore
import Testing

@Suite struct ExpressionTests {
    @Test(arguments: [
        ("1 + 2 * 3", "7"), ("7 // -2", "-4"), ("-7 % 3", "2"), ("2 ** 10", "1024"), ("2 ** -1", "0.5"),
        ("7.5 // 2", "3.0"), ("-7.5 % 2", "0.5"), ("1 / 3", "0.3333333333333333"), ("-2 ** 2", "-4"),
        ("1 < 2 < 3", "True"), ("1 < 3 < 2", "False"), ("1 == 1.0", "True"), ("'a' in 'cat'", "True"),
        ("3 if False else 4", "4"), ("not []", "True"), ("[] or 5", "5"), ("0 and 1", "0"),
        ("[1, 2] + [3]", "[1, 2, 3]"), ("'ab' * 3", "'ababab'"), ("(1,)", "(1,)"), ("()", "()"),
        ("{'a': 1, True: 2, 1: 3, 1.0: 4}", "{'a': 1, True: 4}"), ("[x * x for x in range(4) if x]", "[1, 4, 9]"),
        ("{k: v for k, v in zip('ab', [1, 2])}", "{'a': 1, 'b': 2}"), ("'abc'[::-1]", "'cba'"), ("[1, 2, 3][-1]", "3"),
        ("f'{3.14159:.2f}|{\"x\"!r}|{10:>4}'", "\"3.14|'x'|  10\""), ("'%s=%.3f' % ('lr', 0.1)", "'lr=0.100'"),
        ("round(2.675, 2)", "2.67"), ("round(2.5)", "2"), ("sum([0.1] * 10)", "0.9999999999999999"),
        ("-76979317481689739 / 4", "-1.9244829370422436e+16"), ("int('0x1f', 16)", "31"), ("float('1e-5')", "1e-05"),
        ("sorted([3, 1, 2], reverse=True)", "[3, 2, 1]"), ("'a,b,,c'.split(',')", "['a', 'b', '', 'c']"),
        ("'é' == 'e\\u0301'", "False"), ("len('e\\u0301')", "2"), ("repr('\\U0001fae8')", "\"'\\\\U0001fae8'\""),
        ("f'{100.0:.3}|{99.99:.3}|{1234.5:.4}|{2.0:.1}|{123.0:.5}|{1e-7:g}|{255:#x}|{7:08.3f}'",
         "'1e+02|1e+02|1.234e+03|2e+00|123.0|1e-07|0xff|0007.000'"),
        ("range(3)", "range(0, 3)"), ("list(range(0, 10, 3))", "[0, 3, 6, 9]"), ("1e16", "1e+16"), ("-0.0", "-0.0"),
    ])
    func evaluates(_ code: String, _ expected: String) {
        #expect(repl(code) == expected + "\n")
    }

    @Test func valueSemantics() {
        let out = repl("""
            a = [1, 2]
            b = a
            b.append(3)
            d = {"k": [1]}
            d["k"].append(2)
            (a, b, d)
            """)
        #expect(out == "([1, 2], [1, 2, 3], {'k': [1, 2]})\n")
    }

    @Test func closuresAndQualnames() {
        let out = repl("""
            def counter() {
                n = 0
                def inc() { nonlocal n; n += 1; return n }
                return inc
            }
            c = counter(); c(); c()
            def outer() { def inner() { return 1 }; return inner }
            outer().__qualname__
            [lambda: i for i in range(1)][0].__qualname__
            """)
        #expect(out == "1\n2\n'outer.<locals>.inner'\n'<listcomp>.<lambda>'\n")
    }

    @Test func noneExpressionIsNotEchoed() {
        #expect(repl("None\nprint('x')\n[].append(1)") == "x\n")
    }
}

@Suite struct ArgsTests {
    let schema = """
        class Data { path: str = "iris.csv"; test_size: float = 0.25 }
        class Args(ExperimentArgs) {
            seed: int = 0
            lr: float = 0.001
            gpus: int = 1
            data: Data = Data()
            hash_representations = set_hash_functions(gpus=None)
        }

        """

    @Test func dryLabels() {
        let out = repl(schema + """
            a = Args(name="a")
            d = a.args_hash(dry=True)
            d["name"]; d["seed"]; d["gpus"]; d["data"][0]; d["data"][1]["path"]
            """)
        #expect(out == """
            ('SKIPPED: blacklist', None)
            ('repr(param_set.seed)', '0')
            ('SKIPPED: set to None in hash_representations', None)
            'get_parameters_hash_values(param_set, data)'
            ('repr(param_set.path)', "'iris.csv'")

            """)
    }

    @Test func hashProperties() {
        let out = repl(schema + """
            a = Args(name="a")
            b = replace(a, name="b", gpus=8)
            c = replace(a, lr=0.01)
            a.args_hash() == b.args_hash(); a.args_hash() == c.args_hash(); a.lr
            Args(hash="fixed").args_hash()
            """)
        #expect(out == "True\nFalse\n0.001\n'fixed'\n")
    }

    @Test func reprHidesHashRepresentations() {
        #expect(repl(schema + "Args(name='x')") ==
                "Args(name='x', hash=None, overwrite=False, seed=0, lr=0.001, gpus=1, data=Data(path='iris.csv', test_size=0.25))\n")
    }

    @Test func gridNamesAndOrder() {
        #expect(repl(schema + "[g.name for g in grid(Args(name='b'), lr=[0.1, 0.01], seed=range(2))]") ==
                "['b_lr=0.1_seed=0', 'b_lr=0.1_seed=1', 'b_lr=0.01_seed=0', 'b_lr=0.01_seed=1']\n")
    }

    @Test func inheritanceKeepsFieldOrder() {
        #expect(repl(schema + "class Deep(Args) { depth: int = 3; seed = 7 }\n[f.name for f in fields(Deep)][4:]\nDeep().seed") ==
                "['seed', 'lr', 'gpus', 'data', 'depth']\n7\n")
    }
}

@Suite struct ErrorTests {
    @Test(arguments: [
        ("class A(ExperimentArgs) { lr: float = 0.1 }\nA(lrr=1)", "unknown field 'lrr' for A; did you mean 'lr'?", 2, 3),       // at the keyword
        ("class A(ExperimentArgs) { n: int }\nA()", "missing required field 'n' for A", 2, 2),
        ("class A(ExperimentArgs) { n: int = 0 }\nA(n='x')", "wrong type for field 'n' of A: expected int, got str ('x')", 2, 2),
        ("base = 1\nbse", "name 'bse' is not defined; did you mean 'base'?", 2, 1),
        ("x = float(2 ** 1024)", "int too large to convert to float", 1, 10),
        ("1 % 0", "integer modulo by zero", 1, 3),
        ("{'lr': 1}['lrr']", "key 'lrr' not found in dict; did you mean 'lr'?", 1, 10),
        ("def f(n) { return f(n) }\nf(1)", "maximum recursion depth exceeded (limit 1000)", 1, 20),
        ("assert 1 == 2, 'nope'", "assertion failed: nope", 1, 1),
        ("x = [0] * 10000000000", "result too large (limit 100000000 elements)", 1, 9),
    ])
    func reports(_ code: String, _ message: String, _ line: Int, _ col: Int) throws {
        let d = try #require(firstError(code))
        #expect(d.message == message)
        #expect(d.loc == Loc(line: line, col: col))
    }

    @Test func traceNamesCallers() throws {
        let d = try #require(firstError("def g() { return {}['k'] }\ndef f() { return g() }\nf()"))
        #expect(d.trace.map(\.text) == ["t.cfy:2:19 in g", "t.cfy:3:2 in f"])
    }
}
