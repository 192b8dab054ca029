// cfy test PATH...: replay scripts as tests.

import ArgumentParser
import CfyCore
import Foundation

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Replay .cfy scripts as tests: each block of '#=> ' lines must equal what the REPL would print.",
        discussion: "Directories are searched for *.cfy files. The last line is 'N passed, N failed'; exit 1 if any failed."
    )

    @ArgumentParser.Argument(help: "Files or directories.", completion: .file(extensions: ["cfy"]))
    var paths: [String]

    @Flag(help: "Rewrite failing '#=>' blocks with the actual output.")
    var update = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory") }
    }

    func run() throws {
        let code = runOnBigStack { () -> Int32 in
            var passed = 0, failed = 0
            for file in expand(paths) {
                let src: Source
                switch loadSource(file) {
                case .failure(let d): report(d); failed += 1; continue
                case .success(let s): src = s
                }
                let session = makeSession(stream: false)
                let cases = ScriptTest.run(src, session: session)
                for c in cases {
                    if c.passed { passed += 1; continue }
                    failed += 1
                    if update { continue }
                    var text = "\(file):\(c.line): test failed\n--- expected\n+++ actual\n"
                    for l in c.expected { text += "-" + l + "\n" }
                    for l in c.actual { text += "+" + l + "\n" }
                    out(text)
                }
                if update, cases.contains(where: { !$0.passed }) {
                    if case .success = Parser.parse(src) {
                        let new = ScriptTest.updated(src.text, cases: cases)
                        if (try? new.write(toFile: file, atomically: true, encoding: .utf8)) == nil {
                            report(Diagnostic("cannot write '\(file)'", at: .none, in: nil))
                        } else { out("\(file): updated\n") }
                    } else {
                        report(Diagnostic("'\(file)' does not parse; not updated", at: .none, in: src))
                    }
                }
            }
            out("\(passed) passed, \(failed) failed\n")
            return failed > 0 && !update ? 1 : 0
        }
        if code != 0 { throw ExitCode(code) }
    }

    func expand(_ paths: [String]) -> [String] {
        var files: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                let items = (FileManager.default.enumerator(atPath: p)?.allObjects as? [String]) ?? []
                files += items.filter { $0.hasSuffix(".cfy") }.sorted().map { (p as NSString).appendingPathComponent($0) }
            } else { files.append(p) }
        }
        return files
    }
}
