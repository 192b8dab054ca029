// MarkdownTest: a Markdown file's examples run as tests (as Rust's doctests are). Each ```cfy
// block is a script test (ScriptTest) in a fresh session, with the Markdown file's own line
// numbers; each `$ cfy` line of a ```console block is a command whose output must be the lines
// shown after it (ConsoleTranscript reads them; the caller runs them: the cfy executable's
// ConsoleRunner, since CfyCore starts no process). Other blocks are not run.

import Foundation

/// The tests of one Markdown file, and the edits `--update` would make to it.
public struct MarkdownTestResult: Sendable {
    /// One case per ```cfy block, per `$ cfy` command and per line that cannot run; a failing
    /// case's `problem` is its whole failure text (starting with `FILE:LINE:`).
    public var cases: [ScriptTestCase] = []
    /// For `--update`: lines to replace with the actual output (`MarkdownTest.updated`).
    public var edits: [MarkdownEdit] = []
}

/// Replace `count` lines from the 1-based line `start` with `lines` (count 0: insert before it).
public struct MarkdownEdit: Sendable, Equatable {
    public var start: Int
    public var count: Int
    public var lines: [String]
}

public enum MarkdownTest {
    /// Runs the ```cfy and ```console blocks of the Markdown file `path` (its text `text`):
    /// `session` makes the fresh session of each cfy block; `commands` runs the commands of one
    /// console block (each one's arguments after `cfy`) in order, in one scratch directory.
    public static func run(_ path: String, text: String, session: () -> Session,
                           commands: ([[String]]) -> [ConsoleOutcome]) -> MarkdownTestResult {
        var result = MarkdownTestResult()
        let blocks: [MarkdownBlock]
        switch MarkdownBlocks.extract(text) {
        case .failure(let e):
            result.cases.append(failed(line: e.line, "\(path):\(e.line): error: \(e.message)"))
            return result
        case .success(let b): blocks = b
        }
        let raw = MarkdownBlocks.splitLines(text)
        for block in blocks {
            switch block.language {
            case "cfy": runScript(block, path: path, raw: raw, session: session(), into: &result)
            case "console": runTranscript(block, path: path, commands: commands, into: &result)
            default: continue
            }
        }
        return result
    }

    /// One ```cfy block: a source numbered from the line after its fence, so that every line
    /// number (in failures, diagnostics and `#=> error: LINE:COL:` lines) is the Markdown file's.
    static func runScript(_ block: MarkdownBlock, path: String, raw: [String], session: Session, into result: inout MarkdownTestResult) {
        let text = block.lines.joined(separator: "\n") + "\n"
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let source = Source(name: path, text: text, directory: dir, firstLine: block.fenceLine + 1)
        // A block without `#=>` lines is one case at "line 1" of the source: the block's first line.
        let cases = ScriptTest.run(source, session: session).map { c -> ScriptTestCase in
            var c = c; c.line = max(c.line, block.fenceLine + 1); return c
        }
        let failures = cases.filter { !$0.passed }
        if failures.isEmpty {
            result.cases.append(ScriptTestCase(line: block.fenceLine, problem: nil, expected: [], actual: [], passed: true))
            return
        }
        let text0 = failures.map { ScriptTest.failureText(path, $0) }.joined()
        result.cases.append(failed(line: block.fenceLine, String(text0.dropLast())))
        // Edits: each failing `#=>` run rewritten (with its own indentation); output no block holds
        // goes into a new block before the closing fence.
        let byLine = Dictionary(failures.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        for b in ScriptTest.blocks(in: text, firstLine: source.firstLine) {
            guard let c = byLine[b.firstLine], c.problem == nil else { continue }
            let indent = String(raw[b.firstLine - 1].prefix { $0 == " " || $0 == "\t" })
            result.edits.append(MarkdownEdit(start: b.firstLine, count: b.lastLine - b.firstLine + 1,
                                             lines: c.actual.map { indent + ($0.isEmpty ? "#=>" : "#=> " + $0) }))
        }
        if let t = failures.first(where: { $0.trailing != nil })?.trailing {
            let indent = String(repeating: " ", count: block.indent)
            result.edits.append(MarkdownEdit(start: block.closingLine, count: 0,
                                             lines: t.map { indent + ($0.isEmpty ? "#=>" : "#=> " + $0) }))
        }
    }

    /// One ```console block: its commands run in order in one scratch directory.
    static func runTranscript(_ block: MarkdownBlock, path: String, commands run: ([[String]]) -> [ConsoleOutcome],
                              into result: inout MarkdownTestResult) {
        let (commands, problems) = ConsoleTranscript.parse(block)
        var outcomes: [(ConsoleCommand, ConsoleOutcome)] = []
        if !commands.isEmpty {
            let ran = run(commands.map(\.arguments))
            outcomes = commands.enumerated().map { i, c in (c, i < ran.count ? ran[i] : .failed("not run")) }
        }
        // Cases in line order, problems among the commands.
        var cases: [(Int, ScriptTestCase)] = problems.map { ($0.line, failed(line: $0.line, "\(path):\($0.line): error: \($0.message)")) }
        let indent = String(repeating: " ", count: block.indent)
        for (c, outcome) in outcomes {
            switch outcome {
            case .failed(let message):
                cases.append((c.line, failed(line: c.line, "\(path):\(c.line): error: \(shown(c)): \(message)")))
            case .finished(let actual):
                if ScriptTest.matches(c.expected, actual) {
                    cases.append((c.line, ScriptTestCase(line: c.line, problem: nil, expected: c.expected, actual: actual, passed: true)))
                    continue
                }
                let diff = LineDiff.unified(expected: c.expected, actual: actual, matches: { ScriptTest.matches([$0], [$1]) })
                cases.append((c.line, failed(line: c.line, "\(path):\(c.line): test failed: \(shown(c))\n" + String(diff.dropLast()))))
                result.edits.append(MarkdownEdit(start: c.line + 1, count: c.expected.count, lines: actual.map { indent + $0 }))
            }
        }
        result.cases += cases.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The command as the doc shows it, for failure messages.
    static func shown(_ c: ConsoleCommand) -> String {
        (["cfy"] + c.arguments.map { a in
            a.isEmpty || a.contains(where: { " \t'\"\\|&;<>()$`*?[#~".contains($0) }) ? "'" + a.replacingOccurrences(of: "'", with: "'\\''") + "'" : a
        }).joined(separator: " ")
    }

    static func failed(line: Int, _ text: String) -> ScriptTestCase {
        ScriptTestCase(line: line, problem: text, expected: [], actual: [], passed: false)
    }

    /// `text` with `edits` made (each edit's lines refer to the original text; none overlap).
    /// Nothing else changes: a new line ends as the line it replaces (or, inserted, as the line
    /// before it), so a file with "\r\n" line ends keeps them.
    public static func updated(_ text: String, edits: [MarkdownEdit]) -> String {
        var lines = MarkdownBlocks.rawLines(text)
        for e in edits.sorted(by: { $0.start > $1.start }) {
            let lo = e.start - 1
            guard lo >= 0, lo + e.count <= lines.count else { continue }
            let end = lines[e.count > 0 ? lo : max(lo - 1, 0)].end
            lines.replaceSubrange(lo..<(lo + e.count), with: e.lines.map { (text: $0, end: end.isEmpty ? "\n" : end) })
        }
        return lines.map { $0.text + $0.end }.joined()
    }
}
