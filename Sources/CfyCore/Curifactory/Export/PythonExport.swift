// PythonExport: `cfy export --python` — a Python module defining the same dataclasses (on
// curifactory's ExperimentArgs or ExperimentParameters) and a get_params() returning the same
// args sets, so that real curifactory gives every set the hash cfy gives it.
//
// The sets are written with their final values (constructor calls with repr-exact literals),
// not as the program that made them. Functions that values refer to (hash functions, callable
// fields, methods) are translated from their syntax trees, each keeping its `__qualname__`;
// what a function reads from an enclosing function is passed in through a small factory.

/// A generated Python module.
public struct PythonModule: Sendable {
    public var text: String
    /// Things that may not behave the same in Python (shown on stderr; the export still succeeds).
    public var warnings: [Diagnostic]
}

extension Session {
    /// Exports `sets` (from this session's program) as a Python module for curifactory `target`.
    ///
    /// ```swift
    /// let m = try session.pythonModule(sets, source: src, target: .experimentArgs)
    /// try m.text.write(...)     // import it; get_params() gives the same hashes under curifactory 0.13.2
    /// ```
    public func pythonModule(_ sets: [Instance], source: Source, target: Generation) throws -> PythonModule {
        let e = PythonExporter(session: self, main: globals, target: target, source: source)
        return try e.module(sets)
    }
}

/// Which of its definitions the exporter has written.
enum ExportState { case inProgress, done }

final class PythonExporter {
    let session: Session
    let main: Environment
    let target: Generation
    let source: Source

    /// Python names already taken, and which object (function or class) holds each.
    var taken: Set<String> = []
    var pyNames: [ObjectIdentifier: String] = [:]
    var states: [ObjectIdentifier: ExportState] = [:]
    var globalStates: [String: ExportState] = [:]
    /// The program's own global names the module defines (checked against `reserved`).
    var userGlobals: [String: Loc] = [:]
    /// Names the generated code itself relies on (imports, helpers, builtins it calls).
    var reserved: Set<String> = ["get_params", "dataclass"]
    /// For each function or class that is bound to a top-level name, that name.
    var globalNameOf: [ObjectIdentifier: String] = [:]
    var imports: [String: Set<String>] = [:]
    var helpers: [String: String] = [:]
    var chunks: [String] = []
    var pending: [String] = []
    var warnings: [Diagnostic] = []

    init(session: Session, main: Environment, target: Generation, source: Source) {
        self.session = session; self.main = main; self.target = target; self.source = source
        for name in main.order {
            guard let v = main.vars[name] else { continue }
            let id: ObjectIdentifier, own: String
            switch v {
            case .function(let f): id = ObjectIdentifier(f); own = f.name
            case .cls(let c): id = ObjectIdentifier(c); own = c.name
            default: continue
            }
            if globalNameOf[id] == nil || name == own { globalNameOf[id] = name }
        }
        use("dataclasses", "dataclass")
    }

    // MARK: errors and names

    func fail(_ message: String, _ loc: Loc, _ src: Source?) -> Diagnostic {
        Diagnostic("cannot export to Python: " + message, at: loc, in: src ?? source, kind: .exportError)
    }

    func warn(_ message: String, _ loc: Loc, _ src: Source?) {
        warnings.append(Diagnostic(message, at: loc, in: src ?? source, kind: .warning, severity: .warning))
    }

    /// Records an import (`from module import name`) and reserves the name.
    func use(_ module: String, _ name: String) {
        imports[module, default: []].insert(name)
        reserved.insert(name)
    }

    /// A fresh module-level name for an object that has no top-level name of its own.
    func mangled(_ base: String) -> String {
        let clean = identifier(from: base.replacingAll("<", "").replacingAll(">", ""), fallback: "value")
        var n = "_cfy_" + clean, k = 2
        while taken.contains(n) || main.vars[n] != nil { n = "_cfy_\(clean)_\(k)"; k += 1 }
        taken.insert(n)
        return n
    }

    /// The Python name of a function or class: its top-level name when it has one, else mangled.
    func pyName(_ id: ObjectIdentifier, _ base: String, _ loc: Loc, _ src: Source?) throws -> String {
        if let n = pyNames[id] { return n }
        let n: String
        if let g = globalNameOf[id] {
            try claimGlobal(g, loc, src)
            n = g
        } else {
            n = mangled(base)
        }
        pyNames[id] = n
        return n
    }

