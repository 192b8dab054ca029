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

    @ArgumentParser.Argument(help: ArgumentHelp("Overrides: every args set the script builds gets FIELD=VALUE, as if passed to its constructor.",
                                                valueName: "FIELD=VALUE"))
    var overrides: [String] = []

    @Flag(help: "Set overwrite=True on every args set the script builds.")
    var overwrite = false

    @OptionGroup var overriding: OverrideOptions

    func run() throws {
        guard let o = overriding.overrides(overrides) else { throw ExitCode(2) }
        let code = o.isEmpty ? Self.execute(file, overwrite: overwrite) : Self.executeOverridden(file, overwrite: overwrite, o)
        if code != 0 { throw ExitCode(code) }
    }

    /// `cfy run FILE FIELD=VALUE... [-m]`: the values are evaluated first (before the script, so
    /// only builtins are in scope), then the script runs once, or under --multirun once per
    /// combination of the several-valued overrides (itertools.product order, each announced on
    /// stderr), stopping at the first run that fails.
    static func executeOverridden(_ file: String, overwrite: Bool, _ o: SetOverrides) -> Int32 {
        let scratch = makeSession(stream: false)
        let given: [(name: String, values: [Value])]
        do { given = try scratch.values(o) } catch let d as Diagnostic { report(d); return 1 } catch { return 1 }
        var shown: [String: String] = [:]
        for (item, g) in zip(o.items, given) { shown[g.name] = item }
        let plain = given.filter { $0.values.count == 1 }.map { ($0.name, $0.values[0]) }
        let axes = given.filter { $0.values.count > 1 }
        var idx = [Int](repeating: 0, count: axes.count), n = 0
        let sizes = axes.map(\.values.count)
        while true {
            let combo = axes.indices.map { (axes[$0].name, axes[$0].values[idx[$0]]) }
            if !axes.isEmpty {
                let label = combo.map { "\($0.0)=\((try? scratch.str($0.1)) ?? "?")" }.joined(separator: " ")
                err("cfy run: #\(n) \(label)\n")
            }
            let code = execute(file, overwrite: overwrite, fields: plain + combo, shown: shown)
            if code != 0 { return code }
            n += 1
            if !advanceProductIndex(&idx, sizes: sizes) { return 0 }
        }
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
    static func execute(_ file: String, overwrite: Bool, fields: [(name: String, value: Value)] = [],
                        shown: [String: String] = [:]) -> Int32 {
        _ = cfy_set_sigint(runSigint)
        defer { _ = cfy_default_sigint() }
        return runOnBigStack { () -> Int32 in
            let src: Source
            switch loadSource(file) {
            case .failure(let d): report(d); return 1
            case .success(let s): src = s
            }
            let session = makeSession(overwrite: overwrite, fields: fields)
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
            // An override no args set the script built has is an error, as an unknown field is.
            let built = session.interpreter.builtFields
            for (k, _) in fields where !session.interpreter.overriddenFields.contains(k) {
                let text = shown[k] ?? k
                report(Diagnostic("override '\(text)': no args set the script built has a field '\(k)'" + didYouMean(k, built.sorted()),
                                  at: Loc(line: 1, col: 1), in: Source(name: "<override>", text: text), kind: .typeError))
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
