// cfy test PATH...: replay scripts as tests.

import ArgumentParser
import CfyCore
import Foundation

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Replay .cfy scripts, and the examples of Markdown files, as tests: each block of '#=> ' lines must equal what the REPL would print.",
        discussion: """
            Directories are searched for *.cfy and *.md files (and *.py files with '#=> ' blocks); each file runs in a \
            fresh session. '#=> error: MESSAGE' \
            expects an error; in a file with a '#=> error: LINE:COL: MESSAGE' line every error is the whole \
            diagnostic of 'cfy run' (that line, the source line and a caret); '...' in an expected line \
            matches any text; a file without blocks passes if it runs without error. In a .md file each \
            ```cfy block is such a test in its own session, and each '$ cfy ARGS' line of a ```console \
            block runs this cfy (no shell) in a scratch copy of examples/ and must print the lines shown \
            after it (stdout, stderr, then '[exit N]' if N is not 0). The last line is \
            'N passed, N failed'; exit 1 if any failed.
            """
    )

    @ArgumentParser.Argument(help: "Files or directories.", completion: .file(extensions: ["cfy", "py", "md"]))
    var paths: [String]

    @Flag(help: "Rewrite failing '#=>' blocks with the actual output (no other byte changes).")
    var update = false

    @Option(help: "Also write the results as JUnit XML to this file.", completion: .file(extensions: ["xml"]))
    var junit: String?

    @Option(help: "Seconds each '$ cfy' command of a Markdown ```console block may run before it fails.")
    var timeout: Double = 60

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        let code = runOnBigStack { () -> Int32 in
            var passed = 0, failed = 0
            var writeFailed = false
            var suites: [(file: String, cases: [ScriptTestCase])] = []
            let (files, problems) = expand(paths)
            for p in problems {
                let d = Diagnostic("\(p)", at: .none, in: nil)
                report(d); failed += 1
                suites.append((p.description, [ScriptTestCase(line: 0, problem: d.message, expected: [], actual: [], passed: false)]))
            }
            if files.isEmpty && problems.isEmpty { report(Diagnostic("no .cfy or .md files in \(paths.joined(separator: ", "))", at: .none, in: nil)); return 2 }
            let runner = ConsoleRunner(executable: ConsoleRunner.currentExecutable(), timeout: timeout)
            for file in files {
                if file.hasSuffix(".md") {
                    let (cases, ok) = testMarkdown(file, runner: runner)
                    suites.append((file, cases))
                    passed += cases.filter(\.passed).count
                    failed += cases.filter { !$0.passed }.count
                    if !ok { writeFailed = true }
                    continue
                }
                let src: Source?
                let cases: [ScriptTestCase]
                switch loadSource(file) {
                case .failure(let d):
                    // A bad-input test of a file that is not valid UTF-8 expects this very error.
                    if let bytes = try? readFile(file, limit: ReadLimit.source),
                       let expected = ScriptTest.undecodable(d, bytes: bytes, file: file) {
                        src = nil; cases = expected
                        break
                    }
                    report(d); failed += 1
                    suites.append((file, [ScriptTestCase(line: 0, problem: d.message, expected: [], actual: [], passed: false)]))
                    continue
                case .success(let s):
                    src = s; cases = ScriptTest.run(s, session: makeSession(stream: false))
                }
                suites.append((file, cases))
                for c in cases {
                    if c.passed { passed += 1; continue }
                    failed += 1
                    if update && (c.problem == nil || c.trailing != nil) { continue }
                    out(failureText(file, c))
                }
                if update, let src, cases.contains(where: { !$0.passed && ($0.problem == nil || $0.trailing != nil) }) {
                    let new = ScriptTest.updated(src.text, cases: cases)
                    do {
                        try writeFile(file, Array(new.utf8))
                        out("\(file): updated\n")
                    } catch {
                        report(Diagnostic.file(file, "\(error)")); writeFailed = true
                    }
                }
            }
            if let junit {
                let xml = junitXML(suites)
                do { try writeFile(junit, Array(xml.utf8)) } catch {
                    report(Diagnostic.file(junit, "\(error)")); writeFailed = true
                }
            }
            out("\(passed) passed, \(failed) failed\n")
            return (failed > 0 && !update) || writeFailed ? 1 : 0
        }
        if code != 0 { throw ExitCode(code) }
    }

    func failureText(_ file: String, _ c: ScriptTestCase) -> String { ScriptTest.failureText(file, c) }

    func junitXML(_ suites: [(file: String, cases: [ScriptTestCase])]) -> String {
        func esc(_ s: String) -> String {
            var o = ""
            for u in s.unicodeScalars {
                switch u {
                case "&": o += "&amp;"
                case "<": o += "&lt;"
                case ">": o += "&gt;"
                case "\"": o += "&quot;"
                default: if u.value < 0x20 && u != "\n" && u != "\t" { o += "?" } else { o.unicodeScalars.append(u) }
                }
            }
            return o
        }
        let total = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.cases.filter { !$0.passed }.count }
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cfy test\" tests=\"\(total)\" failures=\"\(failures)\">\n"
        for s in suites {
            let f = s.cases.filter { !$0.passed }.count
            x += "  <testsuite name=\"\(esc(s.file))\" tests=\"\(s.cases.count)\" failures=\"\(f)\">\n"
            for c in s.cases {
                x += "    <testcase classname=\"\(esc(s.file))\" name=\"\(esc(s.file)):\(c.line)\""
                if c.passed { x += "/>\n"; continue }
                x += ">\n      <failure message=\"\(esc(c.problem ?? "output differs"))\">\(esc(failureText(s.file, c)))</failure>\n    </testcase>\n"
            }
            x += "  </testsuite>\n"
        }
        return x + "</testsuites>\n"
    }

    /// Runs the examples of a Markdown file (MarkdownTest), prints its failures and, with
    /// `--update`, rewrites its failing `#=>` lines and transcript outputs. `ok` is false when the
    /// file could not be read or written.
    func testMarkdown(_ file: String, runner: ConsoleRunner) -> (cases: [ScriptTestCase], ok: Bool) {
        let src: Source
        switch loadSource(file) {
        case .failure(let d):
            report(d)
            return ([ScriptTestCase(line: 0, problem: d.message, expected: [], actual: [], passed: false)], true)
        case .success(let s): src = s
        }
        let result = MarkdownTest.run(file, text: src.text, session: { makeSession(stream: false) }, commands: runner.runBlock)
        for c in result.cases where !c.passed { out(failureText(file, c)) }
        guard update, !result.edits.isEmpty else { return (result.cases, true) }
        do {
            // The file's own bytes (not the Source, whose line ends are made "\n"), so that
            // nothing but the rewritten lines changes.
            let raw = String(decoding: try readFile(file, limit: ReadLimit.source) ?? Array(src.text.utf8), as: UTF8.self)
            try writeFile(file, Array(MarkdownTest.updated(raw, edits: result.edits).utf8))
            out("\(file): updated\n")
        } catch {
            report(Diagnostic.file(file, "\(error)")); return (result.cases, false)
        }
        return (result.cases, true)
    }

    /// The files to run: each file argument, and the .cfy and .md files (and .py files with `#=>` blocks) under each directory argument;
    /// a directory (or subdirectory) that cannot be read is reported and counts as a failure.
    func expand(_ paths: [String]) -> (files: [String], problems: [FileError]) {
        var files: [String] = []
        var problems: [FileError] = []
        for p in paths {
            if isDirectory(p) {
                let found = filesUnder(p, suffix: ".cfy")
                files += found.files.map { (p.hasSuffix("/") ? p : p + "/") + $0 }
                problems += found.problems
                // A .py file is a test when it has a `#=>` block (others are the modules tests import).
                let dir = p.hasSuffix("/") ? p : p + "/"
                files += filesUnder(p, suffix: ".py").files.map { dir + $0 }
                    .filter { (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("#=>") == true }
                // A Markdown file's ```cfy and ```console blocks are tests (docs/testing.md).
                let md = filesUnder(p, suffix: ".md")
                files += md.files.map { dir + $0 }
                problems += md.problems.filter { p in !found.problems.contains { $0.description == p.description } }
            } else { files.append(p) }
        }
        return (files, problems)
    }
}
