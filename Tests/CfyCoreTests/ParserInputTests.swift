// The parser on REPL input (complete, incomplete, error) and on hostile input: deep nesting, long chains, random bytes, a megabyte.

import Testing
@testable import CfyCore

@Suite struct ParserInputTests {
    // MARK: - REPL input

    @Test(arguments: [
        ("class A {", "incomplete"),
        ("x = [1,", "incomplete"),
        ("x = [1,\n", "incomplete"),
        ("\"\"\"abc", "incomplete"),
        ("x = '''abc\ndef", "incomplete"),
        ("x = 'abc\\\n", "incomplete"),
        ("x = 'abc\\", "incomplete"),
        ("def f(x) {\n return x", "incomplete"),
        ("def f(x) {\n return x\n", "incomplete"),
        ("1 +", "incomplete"),
        ("1 +\n", "incomplete"),
        ("x = a and", "incomplete"),
        ("x = a ==", "incomplete"),
        ("x = a is not", "incomplete"),
        ("for x in", "incomplete"),
        ("x = -", "incomplete"),
        ("x = 1 +\n\n", "incomplete"),
        ("x = 1 +\n 2", "complete 1"),
        ("x = 1 + \\", "incomplete"),
        ("x = 1 + \\\n", "incomplete"),
        ("f(a,\n  b", "incomplete"),
        ("d = {\n  'a': 1,", "incomplete"),
        ("if x {\n  y\n} else {", "incomplete"),
        ("if x {\n}\nelse {", "incomplete"),
        ("class A(B) {\n  x: int = 1\n  def m(self) {", "incomplete"),
        ("x = f'{a}' + (", "incomplete"),
        ("x = 1", "complete 1"),
        ("", "complete 0"),
        ("# comment", "complete 0"),
        ("if x { y }", "complete 1"),
        ("def f(x) {\n return x\n}", "complete 1"),
        ("x = [1,\n 2]", "complete 1"),
        ("x = 1; y = 2", "complete 2"),
        ("x = 1 2", "failure 1:7: expected newline or ';' after the statement, found '2'"),
        ("x = 'abc", "failure 1:5: unterminated string literal"),
        ("x = )", "failure 1:5: expected an expression, found ')'"),
        ("x = (1 2", "failure 1:8: expected ')' to close '(' at 1:5, found '2'"),
        ("if x { } else", "failure 1:14: expected '{' to start the else body, found end of input"),
        ("x =", "failure 1:4: expected an expression, found end of input"),
        ("f\"{x +}\"", "failure 1:7: expected an expression, found the end of the f-string field"),
        ("}", "failure 1:1: unmatched '}'"),
        ("x = 1\n)", "failure 2:1: expected an expression, found ')'"),
        ("x = (1,\n  ) )", "failure 2:5: expected newline or ';' after the statement, found ')'"),
    ])
    func interactiveInput(text: String, outcome: String) {
        #expect(interactive(text) == outcome)
    }

    // MARK: - robustness

    /// `(head, n, tail)`: the input is `head` repeated `n` times, then `tail` (kept small, so test
    /// names and logs stay readable).
    @Test(arguments: [
        ("(", 100_000, ""), ("[", 100_000, ""), ("{", 100_000, ""), ("f(", 100_000, ""),
        ("-", 100_000, "1"), ("not ", 100_000, "x"), ("2**", 100_000, "2"), ("lambda: ", 10_000, "1"),
        ("a if b else ", 10_000, "1"), ("if x {\n", 10_000, ""), ("def f() { ", 10_000, ""),
        ("class A { def f() { ", 10_000, ""), ("list[", 10_000, "int"), ("{'a': [", 10_000, ""),
        ("f'{", 1, String(repeating: "(", count: 300) + "x" + String(repeating: ")", count: 300) + "}'"),
    ])
    func deepNestingIsAnError(head: String, count: Int, tail: String) {
        let text = (head == "list[" ? "x: " : "") + String(repeating: head, count: count) + tail
        let out = p(text)
        #expect(out.hasSuffix("too deeply nested (limit 200)"), "\(out.prefix(80))")
    }

    @Test func nestingJustUnderTheLimitParses() {
        #expect(p(String(repeating: "(", count: 190) + "1" + String(repeating: ")", count: 190)) == "1")
        #expect(p(String(repeating: "[", count: 190) + String(repeating: "]", count: 190)).hasPrefix("[[[["))
        #expect(p(String(repeating: "if x {\n", count: 190) + String(repeating: "}\n", count: 190)).hasPrefix("(if x [(if x"))
    }

