// PythonOpaque: modules cfy cannot run (numpy, sklearn, torch, logging, curifactory's stages...)
// import as opaque values. An opaque value can be called, have attributes taken, decorate a
// function (which stays defined, its body unrun), be passed around and stored; each call or
// attribute gives another opaque value remembering the import and the line it came from. It
// cannot take part in arithmetic, comparisons or iteration (the ordinary type errors). Reaching
// a field being hashed, directly or inside a container, it is an error naming the import, the
// line, the field (Hashing/Strategy.swift), never a guessed hash. docs/python.md states the rule.

import Foundation

/// Where an opaque value came from: the module imported, the expression and its line.
public struct OpaqueOrigin: Sendable {
    /// The module as imported (`numpy`, `sklearn.neighbors`, `curifactory`).
    public let module: String
    /// The expression that made the value (`np.zeros(...)`), for messages.
    public let text: String
    /// The line and column of the use that made it (0 when unknown), in `source`.
    public let line: Int
    public var col: Int = 1
    public var source: Source? = nil
    /// What Python itself raises when curifactory hashes the value (a `functools.partial` has no
    /// `__qualname__`); nil for a value of a module cfy does not run.
    public var pythonError: String? = nil
    /// For a Python class cfy does not run (and what it makes): why not, and where the class is.
    public var classReason: String? = nil
    /// For a module no project root holds but a directory above them does: where, and that cfy
    /// should run from there (`opaqueModule`).
    public var hint: String? = nil

    /// In every message of an opaque value in a hashed field (to name the args set in it once).
    static let marker = "which cfy does not run (it imports as opaque)"
    static let failsMarker = "curifactory cannot hash it"

    /// The hasher's error for this value, moved to the use that made the value.
    func hashError(_ e: Error) -> Error {
        guard var d = e as? Diagnostic, line > 0, let source else { return e }
        d.loc = Loc(line: line, col: col)
        d.source = source
        return d
    }

    /// Runs `body` (a hash of `inst`), naming the args set in an opaque-value error.
    static func naming<T>(_ inst: Instance, _ body: () throws -> T) throws -> T {
        do { return try body() } catch var d as Diagnostic where (d.message.contains(marker) || d.message.contains(failsMarker)
                                                                  || d.message.contains(Strategy.unorderedSetMarker))
                                                          && !d.message.hasPrefix("args set") {
            if case .str(let n)? = inst.get("name") { d.message = "args set '\(n)': " + d.message }
            throw d
        }
    }

    /// The type name in error messages: `numpy value (opaque)`, `functools.partial`.
    var typeName: String {
        pythonError != nil ? "functools.partial" : classReason != nil ? module + " (a class cfy does not run)" : module + " value (opaque)"
    }

    /// The error for the text of this value (`str`, `repr`, `print`, an f-string): Python's would
    /// come from code cfy does not run, or hold an address.
    var reprMessage: String {
        let at = line > 0 ? " (\(source?.name ?? "line"):\(line))" : ""
        if pythonError != nil { return "cfy cannot know the text of `\(text)`\(at): Python's repr of a partial holds an address" }
        if let classReason {
            return "cfy cannot know the text of `\(text)`\(at), made by the class '\(module)', which cfy does not run (\(classReason))"
        }
        return "cfy cannot know the text of `\(text)`\(at), a value of the module '\(module)', \(Self.marker)" + (hint.map { "; " + $0 } ?? "")
    }

    /// The error for a hashed field holding this value.
    func hashMessage(field: String) -> String {
        if let pythonError {
            return "field '\(field)' holds `\(text)`: \(Self.failsMarker) (Python raises AttributeError: \(pythonError))"
        }
        let at = line > 0 ? " (\(source?.name ?? "line"):\(line))" : ""
        if let classReason {
            return "field '\(field)' holds `\(text)`\(at), made by the class '\(module)', which cfy does not run "
                + "(\(classReason)): cfy cannot know curifactory's hash for it"
        }
        return "field '\(field)' holds `\(text)`\(at), a value of the module '\(module)', \(Self.marker): "
            + "cfy cannot know curifactory's hash for it" + (hint.map { "; " + $0 } ?? "")
    }

    /// Whether any opaque value was made in this process: until one is, the hasher does not look
    /// inside containers for one (set once, never reset: a benign race).
    nonisolated(unsafe) static var exists = false

    /// The first opaque value inside `v` (a container, or a dataclass instance hashed by repr).
    static func find(in v: Value, depth: Int = 0) -> OpaqueOrigin? {
        guard depth < 64 else { return nil }
        switch v {
        case .builtin(let b): return b.opaque
        case .module(let m):
            guard m.path.hasPrefix(opaquePrefix) else { return nil }
            return OpaqueOrigin(module: m.name, text: m.name, line: 0)
        case .list(let xs), .tuple(let xs):
            for x in xs { if let o = find(in: x, depth: depth + 1) { return o } }
            return nil
        case .dict(let d):
            var found: OpaqueOrigin?
            d.forEach { k, x in
                if found == nil { found = find(in: k, depth: depth + 1) ?? find(in: x, depth: depth + 1) }
            }
            return found
        case .instance(let inst):
            for i in 0..<inst.cls.fields.count { if let o = find(in: inst[i], depth: depth + 1) { return o } }
            return nil
        default: return nil
        }
    }
}

/// The path prefix of an opaque module (never a file's path).
let opaquePrefix = "<opaque>/"

