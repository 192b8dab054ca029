// cfy run FILE: run a script.

import ArgumentParser
import CEditLine
import CfyCore
#if canImport(Glibc)
import Glibc
#endif

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a .cfy script.",
        discussion: "Exit 0 when the script runs to the end, 1 after an error (printed to stderr)."
    )

    @ArgumentParser.Argument(help: "The script to run.", completion: .file(extensions: ["cfy"]))
    var file: String

    @Flag(help: "Set overwrite=True on every args set the script builds.")
    var overwrite = false

    func run() throws {
        let code = Self.execute(file, overwrite: overwrite)
        if code != 0 { throw ExitCode(code) }
    }

    /// `cfy run FILE [--overwrite]` without the argument parser (whose reflection costs a few
    /// milliseconds of start-up); nil for anything else, which the parser handles.
    static func fastPath(_ argv: [String]) -> Int32? {
        guard argv.first == "run", argv.count <= 3 else { return nil }
        var file: String?
        var overwrite = false
        for a in argv.dropFirst() {
            if a == "--overwrite", !overwrite { overwrite = true }
            else if !a.hasPrefix("-"), file == nil { file = a }
            else { return nil }
        }
        guard let file else { return nil }
        return execute(file, overwrite: overwrite)
    }

    /// Runs the script; Ctrl-C stops it with KeyboardInterrupt and exit status 130 (a second
    /// Ctrl-C, while a long builtin runs and nothing polls, exits at once).
    static func execute(_ file: String, overwrite: Bool) -> Int32 {
        _ = cfy_set_sigint(runSigint)
        defer { _ = cfy_default_sigint() }
        return runOnBigStack { () -> Int32 in
            let src: Source
            switch loadSource(file) {
            case .failure(let d): report(d); return 1
            case .success(let s): src = s
            }
            let session = makeSession(overwrite: overwrite)
            // The process ends right after the script: its values are not freed one by one
            // (a million-set sweep would spend a second on it).
            _ = Unmanaged.passRetained(session)
            for r in session.run(src) {
                guard let e = r.error else { continue }
                if e.kind == .keyboardInterrupt {
                    if isatty(2) == 1 { err("\n") }          // after the terminal's "^C"
                    report(e)
                    return 130
                }
                report(e)
                return 1
            }
            return 0
        }
    }
}

/// SIGINT during `cfy run`: the first asks the interpreter to stop; a second one, if the first
/// was not seen yet, exits with 130 at once (async-signal-safe: an atomic, write, _exit).
private let runSigint: @convention(c) (Int32) -> Void = { _ in
    if interruptFlag.load(ordering: .relaxed) {
        let msg: StaticString = "\nKeyboardInterrupt\n"
        _ = write(2, msg.utf8Start, msg.utf8CodeUnitCount)
        _exit(130)
    }
    requestInterrupt()
}
