// Repr: CPython's repr() and str() of every value, byte for byte.

/// Renders values the way CPython 3.11 does. Deep nesting is an error, as in Python.
public struct Repr {
    public var maxDepth = 500
    /// The memory guard: a repr longer than this (in UTF-8 bytes) is not built.
    public var maxLength = Int.max
    /// User code: an instance's `__repr__` when its own class defines one (a dataclass generates
    /// `__repr__` for every class that does not, so a subclass does not inherit it), and its
    /// `__str__` (inherited as usual). nil, or a nil result: the dataclass repr.
    public var userRepr: ((Instance) throws -> String?)?
    public var userStr: ((Instance) throws -> String?)?

    public init() {}

    public func repr(_ v: Value) throws -> String {
        var out = ""
        try write(v, into: &out, depth: 0)
        return out
    }

    /// `str(v)`: strings as they are, an instance through its `__str__`, everything else as repr.
    public func str(_ v: Value) throws -> String {
        if case .str(let s) = v { return s }
        if case .instance(let i) = v, let s = try userStr?(i) { return s }
        return try repr(v)
    }

    func write(_ v: Value, into out: inout String, depth: Int) throws {
        switch v {
        case .none: out += "None"; return
        case .bool(let b): out += b ? "True" : "False"; return
        case .int(let i): out += String(i); return
        case .bigint(let b):
            guard let s = b.decimal else { throw ReprIntTooLarge() }
            out += s; return
        case .float(let d): out += pyFloatRepr(d); return
        case .str(let s): out += pyStringRepr(s); return
        default: if depth > maxDepth || stackIsLow() { throw ReprTooDeep() }
        }
        switch v {
        case .none, .bool, .int, .bigint, .float, .str: break
        case .list(let xs):
            out += "["
            try writeItems(xs, into: &out, depth: depth)
            out += "]"
        case .tuple(let xs):
            out += "("
            try writeItems(xs, into: &out, depth: depth)
            out += xs.count == 1 ? ",)" : ")"
        case .dict(let d):
            out += "{"
            var first = true
            for (k, x) in d.entries {
                if !first { out += ", " }
                first = false
                try write(k, into: &out, depth: depth + 1)
                out += ": "
                try write(x, into: &out, depth: depth + 1)
                if out.utf8.count > maxLength { throw ReprTooLarge() }
            }
            out += "}"
        case .range(let a, let b, let s):
            out += s == 1 ? "range(\(a), \(b))" : "range(\(a), \(b), \(s))"
        case .instance(let inst):
            if let s = try userRepr?(inst) { out += s; break }
            out += inst.cls.qualname + "("
            var first = true
            for (f, x) in zip(inst.cls.fields, inst.values) where f.repr {
                if !first { out += ", " }
                first = false
                out += f.name + "="
                try write(x, into: &out, depth: depth + 1)
            }
            out += ")"
        case .function(let f): out += "<function \(f.qualname)>"
        case .builtin(let b):
            switch b.kind {
            case .function: out += "<built-in function \(b.name)>"
            case .pythonClass: out += "<class '\(b.name)'>"
            case .pythonFunction: out += "<function \(b.name)>"
            }
        case .method(let m):
            if m.isBuiltin, case .instance = m.receiver {   // args_hash / params_hash: Python methods
                out += "<bound method \(m.qualname) of "
                try write(m.receiver, into: &out, depth: depth + 1)
                out += ">"
            } else if case .type(let t) = m.receiver, m.isBuiltin {
                out += "<method '\(m.name)' of '\(t.rawValue)' objects>"
            } else if m.isBuiltin { out += "<built-in method \(m.name) of \(m.receiver.typeName) object>" }
            else {
                out += "<bound method \(m.qualname) of "
                try write(m.receiver, into: &out, depth: depth + 1)
                out += ">"
            }
        case .cls(let c): out += "<class '__main__.\(c.qualname)'>"
        case .type(let t): out += t == .noneType ? "<class 'NoneType'>" : "<class '\(t.rawValue)'>"
        case .module(let m): out += "<module '\(m.name)' from '\(m.path)'>"
        case .iter(let it):
            out += Value.iterReprHead(it)
            if it.isView {
                out += "["
                try writeItems(it.items, into: &out, depth: depth)
                out += "])"
            }
        }
    }

    private func writeItems(_ xs: [Value], into out: inout String, depth: Int) throws {
        var first = true
        for x in xs {
            if !first { out += ", " }
            first = false
            try write(x, into: &out, depth: depth + 1)
            if out.utf8.count > maxLength { throw ReprTooLarge() }
        }
    }
}

public struct ReprTooDeep: Error {}
public struct ReprTooLarge: Error {}
/// An int past CPython's 4300-digit limit for `str()` (ValueError in Python).
public struct ReprIntTooLarge: Error {}

/// Whether Python's repr of `v` would hold a memory address (a function or bound builtin method
/// inside a container), which makes curifactory's hash differ from run to run.
public func reprHasAddress(_ v: Value) -> Bool {
    switch v {
    case .none, .bool, .int, .bigint, .float, .str: return false
    default: if stackIsLow() { return false }
    }
    switch v {
    case .function: return true
    case .iter(let it): return !it.isView || it.items.contains(where: reprHasAddress)
    case .builtin(let b): return b.kind == .pythonFunction
    case .method(let m):
        if m.isUnbound { return false }
        return m.function != nil || !(m.receiver.isInstance) || reprHasAddress(m.receiver)
    case .list(let xs), .tuple(let xs): return xs.contains(where: reprHasAddress)
    case .dict(let d): return d.entries.contains { reprHasAddress($0.key) || reprHasAddress($0.value) }
    case .instance(let i): return zip(i.cls.fields, i.values).contains { $0.repr && reprHasAddress($1) }
    default: return false
    }
}

/// Whether Python's repr of `v` names a module (`<class '__main__.Data'>`), so it depends on where
/// the class is defined.
public func reprHasModule(_ v: Value) -> Bool {
    switch v {
    case .none, .bool, .int, .bigint, .float, .str: return false
    default: if stackIsLow() { return false }
    }
    switch v {
    case .cls, .module: return true
    case .list(let xs), .tuple(let xs): return xs.contains(where: reprHasModule)
    case .dict(let d): return d.entries.contains { reprHasModule($0.key) || reprHasModule($0.value) }
    case .instance(let i): return zip(i.cls.fields, i.values).contains { $0.repr && reprHasModule($1) }
    default: return false
    }
}
