// PythonDefinitions: the classes and functions of an exported module — dataclasses with their
// fields, defaults and methods, and functions translated from their syntax trees with the same
// `__qualname__`.

extension PythonExporter {
    // MARK: functions

    /// Where each free name of a function comes from.
    struct Resolution {
        var globals: [String] = []
        var closure: [(name: String, value: Value)] = []
        var selfNames: [String] = []
        var builtins: Set<String> = []
    }

    func resolve(_ f: Function, _ free: FreeNames) throws -> Resolution {
        var r = Resolution()
        for n in free.free {
            if free.globals.contains(n) {
                guard f.closure.globals === main else {
                    throw fail("'\(f.qualname)' declares 'global \(n)' in an imported module", f.loc, f.source)
                }
                r.globals.append(n)
                continue
            }
            var env: Environment? = f.closure
            var found: (Environment, Value)?
            while let e = env {
                if let v = e.vars[n] { found = (e, v); break }
                env = e.parent
            }
            if let (e, v) = found {
                if e === main { r.globals.append(n) } else if case .function(let g) = v, g === f { r.selfNames.append(n) } else {
                    if pythonKeywords.contains(n) { throw fail("the name '\(n)' is a Python keyword", f.loc, f.source) }
                    r.closure.append((n, v))
                }
            } else if session.isBuiltin(n) {
                r.builtins.insert(n)
            }
        }
        return r
    }

    func printer(for r: Resolution, _ f: Function) throws -> PythonPrinter {
        for n in r.builtins { _ = try builtinName(n, f.loc, f.source) }
        return PythonPrinter(builtinNames: r.builtins, hashMethod: target.hashMethod)
    }

    func finish(_ p: PythonPrinter, _ src: Source?) throws {
        if let (message, loc) = p.problems.first { throw fail(message, loc, src) }
        if p.usesViewHelper { addViewHelper() }
    }

    func defaultTexts(_ f: Function) throws -> [String?] {
        try f.defaults.map { try $0.map { try valueExpr($0, f.loc, f.source) } }
    }

    /// Defines `f` at module level (through a factory when it reads an enclosing function's
    /// names) and returns the name it is bound to.
    func ensureFunction(_ f: Function) throws -> String {
        let id = ObjectIdentifier(f)
        if states[id] == .done, let n = pyNames[id] { return n }
        if states[id] == .inProgress {
            throw fail("'\(f.qualname)' and the values it captures refer to each other (a cycle cfy cannot write as Python)",
                       f.loc, f.source)
        }
        states[id] = .inProgress
        let name = try pyName(id, f.name, f.loc, f.source)
        let analysis = FreeNames(params: f.params, body: f.body)
        for m in analysis.mutations {
            warn("'\(f.qualname)' changes '\(m.name)' in place: cfy copies values on assignment but Python shares them, "
                 + "so in Python this may change an args set itself", m.loc, f.source)
        }
        let r = try resolve(f, analysis)
        pending += r.globals
        var p = try printer(for: r, f)
        let defaults = try defaultTexts(f)
        var lines: [String] = []
        var natural: String
        if r.closure.isEmpty && r.selfNames.isEmpty {
            switch f.body {
            case .expr(let e):
                let ps = Param.join(f.params, zip(f.params, defaults).map { param($0, $1) })
                lines.append("\(name) = lambda" + (ps.isEmpty ? "" : " " + ps) + ": " + p.expr(e))
                natural = "<lambda>"
            case .block(let body):
                lines += p.def(name, f.params, body, level: 0, defaults: defaults)
                if name != f.name { lines.append("\(name).__name__ = \(pyStringRepr(f.name))") }
                natural = name
            }
        } else {
            let factory = mangled("make_" + f.name)
            let values = try r.closure.map { "\($0.name)=" + (try valueExpr($0.value, f.loc, f.source)) }
            lines.append("def \(factory)(\(r.closure.map(\.name).joined(separator: ", "))):")
            let inner: String
            switch f.body {
            case .expr(let e):
                inner = "_cfy_f"
                let ps = Param.join(f.params, zip(f.params, defaults).map { param($0, $1) })
                lines.append("    \(inner) = lambda" + (ps.isEmpty ? "" : " " + ps) + ": " + p.expr(e))
            case .block(let body):
                inner = f.name
                lines += p.def(inner, f.params, body, level: 1, defaults: defaults)
            }
            for s in r.selfNames where s != inner { lines.append("    \(s) = \(inner)") }
            lines.append("    return \(inner)")
            lines.append("\(name) = \(factory)(\(values.joined(separator: ", ")))")
            natural = ""
        }
        if f.qualname != natural { lines.append("\(name).__qualname__ = \(pyStringRepr(f.qualname))") }
        try finish(p, f.source)
        chunks.append(lines.joined(separator: "\n") + "\n")
        states[id] = .done
        return name
    }

    private func param(_ p: Param, _ d: String?) -> String {
        switch p.kind {
        case .star: return "*" + p.name
        case .doubleStar: return "**" + p.name
        case .normal: return p.name + (d.map { "=" + $0 } ?? "")
        }
    }

    // MARK: classes

