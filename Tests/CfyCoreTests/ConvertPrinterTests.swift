// cfy convert's printer: precedence, literals and f-strings survive printing (print, parse,
// print again gives the same text, and the value is the same), and Python's spellings become
// cfy's. (That whole files keep their hashes is scripts/check-convert's and check-parity --convert's.)

@testable import CfyCore
import Testing

/// The `.cfy` text of the first statement of `code` (Python when `python`).
func cfyText(_ code: String, python: Bool = false) throws -> String {
    let src = Source(name: python ? "<t>.py" : "<t>.cfy", text: code)
    guard case .success(let program) = Parser.parse(src), let s = program.statements.first else {
        throw Diagnostic("no statement", at: .none, in: nil)
    }
    return try CfyPrinter().stmt(s, 0)
}

/// What `code` evaluates to, as repr.
func evaluated(_ code: String) throws -> String {
    let s = Session()
    let results = s.run(Source(name: "<t>.cfy", text: "print(repr(" + code + "))\n"))
    if let e = results.first?.error { throw e }
    return results.map(\.printed).joined()
}

@Suite struct ConvertPrinterTests {
    @Test(arguments: [
        "a + b * c", "(a + b) * c", "a - (b - c)", "a - b - c", "-a ** 2", "(-a) ** 2", "a ** -b", "(a ** b) ** c",
        "a ** b ** c", "not a == b", "(not a) == b", "a if b else c if d else e", "(a if b else c) if d else e",
        "a or b and c", "(a or b) and c", "(1).bit_length()", "x[1:2:-1]", "x[::2]", "x[:]", "(lambda x: x + 1)(2)",
        "f(*a, k=1, **d)", "[x * 2 for x in xs if x]", "{k: v for k, v in d.items()}", "(1,)", "()", "a < b < c",
        "(a < b) < c", "a | b ^ c & d", "(a | b) & c", "a << b + c", "(a << b) + c", "-(-a)", "~(-a)", "not not a",
        "sum(x for x in xs)", "f((x for x in xs), 1)", "a[b, c]", "(lambda: 1) if a else (lambda: 2)", "a in b not in c",
        "a is not None", "x.y.z(1)[2].w", "{}", "{1: [2, (3,)]}", "f(a)(b)", "-1", "2 ** -1",
    ])
    func expressionsAreStable(_ code: String) throws {
        let once = try cfyText(code + "\n")
        #expect(once == code + "\n")
        #expect(try cfyText(once) == once)
    }

    @Test(arguments: [
        ("'a\\n\\t\\\\'", "\"a\\n\\t\\\\\""), ("'say \"hi\"'", "'say \"hi\"'"), ("\"it's\"", "\"it's\""),
        ("'\\x00\\u200b é'", "\"\\x00\\u200b é\""), ("'both \\' and \"'", "\"both ' and \\\"\""),
        ("0.1", "0.1"), ("1e16", "1e+16"), ("1e-7", "1e-07"), ("2.5e300", "2.5e+300"), ("1e999", "float(\"inf\")"),
        ("123456789012345678901234567890", "123456789012345678901234567890"), ("0x1f", "31"),
        ("f'{x!r:>{w}} {{}} \"q\" {d[\"k\"]}'", "f\"{x!r:>{w}} {{}} \\\"q\\\" {d['k']}\""),
        ("f'{a + b:.2f}'", "f\"{(a + b):.2f}\""), ("f'{x=}'", "f\"{x=}\""),
    ])
    func literals(_ code: String, _ expected: String) throws {
        #expect(try cfyText(code + "\n") == expected + "\n")
        #expect(try cfyText(expected + "\n") == expected + "\n")
    }

    @Test(arguments: ["'a\\n\\t\\\\\\'\"'", "'\\x00\\x7f\\x85\\u2028\\U0001f600 ß'", "0.1 + 0.2", "1e-310", "2**70 + 1",
                      "[-0.0, 1.5e300, 5e-324]", "f'{1.5:>8.3e}|{\"x\"!r}'"])
    func valuesSurvive(_ code: String) throws {
        let printed = try cfyText(code + "\n")
        #expect(try evaluated(String(printed.dropLast())) == evaluated(code))
    }

    @Test func pythonStatementsBecomeBraces() throws {
        let py = """
            def f(a, b=1, *rest, **kw):
                \"\"\"doc\"\"\"
                for x in a:
                    if x:
                        continue
                    elif b:
                        pass
                    else:
                        break
                while b:
                    b -= 1
                return (a, b)

            """
        #expect(try cfyText(py, python: true) == """
            def f(a, b=1, *rest, **kw) {
                for x in a {
                    if x {
                        continue
                    } elif b {
                        pass
                    } else {
                        break
                    }
                }
                while b {
                    b -= 1
                }
                return (a, b)
            }

            """)
    }

    @Test func pythonDataclassBecomesClass() throws {
        let py = """
            @dataclass
            class A(B):
                xs: List[int] = field(default_factory=list)
                d: Dict[str, Any] = field(default_factory=lambda: {"k": 1})
                n: Optional[int] = None
                def __post_init__(self):
                    self.n = len(self.xs)

            """
        #expect(try cfyText(py, python: true) == """
            class A(B) {
                xs: list[int] = []
                d: dict[str, any] = {"k": 1}
                n: int = None
                def __post_init__(self) {
                    self.n = len(self.xs)
                }
            }

            """)
    }

    @Test func internalNamesHaveNoSpelling() throws {
        #expect(throws: PrintError.self) { try CfyPrinter().expr(.name("<decorate>", Loc(line: 1, col: 1))) }
        #expect(throws: PrintError.self) { try cfyText("with a:\n    pass\n", python: true) }
    }
}