    func claimGlobal(_ name: String, _ loc: Loc, _ src: Source?) throws {
        if pythonKeywords.contains(name) { throw fail("the name '\(name)' is a Python keyword; rename it", loc, src) }
        if name.hasPrefix("_cfy_") { throw fail("names starting with '_cfy_' are kept for the exported module ('\(name)')", loc, src) }
        taken.insert(name)
        if userGlobals[name] == nil { userGlobals[name] = loc }
    }

    // MARK: the module

    func module(_ sets: [Instance]) throws -> PythonModule {
        var items: [String] = []
        for s in sets {
            let text = try valueExpr(.instance(s), .none, source)
            let depth = 1 + pythonBracketDepth(text).depth        // inside `return [`
            if depth > pythonMaxNesting {
                throw fail("args set '\(pyEscaped((try? session.str(s.get("name") ?? .none)) ?? "?"))' would be written with brackets "
                           + "nested \(depth) deep; CPython 3.11 compiles at most \(pythonMaxNesting)", s.origin?.loc ?? .none,
                           s.origin?.source)
            }
            let hash = (try? session.hash(s)) ?? "?"
            items.append("        \(text),  # \(hash)")
            try drainPending()
        }
        try drainPending()
        for (name, loc) in userGlobals where reserved.contains(name) {
            throw fail("the program's name '\(name)' clashes with a name the exported module needs; rename it", loc, nil)
        }
        let text = assemble(items)
        let (depth, line) = pythonBracketDepth(text)
        if depth > pythonMaxNesting {
            throw fail("line \(line) of the module would nest brackets \(depth) deep; CPython 3.11 compiles at most "
                       + "\(pythonMaxNesting)", .none, nil)
        }
        return PythonModule(text: text, warnings: warnings)
    }

    func drainPending() throws {
        while !pending.isEmpty {
            let n = pending.removeFirst()
            try ensureGlobal(n)
        }
    }

    /// A top-level name a function body reads: defined in the module under the same name.
    func ensureGlobal(_ name: String) throws {
        if globalStates[name] != nil { return }
        globalStates[name] = .inProgress
        defer { globalStates[name] = .done }
        guard let v = main.vars[name] else { return }
        let loc = Loc.none
        switch v {
        case .function(let f):
            let n = try ensureFunction(f)
            if n != name { try claimGlobal(name, f.loc, f.source); chunks.append("\(name) = \(n)\n") }
        case .cls(let c):
            let n = try ensureClass(c)
            if n != name { try claimGlobal(name, c.loc, c.source); chunks.append("\(name) = \(n)\n") }
        case .module(let m):
            throw fail("a function uses the imported module '\(m.name)'; cfy modules cannot be exported (copy what "
                       + "it needs into the file)", loc, nil)
        default:
            try claimGlobal(name, loc, nil)
            chunks.append("\(name) = \(try valueExpr(v, loc, nil))\n")
        }
    }

    func assemble(_ items: [String]) -> String {
        let version = target == .experimentArgs ? "0.13.2" : "0.20"
        var out = "# Generated by `cfy export --python` from \(source.name), for curifactory \(version).\n"
        out += "# get_params() returns the args sets with their final values; the comment after each\n"
        out += "# is the hash cfy gives it, which curifactory gives it too.\n\n"
        for (module, names) in imports.sorted(by: { importOrder($0.key) < importOrder($1.key) }) {
            out += "from \(module) import \(names.sorted().joined(separator: ", "))\n"
        }
        out += "\n"
        for (_, text) in helpers.sorted(by: { $0.key < $1.key }) { out += "\n" + text + "\n" }
        for c in chunks { out += "\n" + c }
        out += "\n\ndef get_params():\n    return [\n" + items.map { $0 + "\n" }.joined() + "    ]\n"
        return out
    }

    private func importOrder(_ m: String) -> String {
        m == "curifactory" ? "2" + m : (m == "typing" || m == "dataclasses" || m == "copy" ? "0" + m : "1" + m)
    }
}

extension String {
    func replacingAll(_ a: String, _ b: String) -> String { split(separator: a, omittingEmptySubsequences: false).joined(separator: b) }
}
