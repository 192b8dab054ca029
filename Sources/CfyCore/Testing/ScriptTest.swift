// ScriptTest: a .cfy file replayed as tests. A block of `#=> ` comment lines holds what the REPL
// would have printed (prints and echoed values) since the previous block; an error is the line
// `error: MESSAGE`, or the whole located diagnostic (LocatedErrors.swift).

/// One `#=>` block: its first and last line (1-based) and the expected lines.
public struct ExpectationBlock: Sendable {
    public var firstLine: Int
    public var lastLine: Int
    public var expected: [String]
}

/// The outcome of one test (one block, or the whole file when it has none).
public struct ScriptTestCase: Sendable {
    public var line: Int
    /// Set when the block itself is wrong (not where a test can be), or the file does not parse.
    public var problem: String?
    public var expected: [String]
    public var actual: [String]
    public var passed: Bool
    /// Output that no block holds (after the last one, or in a file without blocks that failed):
    /// `--update` records it in a new block at the end of the file.
    public var trailing: [String]?

    public init(line: Int, problem: String?, expected: [String], actual: [String], passed: Bool) {
        self.line = line; self.problem = problem; self.expected = expected; self.actual = actual; self.passed = passed
    }
}

public enum ScriptTest {
    /// Finds the `#=>` blocks of a file: runs of lines whose first non-blank text starts with `#=>`.
    /// `firstLine` is the number of the text's first line (a Markdown page's code block: the page's).
    public static func blocks(in text: String, firstLine: Int = 1) -> [ExpectationBlock] {
        var out: [ExpectationBlock] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            guard line.hasPrefix("#=>") else { continue }
            var content = String(line.dropFirst(3))
            if content.hasPrefix(" ") { content.removeFirst() }
            if content.hasSuffix("\r") { content.removeLast() }
            let n = i + firstLine
            if let last = out.last, last.lastLine == n - 1 {
                out[out.count - 1].lastLine = n
                out[out.count - 1].expected.append(content)
            } else {
                out.append(ExpectationBlock(firstLine: n, lastLine: n, expected: [content]))
            }
        }
        return out
    }

    /// Runs `source` in `session` statement by statement, as the REPL would, and checks every block.
    /// An error becomes the output line `error: MESSAGE` (or, in a file that expects located
    /// errors, the diagnostic as `cfy run` prints it) and the run goes on, as in the REPL.
    public static func run(_ source: Source, session: Session) -> [ScriptTestCase] {
        let blocks = blocks(in: source.text, firstLine: source.firstLine)
        let located = expectsLocatedErrors(blocks)
        var pending: [String] = []
        var cases: [ScriptTestCase] = []
        var nextBlock = 0
        var hadError = false
        func check(_ b: ExpectationBlock) {
            cases.append(ScriptTestCase(line: b.firstLine, problem: nil, expected: b.expected, actual: pending,
                                        passed: matches(b.expected, pending)))
            pending = []
        }
        func collect(_ r: StatementResult) {
            var text = r.output
            if let e = r.error {
                text += located ? locatedLines(e, file: source.name).joined(separator: "\n") + "\n"
                                : "error: " + e.message + "\n"
                hadError = true
            }
            if text.hasSuffix("\n") { text.removeLast() }
            if !text.isEmpty || r.output.hasSuffix("\n") {
                pending += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        switch Parser.parse(source) {
        case .failure(let d):
            return unparsed(d, text: source.text, file: source.name, rewritable: true, firstLine: source.firstLine)
        case .success(let program):
            // A block must stand between top-level statements, not inside one.
            for (stmt, end) in zip(program.statements, program.endLines) {
                if let b = blocks.first(where: { $0.firstLine > stmt.loc.line && $0.firstLine <= end }) {
                    return [ScriptTestCase(line: b.firstLine, problem: "a '#=>' block must stand between statements, but this one is inside the statement at lines \(stmt.loc.line)-\(end)", expected: b.expected, actual: [], passed: false)]
                }
            }
            for stmt in program.statements {
                while nextBlock < blocks.count, blocks[nextBlock].lastLine < stmt.loc.line {
                    check(blocks[nextBlock]); nextBlock += 1
                }
                collect(session.execute(stmt, source: source, echo: true))
            }
        }
        while nextBlock < blocks.count { check(blocks[nextBlock]); nextBlock += 1 }
        if blocks.isEmpty {
            var c = ScriptTestCase(line: source.firstLine, problem: nil, expected: [], actual: pending.filter { $0.hasPrefix("error: ") },
                                   passed: !hadError)
            if hadError { c.trailing = pending }
            cases.append(c)
        } else if !pending.isEmpty {
            var c = ScriptTestCase(line: source.lastLine, problem: "output after the last '#=>' block", expected: [], actual: pending, passed: false)
            c.trailing = pending
            cases.append(c)
        }
        return cases
    }

    /// How `cfy test` shows a failing case of `file`: `FILE:LINE: test failed` and a diff of the
    /// block, or `FILE:LINE: error: PROBLEM` (a problem that already names its place is shown as is).
    public static func failureText(_ file: String, _ c: ScriptTestCase) -> String {
        let diff = c.actual.isEmpty && c.problem != nil ? "" : LineDiff.unified(expected: c.expected, actual: c.actual, matches: { matches([$0], [$1]) })
        if let p = c.problem {
            return p.hasPrefix(file) ? p + "\n" : "\(file):\(c.line): error: \(p)\n" + diff
        }
        return "\(file):\(c.line): test failed\n" + diff
    }

    /// Expected lines match actual ones exactly, except that `...` in an expected line matches any text.
    public static func matches(_ expected: [String], _ actual: [String]) -> Bool {
        expected.count == actual.count && zip(expected, actual).allSatisfy { lineMatches($0, $1) }
    }

    static func lineMatches(_ pattern: String, _ text: String) -> Bool {
        guard pattern.contains("...") else { return pattern == text }
        let parts = pattern.components(separatedBy: "...")
        var rest = Substring(text)
        guard let first = parts.first, rest.hasPrefix(first) else { return false }
        rest = rest.dropFirst(first.count)
        for (i, p) in parts.enumerated().dropFirst() {
            if i == parts.count - 1 { return p.isEmpty || rest.hasSuffix(p) }
            guard let r = rest.range(of: p) else { return false }
            rest = rest[r.upperBound...]
        }
        return true
    }

    /// The file with every block replaced by the actual output of its test (nothing else changes).
    public static func updated(_ text: String, cases: [ScriptTestCase]) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let byLine = Dictionary(cases.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        for b in blocks(in: text).reversed() {
            guard let c = byLine[b.firstLine], !c.passed, c.problem == nil else { continue }
            let indent = String(lines[b.firstLine - 1].prefix { $0 == " " || $0 == "\t" })
            let new = c.actual.isEmpty ? [] : c.actual.map { indent + ($0.isEmpty ? "#=>" : "#=> " + $0) }
            lines.replaceSubrange((b.firstLine - 1)..<b.lastLine, with: new)
        }
        if let t = cases.first(where: { !$0.passed && $0.trailing != nil })?.trailing {
            let end = lines.last == "" ? lines.count - 1 : lines.count
            lines.insert(contentsOf: t.map { $0.isEmpty ? "#=>" : "#=> " + $0 }, at: end)
        }
        return lines.joined(separator: "\n")
    }
}

import Foundation