/// An opaque value: calling it or taking an attribute gives another, from the same import.
func opaqueValue(_ origin: OpaqueOrigin) -> Value {
    let b = Builtin(origin.text, kind: .pythonFunction) { _, _, l in
        opaqueValue(OpaqueOrigin(module: origin.module, text: origin.text + "(...)", line: l.line, col: l.col,
                                 source: origin.source, classReason: origin.classReason, hint: origin.hint))
    }
    b.opaque = origin
    OpaqueOrigin.exists = true
    return .builtin(b)
}

extension Interpreter {
    /// `v.name` for an opaque `v`.
    func opaqueAttribute(_ v: Value, _ name: String, _ loc: Loc) -> Value {
        guard case .builtin(let b) = v, let o = b.opaque else { return v }
        return opaqueValue(OpaqueOrigin(module: o.module, text: o.text + "." + name, line: loc.line, col: loc.col,
                                        source: source, classReason: o.classReason, hint: o.hint))
    }

    /// A Python class statement cfy does not run (the parser's reason, or a base that is an
    /// opaque value: `class Net(nn.Module)`) defines an opaque class; nil for a class cfy runs.
    func opaqueClass(_ node: ClassStmt, _ env: Environment) throws -> Value? {
        let decl = node.decl
        guard decl.python else { return nil }
        var reason = decl.notRunnable?.message
        for b in node.bases where reason == nil {
            switch try b.eval(self, env) {
            case .builtin(let f) where f.opaque != nil:
                if let o = f.opaque { reason = "its base `\(o.text)` is a value of the module '\(o.module)', which cfy does not run" }
            case .type(let t):
                reason = "its base is Python's `\(t.rawValue)`, which a cfy class cannot extend (a metaclass, a custom container)"
            case .builtin(let f):
                reason = "its base is Python's `\(f.name)`, which a cfy class cannot extend (a metaclass, a custom container)"
            default: break
            }
        }
        guard let reason else { return nil }
        return opaqueValue(OpaqueOrigin(module: decl.name, text: decl.name, line: decl.loc.line, col: decl.loc.col,
                                        source: source, classReason: reason))
    }

    /// `m.name` (or `from m import name`) when `m` is opaque, or is `curifactory` and `name` is
    /// not one of the args names cfy runs (`stage`, `aggregate`, `Record`, `get_logger`...);
    /// nil otherwise.
    func opaqueMember(_ m: Module, _ name: String, _ loc: Loc) -> Value? {
        guard m.path.hasPrefix(opaquePrefix) || m.path == "<builtin>/curifactory" else { return nil }
        if name.hasPrefix("__") && name.hasSuffix("__") { return nil }
        return opaqueValue(OpaqueOrigin(module: m.name, text: m.name + "." + name, line: loc.line, col: loc.col,
                                        source: source, hint: opaqueHints[m.path]))
    }

    /// The opaque module `name`, when no file provides it and it is not a mistyped local module:
    /// its top name is no file or directory under `roots`, and no local module or directory is one
    /// edit (a letter added, dropped, changed, or two swapped; case aside) from it (`experimnts`). Nil when it should stay the unknown-module error.
    func opaqueModule(_ name: String, _ parts: [String], roots: [String], near: [String], _ loc: Loc) -> Module? {
        guard let top = parts.first else { return nil }
        let fm = FileManager.default
        for root in roots {
            let base = URL(fileURLWithPath: root, isDirectory: true)
            for c in [top, top + ".py", top + ".cfy"] where fm.fileExists(atPath: base.appendingPathComponent(c).path) {
                return nil
            }
        }
        var local = near
        for root in roots {
            for f in (try? fm.contentsOfDirectory(atPath: root)) ?? [] {
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: root + "/" + f, isDirectory: &isDir), isDir.boolValue, !f.hasPrefix(".") { local.append(f) }
            }
        }
        if local.contains(where: { oneEditApart(top.lowercased(), $0.lowercased()) }) { return nil }
        let key = opaquePrefix + name
        if let m = modules[key] { return m }
        let m = Module(name: name, path: key, env: Environment())
        modules[key] = m
        opaqueHints[key] = projectHint(parts, roots: roots)
        OpaqueOrigin.exists = true
        return m
    }
}

extension Interpreter {
    /// When the file of module `parts` is in a directory above the project root (cfy was run from
    /// a subdirectory, so Python's search from the project root would not find it either): where,
    /// and to run cfy from there. Looks eight levels up at most, for the module's own file only.
    func projectHint(_ parts: [String], roots: [String]) -> String? {
        guard !parts.isEmpty, let start = roots.first else { return nil }
        let rel = parts.joined(separator: "/")
        var dir = URL(fileURLWithPath: start, isDirectory: true).standardizedFileURL
        for _ in 0..<8 {
            let parent = dir.deletingLastPathComponent().standardizedFileURL
            if parent.path == dir.path { return nil }
            dir = parent
            for c in [rel + ".py", rel + "/__init__.py"] where options.files.exists(dir.appendingPathComponent(c).path) {
                return "\(c) is in \(dir.path), above the project root: run cfy from there, as curifactory's experiment is run"
            }
        }
        return nil
    }
}

/// Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap of
/// neighbours (`pandas` and `params` do not: two letters differ).
func oneEditApart(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    if x == y { return true }
    if abs(x.count - y.count) > 1 { return false }
    var i = 0
    while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
    if x.count == y.count {
        if x[(i + 1)...] == y[(i + 1)...] { return true }
        return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
    }
    return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
}
