// GitRevision: the files of one git revision, for `cfy diff REV:PATH`. git runs as a subprocess of
// the command line only (the runtime never starts a process): the tree is listed once with
// `git ls-tree`, and each file read at most once with `git cat-file blob REV:PATH`.

import CfyCore
import Foundation

/// A failure to read a revision, as the message to show.
struct GitError: Error { let message: String }

/// Runs `git ARGS` in the current directory: its exit status, stdout and stderr.
func runGit(_ args: [String]) -> (status: Int32, out: Data, err: String) {
    let r = runSubprocess("/usr/bin/env", ["git"] + args)
    switch r.end {
    case .notStarted(let error): return (127, Data(), "cannot run git: \(error)")
    case .exited(let s), .signaled(let s): return (s, r.stdout, String(decoding: r.stderr, as: UTF8.self))
    case .timedOut, .overflowed: return (1, r.stdout, String(decoding: r.stderr, as: UTF8.self))   // no limits given
    }
}

/// The files of revision `rev` of the repository around the current directory, at their
/// working-tree paths (`ROOT/a/b.py`), so that module finding works as it does on disk.
final class GitRevision: SourceFiles, @unchecked Sendable {
    let rev: String
    let root: String
    private let files: Set<String>
    private let directories: Set<String>
    private var cache: [String: [UInt8]] = [:]

    /// Opens `rev`; an error when the current directory is not in a git repository or the
    /// revision does not exist.
    init(_ rev: String) throws(GitError) {
        let top = runGit(["rev-parse", "--show-toplevel"])
        guard top.status == 0 else {
            throw GitError(message: top.status == 127 ? top.err
                           : "cannot read revision '\(rev)': the current directory is not inside a git repository")
        }
        root = String(decoding: top.out, as: UTF8.self).trimmingCharacters(in: .newlines)
        let tree = runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{tree}"])
        guard !rev.isEmpty, tree.status == 0 else {
            throw GitError(message: "revision '\(rev)' does not exist in the git repository at \(root)")
        }
        let ls = runGit(["ls-tree", "-r", "-z", "--name-only", "--full-tree", "--end-of-options", rev])
        guard ls.status == 0 else { throw GitError(message: "cannot list revision '\(rev)': \(ls.err)") }
        let names = ls.out.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        files = Set(names)
        var dirs: Set<String> = [""]
        for n in names {
            var parts = n.split(separator: "/").dropLast()
            while !parts.isEmpty { dirs.insert(parts.joined(separator: "/")); parts = parts.dropLast() }
        }
        directories = dirs
        self.rev = rev
    }

    /// `path` relative to the repository root, nil when outside it.
    func relative(_ path: String) -> String? {
        let p = URL(fileURLWithPath: path).standardizedFileURL.path
        if p == root { return "" }
        return p.hasPrefix(root + "/") ? String(p.dropFirst(root.count + 1)) : nil
    }

    /// PATH of `REV:PATH` as git takes it: from the repository root, or from the current directory
    /// when it starts with `./` or `../`. Returns the absolute working-tree path.
    func absolute(_ path: String) -> String {
        if path.hasPrefix("./") || path.hasPrefix("../") {
            return URL(fileURLWithPath: path).standardizedFileURL.path
        }
        return URL(fileURLWithPath: root).appendingPathComponent(path).standardizedFileURL.path
    }

    func exists(_ path: String) -> Bool {
        guard let r = relative(path) else { return false }
        return files.contains(r) || directories.contains(r)
    }

    func isDirectory(_ path: String) -> Bool { relative(path).map(directories.contains) ?? false }

    func read(_ path: String) throws -> [UInt8]? {
        guard let r = relative(path), files.contains(r) else { return nil }
        if let b = cache[r] { return b }
        let show = runGit(["cat-file", "blob", "\(rev):\(r)"])
        guard show.status == 0 else { throw GitError(message: "cannot read \(rev):\(r): \(show.err)") }
        if show.out.count > ReadLimit.source { throw GitError(message: "\(rev):\(r) is too large to be source") }
        let bytes = [UInt8](show.out)
        cache[r] = bytes
        return bytes
    }

    func list(_ directory: String) -> [String] {
        guard let r = relative(directory) else { return [] }
        let prefix = r.isEmpty ? "" : r + "/"
        let names = (files.union(directories)).compactMap { f -> String? in
            guard f.hasPrefix(prefix), f.count > prefix.count else { return nil }
            let rest = f.dropFirst(prefix.count)
            return rest.contains("/") ? nil : String(rest)
        }
        return names.sorted()
    }

    /// A module read from the revision is named `REV:PATH` in messages, as its file was.
    func displayName(_ path: String) -> String? { relative(path).map { "\(rev):\($0)" } }

    /// Whether the revision is the commit checked out (HEAD), so its line numbers are the
    /// working tree's (GitHub annotations point at the checked-out files).
    var isCheckedOut: Bool {
        let a = runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}"])
        let b = runGit(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])
        return a.status == 0 && b.status == 0 && a.out == b.out
    }

    /// Files in a revision are not followed as links.
    func linkTarget(_ path: String) -> String? { nil }
}

extension GitError: CustomStringConvertible { var description: String { message } }
