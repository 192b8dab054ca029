// cfy diff OLD NEW: how the args sets of two params files (or of one file at two git revisions)
// differ — added, removed, renamed (same hash) or hash changed, explained field by field.

import ArgumentParser
import CfyCore
import Foundation

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the args sets of two params files, or of a file at a git revision (REV:PATH).",
        discussion: """
            OLD and NEW are .cfy or .py files, or REV:PATH as 'git show' takes it (PATH from the \
            repository root, or from the current directory when it starts with ./ or ../); the \
            imports of a file in a revision are read from the same revision. Exit 1 when the hash of \
            a set in both changed (or a file cannot be read or run), 0 otherwise, 2 for usage errors.
            """
    )

    @ArgumentParser.Argument(help: "The old params file, or REV:PATH.")
    var old: String

    @ArgumentParser.Argument(help: "The new params file, or REV:PATH.")
    var new: String

    @Option(help: "Output format: text, json (one object) or github (workflow annotations).")
    var format: FindingFormat = .text

    func run() throws {
        let code = runOnBigStack { () -> Int32 in
            let a: [DiffedSet], b: [DiffedSet]
            switch (Self.sets(old), Self.sets(new)) {
            case (.failure(let d), _), (_, .failure(let d)): report(d); return 1
            case (.success(let x), .success(let y)): (a, b) = (x, y)
            }
            let diff = SetDiff.compare(old: a, new: b)
            switch format {
            case .text: out(Self.text(diff))
            case .json: out(Self.json(diff, old: old, new: new).text() + "\n")
            case .github: out(Self.github(diff, path: Self.annotationPath(new)))
            }
            return diff.hashChanged ? 1 : 0
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// The sets of `arg`: a file, or else (with a colon) `REV:PATH` read from git.
    static func sets(_ arg: String) -> Result<[DiffedSet], Diagnostic> {
        guard isRevision(arg), let colon = arg.firstIndex(of: ":") else {
            return loadSource(arg).flatMap { SetDiff.sets(of: $0) }
        }
        let rev = String(arg[..<colon]), path = String(arg[arg.index(after: colon)...])
        let fail = { (m: String) in Result<[DiffedSet], Diagnostic>.failure(Diagnostic.file(arg, m, kind: .fileNotFoundError)) }
        if rev.isEmpty || path.isEmpty { return fail("'\(arg)' is not REV:PATH: give a revision and a path") }
        let repo: GitRevision
        do { repo = try GitRevision(rev) } catch { return fail(error.message) }
        let abs = repo.absolute(path)
        guard let rel = repo.relative(abs), !repo.isDirectory(abs) else {
            return fail("'\(path)' is not a file in the git repository at \(repo.root)")
        }
        let bytes: [UInt8]?
        do { bytes = try repo.read(abs) } catch { return fail("cannot read '\(arg)': \(error)") }
        guard let bytes else {
            let here = repo.list(URL(fileURLWithPath: abs).deletingLastPathComponent().path)
            return fail("'\(rel)' does not exist in revision '\(rev)'" + didYouMean(URL(fileURLWithPath: rel).lastPathComponent, here))
        }
        let dir = URL(fileURLWithPath: abs).deletingLastPathComponent().path
        return decodeSource(bytes, name: "\(rev):\(rel)", directory: dir).flatMap { SetDiff.sets(of: $0, files: repo) }
    }

    /// Where a GitHub annotation for a set NEW defines goes: the file itself; for `REV:PATH`, the
    /// path in the working tree when REV is the commit checked out (so the line numbers agree),
    /// else nowhere (the annotation has no file).
    static func annotationPath(_ new: String) -> (String) -> String? {
        guard isRevision(new), let colon = new.firstIndex(of: ":") else { return { $0 } }
        let rev = String(new[..<colon])
        guard let repo = try? GitRevision(rev), repo.isCheckedOut else { return { _ in nil } }
        let prefix = rev + ":"
        return { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : nil }
    }

    /// Whether `arg` is `REV:PATH` (it has a colon and names no file).
    static func isRevision(_ arg: String) -> Bool {
        arg.contains(":") && !FileManager.default.fileExists(atPath: arg)
    }

    static func text(_ diff: SetDiff) -> String {
        var t = ""
        for c in diff.changes {
            switch c {
            case .changed(let o, let n, let reasons):
                t += "changed  '\(pyEscaped(n.entry.name))': \(o.entry.hash) -> \(n.entry.hash)\n"
                for r in reasons.isEmpty ? [explicitHash] : reasons { t += "    - \(r)\n" }
            case .renamed(let o, let n):
                t += "renamed  '\(pyEscaped(o.entry.name))' -> '\(pyEscaped(n.entry.name))' (same hash \(n.entry.hash))\n"
            case .added(let n): t += "added    '\(pyEscaped(n.entry.name))' \(n.entry.hash)\n"
            case .removed(let o): t += "removed  '\(pyEscaped(o.entry.name))' \(o.entry.hash)\n"
            }
        }
        return t + "cfy diff: " + summary(diff) + "\n"
    }

    static let explicitHash = "no field's representation changed (an explicit hash= value differs)"

    static func summary(_ diff: SetDiff) -> String {
        var counts = (changed: 0, renamed: 0, added: 0, removed: 0)
        for c in diff.changes {
            switch c {
            case .changed: counts.changed += 1
            case .renamed: counts.renamed += 1
            case .added: counts.added += 1
            case .removed: counts.removed += 1
            }
        }
        return "\(counts.changed) changed, \(counts.renamed) renamed, \(counts.added) added, \(counts.removed) removed, \(diff.unchanged) unchanged"
    }

    /// `{"old", "new", "changed": [{name, old_hash, new_hash, reasons, file, line}], "renamed":
    /// [{old_name, new_name, hash, file, line}], "added": [{name, hash, file, line}], "removed":
    /// [{name, hash}], "unchanged": N}` (docs/cli.md).
    static func json(_ diff: SetDiff, old: String, new: String) -> JSON {
        func place(_ s: DiffedSet) -> [(String, JSON)] {
            [("file", s.file.map { .string($0) } ?? .null), ("line", s.line.map { .int(Int64($0)) } ?? .null)]
        }
        var changed: [JSON] = [], renamed: [JSON] = [], added: [JSON] = [], removed: [JSON] = []
        for c in diff.changes {
            switch c {
            case .changed(let o, let n, let reasons):
                changed.append(.object([("name", .string(n.entry.name)), ("old_hash", .string(o.entry.hash)),
                                        ("new_hash", .string(n.entry.hash)),
                                        ("reasons", .array((reasons.isEmpty ? [explicitHash] : reasons).map { .string($0) }))] + place(n)))
            case .renamed(let o, let n):
                renamed.append(.object([("old_name", .string(o.entry.name)), ("new_name", .string(n.entry.name)),
                                        ("hash", .string(n.entry.hash))] + place(n)))
            case .added(let n): added.append(.object([("name", .string(n.entry.name)), ("hash", .string(n.entry.hash))] + place(n)))
            case .removed(let o): removed.append(.object([("name", .string(o.entry.name)), ("hash", .string(o.entry.hash))]))
            }
        }
        return .object([("old", .string(old)), ("new", .string(new)), ("changed", .array(changed)),
                        ("renamed", .array(renamed)), ("added", .array(added)), ("removed", .array(removed)),
                        ("unchanged", .int(Int64(diff.unchanged)))])
    }

    /// A `::warning` per changed set and a `::notice` per renamed, added or removed one, on the
    /// line of NEW that defines the set when it is known and `path` places its file (see
    /// annotationPath), then the summary as a notice.
    static func github(_ diff: SetDiff, path: (String) -> String?) -> String {
        func line(_ level: String, _ s: DiffedSet?, _ msg: String) -> String {
            var a = GitHubAnnotation(level: level, message: msg)
            if let s, let f = s.file.flatMap(path), let l = s.line { (a.file, a.line) = (f, l) }
            return a.text
        }
        var t = ""
        for c in diff.changes {
            switch c {
            case .changed(let o, let n, let reasons):
                t += line("warning", n, "the hash of args set '\(pyEscaped(n.entry.name))' changed (\(o.entry.hash) -> \(n.entry.hash)), "
                          + "so curifactory will not find its cached results\n"
                          + (reasons.isEmpty ? [explicitHash] : reasons).map { "- " + $0 }.joined(separator: "\n"))
            case .renamed(let o, let n):
                t += line("notice", n, "args set '\(pyEscaped(o.entry.name))' renamed to '\(pyEscaped(n.entry.name))' (same hash \(n.entry.hash))")
            case .added(let n): t += line("notice", n, "args set '\(pyEscaped(n.entry.name))' added (\(n.entry.hash))")
            case .removed(let o): t += line("notice", nil, "args set '\(pyEscaped(o.entry.name))' removed (\(o.entry.hash))")
            }
        }
        return t + GitHubAnnotation(level: "notice", message: "cfy diff: \(summary(diff))").text
    }
}