    /// Defines a dataclass (after its base, field types and defaults) and returns its name.
    func ensureClass(_ c: ClassInfo) throws -> String {
        if c.isPythonBuiltin { return try builtinName(c.name, c.loc, c.source) }      // ValueError
        let id = ObjectIdentifier(c)
        if states[id] == .done, let n = pyNames[id] { return n }
        if states[id] == .inProgress { throw fail("the class \(c.name) refers to itself in its defaults", c.loc, c.source) }
        states[id] = .inProgress
        let name = try pyName(id, c.name, c.loc, c.source)
        var header = "class \(name):"
        var inherited: [String: FieldInfo] = [:]
        if let b = c.base {
            let baseName: String
            if b.base == nil, b.isArgs { use("curifactory", target.baseName); baseName = target.baseName }
            else { baseName = try ensureClass(b) }
            header = "class \(name)(\(baseName)):"
            for f in b.fields { inherited[f.name] = f }
        }
        var body: [String] = []
        var sawDefault = false
        for f in c.fields {
            defer { if f.defaultValue != nil { sawDefault = true } }
            if let bf = inherited[f.name], sameField(bf, f) { continue }
            if pythonKeywords.contains(f.name) { throw fail("the field name '\(f.name)' is a Python keyword", f.loc, c.source) }
            body.append("    \(f.name): \(try annotation(f.type, f.loc, c.source))" + (try fieldDefault(f, sawDefault, c)))
        }
        for (k, v) in c.attributes.sorted(by: { $0.key < $1.key }) {
            if let bv = c.base?.attributes[k], sameValue(bv, v) { continue }
            body.append("    \(k) = \(try valueExpr(v, c.loc, c.source))")
        }
        var fixes: [String] = []
        for (k, m) in c.methods.sorted(by: { $0.value.loc < $1.value.loc }) {
            if let bm = c.base?.methods[k], bm === m { continue }
            body.append("")
            body += try method(k, m, c)
            if "\(c.qualname).\(k)" != "\(name).\(k)" || m.qualname != "\(c.qualname).\(k)" {
                fixes.append("\(name).\(k).__qualname__ = \(pyStringRepr(m.qualname))")
            }
        }
        if body.isEmpty { body = ["    pass"] }
        if c.name != name { fixes.append("\(name).__name__ = \(pyStringRepr(c.name))") }
        if c.qualname != name { fixes.append("\(name).__qualname__ = \(pyStringRepr(c.qualname))") }
        // An exception class is a plain class (its only field, `args`, is BaseException's).
        chunks.append(((c.isException ? [] : ["@dataclass"]) + [header] + body + fixes).joined(separator: "\n") + "\n")
        states[id] = .done
        return name
    }

    func method(_ k: String, _ m: Function, _ c: ClassInfo) throws -> [String] {
        let analysis = FreeNames(params: m.params, body: m.body)
        let r = try resolve(m, analysis)
        if let (n, _) = r.closure.first {
            throw fail("the method \(c.name).\(k) reads '\(n)' from \(n == c.name || c.fieldIndex[n] != nil ? "the class body" : "an enclosing function"), "
                       + "which a Python method cannot see", m.loc, m.source)
        }
        pending += r.globals + r.selfNames
        var p = try printer(for: r, m)
        guard case .block(let stmts) = m.body else { return [] }
        let lines = p.def(k, m.params, stmts, level: 1, defaults: try defaultTexts(m))
        try finish(p, m.source)
        return (c.decorators[k].map { ["    @" + $0.rawValue] } ?? []) + lines
    }

    func sameField(_ a: FieldInfo, _ b: FieldInfo) -> Bool {
        guard a.type.description == b.type.description, a.repr == b.repr else { return false }
        switch (a.defaultValue, b.defaultValue) {
        case (nil, nil): return true
        case (let x?, let y?): return sameValue(x, y)
        default: return false
        }
    }

    func annotation(_ t: FieldType, _ loc: Loc, _ src: Source?) throws -> String {
        switch t {
        case .any: use("typing", "Any"); return "Any"
        case .builtin(let b): reserved.insert(b.rawValue); return b.rawValue
        case .cls(let c):
            if c.base == nil, c.isArgs { use("curifactory", target.baseName); return target.baseName }
            return try ensureClass(c)
        case .list(let e): reserved.insert("list"); return "list[\(try annotation(e, loc, src))]"
        case .dict(let k, let v):
            reserved.insert("dict")
            return "dict[\(try annotation(k, loc, src)), \(try annotation(v, loc, src))]"
        case .tuple: reserved.insert("tuple"); return "tuple"
        }
    }

    /// ` = default` for a field: mutable defaults through `default_factory`, `repr=False` fields
    /// through `set_hash_functions` (a dict) or `field(..., repr=False)`.
    func fieldDefault(_ f: FieldInfo, _ sawDefault: Bool, _ c: ClassInfo) throws -> String {
        guard let d = f.defaultValue else {
            if sawDefault { use("dataclasses", "field"); return " = field(kw_only=True)" }
            return ""
        }
        let text = try valueExpr(d, f.loc, c.source)
        let mutable: Bool
        switch d {
        case .list, .dict, .instance: mutable = true
        case .set(let s): mutable = !s.frozen
        default: mutable = false
        }
        if !f.repr || !f.initArg {
            if !f.repr, f.initArg, case .dict = d { use("curifactory", "set_hash_functions"); return " = set_hash_functions(\(text))" }
            use("dataclasses", "field")
            let options = (f.repr ? "" : ", repr=False") + (f.initArg ? "" : ", init=False")
            return mutable ? " = field(default_factory=lambda: \(text)\(options))" : " = field(default=\(text)\(options))"
        }
        if mutable { use("dataclasses", "field"); return " = field(default_factory=lambda: \(text))" }
        return " = " + text
    }
}
