// :dry / :diff reports, :save's script format and argument splitting, without a terminal.

import CfyCore
import Foundation
import Testing
@testable import cfy

private func session(_ code: String) throws -> Session {
    let s = Session()
    for r in s.run(Source(name: "<test>", text: code)) {
        if let e = r.error { throw e }
    }
    return s
}

private func instance(_ s: Session, _ name: String) throws -> Instance {
    guard case .instance(let i)? = s.globals.vars[name] else { throw PTYFailure(description: "no instance \(name)") }
    return i
}

/// Rows that start with `prefix`, blanks squeezed.
private func rows(_ text: String, _ prefix: String) -> [String] {
    text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }.filter { $0.hasPrefix(prefix) }
}

private let plain = Style(enabled: false)

private let code = """
    class Opt { name: str = "adam"; beta: float = 0.9 }
    def same(self, v) { return 1 }
    def none(self, v) { return None }
    class Args(ExperimentArgs) {
        lr: float = 0.1
        opt: Opt = Opt()
        act: any = None
        tag: str = "a"
        note: str = "x"
        hash_representations = set_hash_functions(tag=same, note=none)
    }
    a = Args(name="a")
    b = replace(a, name="b", opt=Opt(beta=0.99), act=len, tag="zzz", note="y")
    c = replace(a, hash="fixed")
    d = replace(a)
    d.hash_representations["lr"] = None
    class Deep(Args) { depth: int = 3 }
    e = Deep(name="e")
    """

@Suite struct ReportTests {
    @Test func dryExplainsEveryStrategy() throws {
        let s = try session(code)
        let r = try dryReport(try instance(s, "b"), session: s, style: plain)
        #expect(rows(r, "opt ") == ["opt nested dataclass (2 fields) ↓ its fields are hashed (without 'opt')"])
        #expect(rows(r, "opt.name ") == ["opt.name skipped (blacklist) None no never hashed"])   // at every level
        #expect(rows(r, "opt.beta ") == ["opt.beta repr() '0.99' yes md5 of 'beta0.99'"])
        #expect(rows(r, "act ") == ["act __qualname__ 'len' yes md5 of 'actlen'"])
        #expect(rows(r, "tag ") == ["tag custom function 1 yes md5 of 'tag1'"])
        #expect(rows(r, "note ") == ["note custom function None no custom function returned None"])
        #expect(rows(r, "hash ").last == "hash \(try s.hash(try instance(s, "b"))) (sum of 4 md5s, in hex)")
        let a = try dryReport(try instance(s, "a"), session: s, style: plain)
        #expect(rows(a, "act ") == ["act skipped (None) None no value is None"])
    }

    @Test func dryNotesAnExplicitHash() throws {
        let s = try session(code)
        let r = try dryReport(try instance(s, "c"), session: s, style: plain)
        let computed = try s.hash(try instance(s, "a"))
        #expect(rows(r, "hash fixed").first == "hash fixed (the hash field is set, so args_hash() returns it; computed: \(computed))")
    }

    @Test func diffSaysWhyEachDifferenceCountsOrNot() throws {
        let s = try session(code)
        let r = try diffReport(try instance(s, "a"), try instance(s, "b"), names: ("a", "b"), session: s, style: plain)
        #expect(rows(r, "opt ") == ["opt Opt(…) Opt(…) changes nested dataclass: see opt.* below"])
        #expect(rows(r, "opt.beta ") == ["opt.beta 0.9 0.99 changes repr: '0.9' → '0.99'"])
        #expect(rows(r, "act ") == ["act None <built-in function len> changes None is skipped: the field joins the hash (__qualname__)"])
        #expect(rows(r, "tag ") == ["tag 'a' 'zzz' same custom function gives the same representation 1"])
        #expect(rows(r, "note ") == ["note 'x' 'y' same custom function returns None: not hashed"])
        #expect(r.hasSuffix("the hashes differ because of: opt.beta, act\n"))
    }

    @Test func diffSeesPerInstanceHashRepresentations() throws {
        let s = try session(code)
        let r = try diffReport(try instance(s, "a"), try instance(s, "d"), names: ("a", "d"), session: s, style: plain)
        #expect(rows(r, "lr ") == ["lr 0.1 0.1 changes strategy: repr() → skipped (hash_representations)"])
        #expect(rows(r, "hash_representations ").first?.contains("never hashed (blacklist)") == true)
        #expect(r.hasSuffix("because of: lr\n"))
    }

