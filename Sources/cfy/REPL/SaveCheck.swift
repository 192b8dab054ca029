// SaveCheck: whether the file `:save` would write replays where it is written. Every part of the
// session must be in the saved file's language, and every import must find the file it found in
// the session: a `.cfy` file imports modules beside itself, so what a file run with `:load`
// imported from its own directory is found again only when the saved file sits there too.

import CfyCore
import Foundation

/// Where one saved chunk of code came from.
struct ChunkOrigin {
    /// The file run with `:load` (as typed), or nil: typed at the prompt.
    var file: String?
    /// The directory its imports were looked up in: the loaded file's, else the current one.
    var directory: String
    /// Python code (from a `.py` file).
    var python: Bool
    /// Where its Python imports looked first: the session's project root (Runtime/Import.swift).
    var root: String?

    init(file: String? = nil, directory: String = FileManager.default.currentDirectoryPath, python: Bool = false,
         root: String? = nil) {
        self.file = file; self.directory = directory; self.python = python; self.root = root
    }

    init(_ src: Source, file: String?, root: String?) {
        self.init(file: file, directory: src.directory ?? FileManager.default.currentDirectoryPath, python: src.isPython,
                  root: root)
    }

    /// "dir/params.cfy line 3" or "line 3 typed at the prompt".
    func place(_ line: Int) -> String { file.map { "\($0) line \(line)" } ?? "line \(line) typed at the prompt" }
}

extension SessionLog {
    /// The modules `stmts` import, in function and class bodies too, with the line of each import.
    static func imports(_ stmts: [Stmt]) -> [(module: String, line: Int)] {
        var out: [(module: String, line: Int)] = []
        func walk(_ body: [Stmt]) {
            for s in body {
                switch s {
                case .import(let m, _, let l), .fromImport(let m, _, let l): out.append((m, l.line))
                case .def(let f): walk(f.body)
                case .classDecl(let c):
                    for case .method(let f) in c.members { walk(f.body) }
                case .if(let branches, let orElse, _):
                    for b in branches { walk(b.body) }
                    walk(orElse ?? [])
                case .for(_, _, let b, _), .while(_, let b, _), .with(_, let b, _): walk(b)
                case .try(let t):
                    walk(t.body)
                    for h in t.handlers { walk(h.body) }
                    walk(t.orElse ?? [])
                    walk(t.finally ?? [])
                default: continue
                }
            }
        }
        walk(stmts)
        return out
    }

    /// Why the saved code would not replay from `path` (as `shown` was typed), or nil when it does.
    func replayProblem(savingTo path: String, shown: String) -> String? {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let dir = target.deletingLastPathComponent().path
        let python = path.hasSuffix(".py")
        if let problem = languageProblem(python: python) {
            let other = python ? ".cfy" : ".py"
            return problem + (languageProblem(python: !python) == nil ? "; save to a \(other) file"
                              : "; the session ran code that only cfy reads and code that only Python reads, so no one file holds it")
        }
        let problems = misses(directory: dir, python: python, from: shown)
        guard let first = problems.first else { return nil }
        var text = "`cfy test \(shown)` would not find what this session imported: \(first)"
            + (problems.count > 1 ? " (and \(problems.count - 1) more)" : "")
        let dirs = chunks.filter { !$0.imports.isEmpty }.map(\.origin.directory)
        if let good = dirs.first(where: { misses(directory: $0, python: python, from: shown).isEmpty }) {
            let name = target.lastPathComponent
            let rel = Self.shown(good)
            text += "; save it in \(rel)/ (:save \(rel == "." ? name : rel + "/" + name)), where every import finds the same file"
        }
        return text
    }

    /// Why some code would not parse in the saved file's language. Code from the other language
    /// is kept when that front end reads it too (`base.lr` typed after `:load params.py`).
    private func languageProblem(python: Bool) -> String? {
        for c in chunks where c.origin.python != python {
            guard case .failure(let d) = Parser.parse(Source(name: python ? "<save>.py" : "<save>.cfy", text: c.code)) else {
                continue
            }
            let what = c.origin.file.map { "code from \($0)" } ?? "code typed at the prompt"
            let first = c.code.split(separator: "\n").first.map { " ('\(truncate(String($0), 40))')" } ?? ""
            return "\(what)\(first) is not \(python ? "Python" : "cfy") (line \(d.loc.line): \(d.message))"
        }
        return nil
    }

    /// The imports that would find another file (or none) from a file in `directory`.
    private func misses(directory: String, python: Bool, from file: String) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        for c in chunks {
            for i in c.imports where seen.insert(c.origin.directory + "\u{0}" + i.module).inserted {
                let then = Self.moduleFile(i.module, python: c.origin.python, directory: c.origin.directory,
                                           root: c.origin.root)
                let now = Self.moduleFile(i.module, python: python, directory: directory)
                guard then != now else { continue }
                out.append("the import of '\(i.module)' (\(c.origin.place(i.line))) read \(then.map(Self.shown) ?? "no file")"
                           + ", but from \(file) it would read \(now.map(Self.shown) ?? "no file")")
            }
        }
        return out
    }

    /// The file `import name` reads from a file in `directory`, as Runtime/Import.swift looks for it:
    /// a Python importer under `root` (the project root; else `directory`), then the current
    /// directory. A directory for a namespace package; nil: none (a built-in or opaque module).
    static func moduleFile(_ name: String, python: Bool, directory: String, root: String? = nil) -> String? {
        let fm = FileManager.default
        let dots = name.prefix { $0 == "." }.count
        let parts = name.dropFirst(dots).split(separator: ".").map(String.init)
        var roots = [directory]
        if dots > 1 {
            var d = URL(fileURLWithPath: directory, isDirectory: true)
            for _ in 1..<dots { d = d.deletingLastPathComponent() }
            roots = [d.path]
        } else if dots == 0, python {
            roots = [root ?? directory, fm.currentDirectoryPath]
        }
        let rel = parts.joined(separator: "/")
        var candidates = [rel + ".py", rel + "/__init__.py"]
        candidates.insert(rel + ".cfy", at: python ? 2 : 0)
        if parts.isEmpty { candidates = ["__init__.py"] }
        for searched in roots {
            let base = URL(fileURLWithPath: searched, isDirectory: true)
            for c in candidates {
                let p = base.appendingPathComponent(c).standardizedFileURL.path
                if fm.fileExists(atPath: p) { return p }
            }
            var isDir: ObjCBool = false
            let d = base.appendingPathComponent(rel).standardizedFileURL.path
            if python, fm.fileExists(atPath: d, isDirectory: &isDir), isDir.boolValue { return d + "/" }
        }
        return nil
    }

    /// A path relative to the current directory when inside it ("." for the directory itself).
    static func shown(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if path == cwd { return "." }
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