    @Test(arguments: [("x = 1", " + 1"), ("x = a", ".b"), ("x = f", "()"), ("x = d", "[0]"), ("x = a", " or a")])
    func longChainsAreAnError(head: String, link: String) {
        #expect(p(head + String(repeating: link, count: 100_000))
            .hasSuffix("expression too long or too deeply nested (limit 1000 operations)"))
    }

    @Test func longFlatCodeParses() {
        let items = (0..<50_000).map(String.init).joined(separator: ", ")
        #expect(program("x = [\(items)]") != nil)
        #expect(program("x = 1" + String(repeating: " + 1", count: 900)) != nil)
        #expect(program(String(repeating: "x = 1\n", count: 50_000))?.statements.count == 50_000)
        #expect(program("if a { } " + String(repeating: "elif b { } ", count: 5_000))?.statements.count == 1)
        #expect(program("x = a < " + Array(repeating: "b", count: 5_000).joined(separator: " < ")) != nil)
    }

    @Test func randomInputNeverCrashes() {
        var rng = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        let fragments = ["(", ")", "[", "]", "{", "}", "\n", " ", ":", ",", ";", "=", "+", "-", "*", "**", "/", "//",
                         "%", "<", "==", "not", "in", "is", "and", "or", "if", "else", "elif", "for", "while", "def",
                         "class", "return", "lambda", "x", "y", "1", "0x1f", "1.5e3", "'s'", "\"", "'", "'''", "f'{",
                         "f\"{x!r:>{w}}\"", "}", "\\", "#", ".", "@", "&", "|", "import", "from", "as", "pass",
                         "break", "global", "None", "True", "é", "\t", "\r", "\u{0}", "\\x", "\\u", "{{", "}}", "=",
                         "!", "!=", "...", "->", ":=", "try", "*args", "**kw", "int", "list[int]"]
        var outcomes = [0, 0, 0]
        for i in 0..<3_000 {
            var text = ""
            if i % 3 == 0 {
                // raw scalars: ASCII soup, or anything in the BMP
                for _ in 0..<Int.random(in: 0..<60, using: &rng) {
                    let v = UInt32.random(in: 0..<(i % 2 == 0 ? 128 : 0x1_0000), using: &rng)
                    if let s = Unicode.Scalar(v) { text.unicodeScalars.append(s) }
                }
            } else {
                for _ in 0..<Int.random(in: 0..<40, using: &rng) {
                    text += fragments[Int.random(in: 0..<fragments.count, using: &rng)]
                    if Bool.random(using: &rng) { text += " " }
                }
            }
            switch Parser.parseInteractive(Source(name: "fuzz", text: text)) {
            case .complete: outcomes[0] += 1
            case .incomplete: outcomes[1] += 1
            case .failure(let d):
                outcomes[2] += 1
                #expect(d.loc.line >= 1 && d.loc.col >= 1, "bad location for \(text.debugDescription)")
                #expect(d.kind == .syntaxError)
            }
            _ = Parser.parse(Source(name: "fuzz", text: text))
        }
        #expect(outcomes[0] > 0 && outcomes[1] > 0 && outcomes[2] > 0)
    }

    @Test func randomBytesDecodeOrFail() {
        var rng = XorShift(state: 42)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0..<50, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            switch decodeSource(bytes, name: "b", directory: nil) {
            case .success(let src): _ = Parser.parse(src)
            case .failure(let d):
                #expect((d.message.hasPrefix("invalid UTF-8 byte 0x") || d.message == "source code cannot contain null bytes")
                        && d.loc.line >= 1)
            }
        }
    }

    @Test func mutatedProgramsNeverCrash() {
        let base = """
            class Args(ExperimentArgs) { seed: int = 0; lr: float = 0.001; layers: list[int] = [64, 64] }
            def seed_set(args, n=5) {
                return [replace(args, name=f"{args.name}_seed{i!r:>{n}}", seed=i) for i in range(n) if i % 2 == 0]
            }
            x = {'a': (1, 2.5e-3, 0x1f), "b": lambda v, *a, **k: -v ** 2 if v else not v}
            for i, v in enumerate(x["a"][1:]) { if v is not None and v not in [] { print(i) } elif v { pass } }
            s = '''multi
            line''' + "esc\\x41\\u00e9"
            """
        let scalars = Array(base.unicodeScalars)
        var rng = XorShift(state: 7)
        for _ in 0..<2_000 {
            var s = scalars
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let k = Int.random(in: 0..<s.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: s.remove(at: k)
                case 1: s.insert(s[Int.random(in: 0..<s.count, using: &rng)], at: k)
                default: s[k] = s[Int.random(in: 0..<s.count, using: &rng)]
                }
                if s.isEmpty { s = scalars }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: s)
            if case .failure(let d) = Parser.parseInteractive(Source(name: "m", text: text)) {
                #expect(d.loc.line >= 1 && d.loc.col >= 1, "bad location for \(text.debugDescription)")
            }
        }
    }

    @Test func parsesAMegabyteQuickly() {
        let chunk = """
            class ArgsN(ExperimentArgs) {
                seed: int = 0
                lr: float = 0.001
                layers: list[int] = [64, 64]
                model: str = "knn"
            }
            base = ArgsN(name="base", lr=0.01)  # a comment
            def seed_set(args, n=5) {
                return [replace(args, name=f"{args.name}_seed{i}", seed=i) for i in range(n)]
            }
            if base.lr > 0.001 and not base.overwrite { print(base.args_hash()) } else { x = {'a': 1, "b": [1, 2, 3]} }


            """
        var text = ""
        var n = 0
        while text.utf8.count < 1_000_000 {
            text += chunk
            n += 1
        }
        let clock = ContinuousClock()
        var count = 0
        let source = Source(name: "big", text: text)
        // The best of two runs, so a busy machine doesn't fail the test; ~0.5 s in debug when quiet.
        let elapsed = (0..<2).map { _ in
            clock.measure {
                if case .success(let prog) = Parser.parse(source) { count = prog.statements.count }
            }
        }.min() ?? .zero
        #expect(count == n * 4)
        #expect(elapsed < .seconds(3), "parsing 1 MB took \(elapsed)")
        print("parsed \(text.utf8.count) bytes (\(count) statements) in \(elapsed)")
    }
}