    @Test func diffOfEqualHashesAndOfDifferentClasses() throws {
        let s = try session(code)
        let same = try diffReport(try instance(s, "a"), try instance(s, "a"), names: ("a", "a"), session: s, style: plain)
        #expect(same.contains("no field differs\n"))
        #expect(same.hasSuffix("the hashes are equal\n"))
        let deep = try diffReport(try instance(s, "a"), try instance(s, "e"), names: ("a", "e"), session: s, style: plain)
        #expect(deep.hasPrefix("a is Args, e is Deep\n"))
        #expect(rows(deep, "depth ") == ["depth — 3 changes only in the second"])
        let fixed = try diffReport(try instance(s, "a"), try instance(s, "c"), names: ("a", "c"), session: s, style: plain)
        #expect(fixed.contains("note: c.hash is set to 'fixed', so args_hash() returns it\n"))
        #expect(fixed.hasSuffix("the hashes differ (an explicit hash field)\n"))
    }

    @Test func expectationLinesMatchHowCfyTestSplitsOutput() {
        #expect(SessionLog.expectation(["1\n"]) == ["#=> 1"])
        #expect(SessionLog.expectation(["\n"]) == ["#=>"])
        #expect(SessionLog.expectation(["a", "b\n"]) == ["#=> a", "#=> b"])
        #expect(SessionLog.expectation(["two\nlines\n\n"]) == ["#=> two", "#=> lines", "#=>"])
        #expect(SessionLog.expectation(["", ""]) == [])
    }

    @Test func logKeepsOnlyWhatSucceeded() throws {
        var log = SessionLog()
        func program(_ t: String) throws -> Program { try Parser.parse(Source(name: "t", text: t)).get() }
        let t1 = "x = 1\ny = [\n2]\nz = x / 0\n"
        log.record(code: t1, program: try program(t1), outputs: ["", ""], failedAt: 2)
        let t2 = "print(1); 1 / 0\n"                    // same line: cut where the failing statement starts
        log.record(code: t2, program: try program(t2), outputs: ["1\n"], failedAt: 1)
        let t3 = "1 / 0\n"
        log.record(code: t3, program: try program(t3), outputs: [], failedAt: 0)
        let t4 = "y\n#=> stale\n"
        log.record(code: t4, program: try program(t4), outputs: ["[2]\n"], failedAt: nil)
        #expect(log.script().hasSuffix("x = 1\ny = [\n2]\nprint(1)\n#=> 1\ny\n#=> [2]\n"))
        #expect(!log.usesUnderscore)
        let t5 = "_ + 1 # uses _\n"
        log.record(code: t5, program: try program(t5), outputs: ["3\n"], failedAt: nil)
        #expect(log.usesUnderscore)
        var other = SessionLog()
        let t6 = "s = '_'  # '_' in a string\nmy_var = 1\n"
        other.record(code: t6, program: try program(t6), outputs: ["", ""], failedAt: nil)
        #expect(!other.usesUnderscore)
    }

    @Test func commandArgumentsSplitAtTopLevel() {
        #expect(splitArguments("base fast") == ["base", "fast"])
        #expect(splitArguments("base, fast") == ["base", "fast"])
        #expect(splitArguments("runs[0] grid(base, lr=[1, 2])[1]") == ["runs[0]", "grid(base, lr=[1, 2])[1]"])
        #expect(splitArguments("'a b' x") == ["'a b'", "x"])
    }

    @Test func tablesMeasureTerminalColumns() {
        #expect(displayWidth("中文") == 4)
        #expect(displayWidth("e\u{301}") == 1)
        #expect(displayWidth("\u{1B}[31mred\u{1B}[0m") == 3)
        #expect(truncate("abcdef", 4) == "abc…")
        #expect(truncate("a\nb", 10) == "a\\nb")
        #expect(table([["a", "中文"], ["bbb", "c"]]) == "a    中文\nbbb  c\n")
        #expect(columns(["a", "b", "c"], width: 6) == "a  c\nb\n")
    }
}
