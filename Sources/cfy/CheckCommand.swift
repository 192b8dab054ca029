// cfy check FILE...: lints that fail CI, and the hash lock.

import ArgumentParser
import CfyCore
import Foundation

enum FindingFormat: String, ExpressibleByArgument, CaseIterable { case text, github, json }

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint params files: duplicate names, stale or unstable hashes, sets that share a hash, ints in float fields.",
        discussion: """
            Errors fail the check (exit 1); warnings do not. With --lock, every args set whose hash \
            differs from the lock file is an error explained field by field; sets new since the lock, or \
            gone from it, are reported and fail only with --strict.
            """
    )

    @ArgumentParser.Argument(help: ArgumentHelp("Params files, then overrides FIELD=VALUE applied to every set.", valueName: "file-or-override"),
                             completion: .file(extensions: ["cfy"]))
    var files: [String]

    @OptionGroup var selection: SetSelection

    @OptionGroup var overriding: OverrideOptions

    @Option(help: "Output format: text, github (workflow annotations) or json (one object per line).")
    var format: FindingFormat = .text

    @Option(help: "A lock file written by 'cfy lock' to compare hashes against.", completion: .file(extensions: ["lock"]))
    var lock: String?

    @Flag(help: "With --lock: sets added or removed since the lock are errors too.")
    var strict = false

    func validate() throws {
        if splitOverrides(files).files.isEmpty { throw ValidationError("give at least one params file") }
    }

    func run() throws {
        let (paths, given) = splitOverrides(files)
        guard let o = overriding.overrides(given) else { throw ExitCode(2) }
        let code = runOnBigStack { () -> Int32 in
            var findings: [Diagnostic] = []
            var checked: [CheckedFile] = []
            var failed: Set<String> = []  // files that could not be read or run
            for f in paths {
                switch loadSource(f) {
                case .failure(let d): findings.append(d); failed.insert(f)
                case .success(let src):
                    let c = Checker.check(src, names: selection.wanted, overwrite: selection.overwrite, overrides: o)
                    findings += c.findings
                    if c.runError != nil { failed.insert(src.name) }
                    checked.append(c)
                }
            }
            if let lock { findings += compareLock(lock, checked, failed: failed) }
            for d in findings { emit(d) }
            let errors = findings.filter { $0.severity == .error }.count
            if format == .text {
                let warnings = findings.count - errors
                err("cfy check: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
            }
            return errors > 0 ? 1 : 0
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// The lock's findings; `failed` names the params files that could not be read or run, whose
    /// locked sets are reported as not checked rather than as gone.
    func compareLock(_ path: String, _ checked: [CheckedFile], failed: Set<String> = []) -> [Diagnostic] {
        let bytes: [UInt8]?
        do { bytes = try readFile(path, limit: ReadLimit.data) } catch {
            return [Diagnostic.file(path, "cannot read lock file: \(error)", kind: .lockError)]
        }
        guard let bytes, let text = String(validating: bytes, as: UTF8.self) else {
            return [Diagnostic.file(path, "cannot read lock file '\(path)': " + (bytes == nil ? "no such file" : "not UTF-8"),
                                    kind: .lockError)]
        }
        let old: [LockedSet]
        switch HashLock.parse(text, path: path) {
        case .failure(let d): return [d]
        case .success(let s): old = s
        }
        var out: [Diagnostic] = []
        var current: [String: (LockedSet, CheckedFile, Instance)] = [:]
        for c in checked {
            guard let entries = try? HashLock.entries(c) else { continue }
            for (e, inst) in zip(entries, c.sets) { current[e.name] = (e, c, inst) }
        }
        let lockedNames = Set(old.map(\.name))
        for o in old {
            guard let (n, c, inst) = current[o.name] else {
                if !failed.isEmpty && (failed.contains(o.file) || !checked.contains { $0.source.name == o.file && $0.runError == nil }) {
                    let which = failed.contains(o.file) ? o.file : failed.sorted().joined(separator: ", ")
                    out.append(Diagnostic.file(path, "args set '\(pyEscaped(o.name))' in the lock was not checked: "
                                               + "\(which) failed to run (see the error above)", kind: .lockError))
                    continue
                }
                out.append(Diagnostic("args set '\(pyEscaped(o.name))' is in the lock but no longer defined", at: .none,
                                      in: Source(name: path, text: ""), kind: .lockGone, severity: strict ? .error : .warning))
                continue
            }
            if n.hash == o.hash { continue }
            var msg = "the hash of args set '\(pyEscaped(o.name))' changed since \(path) (\(o.hash) -> \(n.hash)), so curifactory will not find its cached results"
            for why in HashLock.explain(old: o, new: n) { msg += "\n    - " + why }
            out.append(Diagnostic(msg, at: inst.origin?.loc ?? .none, in: inst.origin?.source ?? c.source, kind: .hashChanged))
        }
        for (name, (_, c, inst)) in current.sorted(by: { $0.key < $1.key }) where !lockedNames.contains(name) {
            out.append(Diagnostic("args set '\(pyEscaped(name))' is new since \(path) (run 'cfy lock' to record it)",
                                  at: inst.origin?.loc ?? .none, in: inst.origin?.source ?? c.source,
                                  kind: .lockNew, severity: strict ? .error : .warning))
        }
        return out
    }

    func emit(_ d: Diagnostic) {
        switch format {
        case .text: report(d)
        case .github:
            var a = GitHubAnnotation(level: d.severity == .error ? "error" : "warning", message: d.message)
            // A finding in text the command line made (`<override>`, `<stdin>`) has no file to
            // annotate; one about a whole file (no line) has the file only.
            if let src = d.source, !src.name.hasPrefix("<"), d.loc.line > 0 || !src.text.isEmpty {
                a.file = src.name
                if d.loc.line > 0 { (a.line, a.col) = (d.loc.line, d.loc.col) }
            }
            out(a.text)
        case .json:
            out(JSON.object([
                ("file", d.source.map { .string($0.name) } ?? .null),
                ("line", d.loc.line > 0 ? .int(Int64(d.loc.line)) : .null),
                ("col", d.loc.line > 0 ? .int(Int64(d.loc.col)) : .null),
                ("severity", .string(d.severity.rawValue)), ("kind", .string(d.kind.rawValue)),
                ("message", .string(d.message)),
            ]).text() + "\n")
        }
    }
}

func splitNames(_ s: String) -> [String] {
    s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

struct LockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock",
        abstract: "Record every args set's name, hash and representation in a lock file for 'cfy check --lock'."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("Params files, then overrides FIELD=VALUE applied to every set.", valueName: "file-or-override"),
                             completion: .file(extensions: ["cfy"]))
    var files: [String]

    @OptionGroup var selection: SetSelection

    @OptionGroup var overriding: OverrideOptions

    @Option(name: .shortAndLong, help: "The lock file to write.")
    var output = "cfy.lock"

    func validate() throws {
        if splitOverrides(files).files.isEmpty { throw ValidationError("give at least one params file") }
    }

    func run() throws {
        let (paths, given) = splitOverrides(files)
        guard let o = overriding.overrides(given) else { throw ExitCode(2) }
        let code = runOnBigStack { () -> Int32 in
            var sets: [LockedSet] = []
            for f in paths {
                switch loadSource(f) {
                case .failure(let d): report(d); return 1
                case .success(let src):
                    let c = Checker.check(src, names: selection.wanted, overwrite: selection.overwrite, overrides: o)
                    if let e = c.findings.first(where: { $0.severity == .error && ![ErrorKind.duplicateName, .sameHash].contains($0.kind) }) {
                        report(e); return 1
                    }
                    do { sets += try HashLock.entries(c) } catch let d as Diagnostic { report(d); return 1 } catch { return 1 }
                }
            }
            do { try writeFile(output, Array(HashLock.text(sets).utf8)) } catch {
                report(Diagnostic.file(output, "\(error)")); return 1
            }
            err("cfy lock: \(sets.count) args set\(sets.count == 1 ? "" : "s") written to \(output)\n")
            return 0
        }
        if code != 0 { throw ExitCode(code) }
    }
}
