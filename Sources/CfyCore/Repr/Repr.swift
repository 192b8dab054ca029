// Repr: CPython's repr() and str() of every value, byte for byte, written as UTF-8 into one
// byte sink that serves both text (`repr()`, `str()`) and the hasher's messages.

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
        switch v {                      // scalars: no buffer needed
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pyFloatRepr(d)
        case .str(let s): return pyStringRepr(s)
        default:
            var out: [UInt8] = []
            try write(v, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `str(v)`: strings as they are, an instance through its `__str__`, everything else as repr.
    public func str(_ v: Value) throws -> String {
        if case .str(let s) = v { return s }
        if case .instance(let i) = v {
            if let s = try userStr?(i) { return s }
            if i.cls.isException { return try exceptionStr(i) }
        }
        return try repr(v)
    }

    /// Appends the repr of `v` to `out` as UTF-8: the one writer, for `repr()` / `str()` text and
    /// for hash messages alike.
    public func write(_ v: Value, into out: inout [UInt8]) throws {
        _ = try write(v, into: &out, depth: 0, plainOnly: false)
    }

    /// Appends the repr of plain data — scalars, and lists, tuples and dicts of them — within the
    /// length limit; false (with `out` partly written) for anything else, which needs the user's
    /// code, the unstable-repr checks or the limits' errors. Never throws.
    func writePlain(_ v: Value, into out: inout [UInt8]) -> Bool {
        (try? write(v, into: &out, depth: 0, plainOnly: true)) ?? false
    }

    /// `plainOnly`: stop (false) at any value that is not plain data, and at the limits.
    private func write(_ v: Value, into out: inout [UInt8], depth: Int, plainOnly: Bool) throws -> Bool {
        if writeScalar(v, into: &out) { return true }
        switch v {
        case .none, .bool, .int, .float, .str: return true     // written above
        case .bigint(let b):
            guard let s = b.decimal else { if plainOnly { return false }; throw ReprIntTooLarge() }
            appendUTF8(s, into: &out); return true
        case .list(let xs):
            if try tooDeep(depth, plainOnly) { return false }
            out.append(0x5B)                                            // [
            guard try writeItems(xs, into: &out, depth: depth, plainOnly: plainOnly) else { return false }
            out.append(0x5D)
            return true
        case .tuple(let xs):
            if try tooDeep(depth, plainOnly) { return false }
            out.append(0x28)                                            // (
            guard try writeItems(xs, into: &out, depth: depth, plainOnly: plainOnly) else { return false }
            if xs.count == 1 { out.append(0x2C) }
            out.append(0x29)
            return true
        case .dict(let d):
            if try tooDeep(depth, plainOnly) { return false }
            out.append(0x7B)                                            // {
            var first = true, ok = true
            try d.forEach { k, x in
                guard ok else { return }
                if !first { out.append(0x2C); out.append(0x20) }
                first = false
                guard try writeScalar(k, into: &out) || write(k, into: &out, depth: depth + 1, plainOnly: plainOnly)
                else { ok = false; return }
                out.append(0x3A); out.append(0x20)
                guard try writeScalar(x, into: &out) || write(x, into: &out, depth: depth + 1, plainOnly: plainOnly)
                else { ok = false; return }
                if try tooLong(out, plainOnly) { ok = false }
            }
            guard ok else { return false }
            out.append(0x7D)
            return true
        case .set(let s):
            if plainOnly { return false }
            if try tooDeep(depth, plainOnly) { return false }
            if let why = s.orderUnknown { throw ReprUnorderedSet(why: why) }
            if s.count == 0 { appendUTF8(s.frozen ? "frozenset()" : "set()", into: &out); return true }
            if s.frozen { appendUTF8("frozenset(", into: &out) }
            out.append(0x7B)                                            // {
            _ = try writeItems(s.elements, into: &out, depth: depth, plainOnly: false)
            out.append(0x7D)
            if s.frozen { out.append(0x29) }
            return true
        default:
            if plainOnly { return false }
            if depth > maxDepth || stackIsLow() { throw ReprTooDeep() }
            try writeObject(v, into: &out, depth: depth)
            return true
        }
    }

    /// None, a bool, an int, a float or a str (true), else nothing written (false); inlined where
    /// containers write their items, so that a scalar item costs no call.
    @inline(__always)
    private func writeScalar(_ v: Value, into out: inout [UInt8]) -> Bool {
        switch v {
        case .none: out.append(contentsOf: "None".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "True" : "False").utf8)
        case .int(let i): appendDecimal(i, into: &out)
        case .float(let d): appendPyFloatRepr(d, into: &out)
        case .str(let s): appendPyStringRepr(s, into: &out)
        default: return false
        }
        return true
    }

    private func tooDeep(_ depth: Int, _ plainOnly: Bool) throws -> Bool {
        if plainOnly { return depth >= 32 || stackIsLow() }
        if depth > maxDepth || stackIsLow() { throw ReprTooDeep() }
        return false
    }

    private func tooLong(_ out: [UInt8], _ plainOnly: Bool) throws -> Bool {
        guard out.count > maxLength else { return false }
        if plainOnly { return true }
        throw ReprTooLarge()
    }

    private func writeItems(_ xs: [Value], into out: inout [UInt8], depth: Int, plainOnly: Bool) throws -> Bool {
        var first = true
        for x in xs {
            if !first { out.append(0x2C); out.append(0x20) }                // ", "
            first = false
            guard try writeScalar(x, into: &out) || write(x, into: &out, depth: depth + 1, plainOnly: plainOnly)
            else { return false }
            if try tooLong(out, plainOnly) { return false }
        }
        return true
    }

    /// Everything but scalars and containers: instances, callables, classes, ranges, iterators.
    private func writeObject(_ v: Value, into out: inout [UInt8], depth: Int) throws {
        func put(_ s: String) { appendUTF8(s, into: &out) }
        switch v {
        case .range(let a, let b, let s):
            put(s == 1 ? "range(\(a), \(b))" : "range(\(a), \(b), \(s))")
        case .instance(let inst):
            if let s = try userRepr?(inst) { put(s); break }
            if inst.cls.isException { try writeException(inst, into: &out); break }
            put(inst.cls.qualname + "(")
            var first = true
            for (f, x) in zip(inst.cls.fields, inst.values) where f.repr {
                if !first { put(", ") }
                first = false
                put(f.name + "=")
                _ = try write(x, into: &out, depth: depth + 1, plainOnly: false)
            }
            put(")")
        case .function(let f): put("<function \(f.qualname)>")
        case .builtin(let b):
            if let o = b.opaque { throw ReprOfOpaque(origin: o) }
            switch b.kind {
            case .function: put("<built-in function \(b.name)>")
            case .pythonClass: put("<class '\(b.name)'>")
            case .pythonFunction: put("<function \(b.name)>")
            }
        case .method(let m):
            if m.isBuiltin, case .instance = m.receiver {   // args_hash / params_hash: Python methods
                put("<bound method \(m.qualname) of ")
                _ = try write(m.receiver, into: &out, depth: depth + 1, plainOnly: false)
                put(">")
            } else if case .type(let t) = m.receiver, m.isBuiltin {
                put("<method '\(m.name)' of '\(t.rawValue)' objects>")
            } else if m.isBuiltin { put("<built-in method \(m.name) of \(m.receiver.typeName) object>") }
            else {
                put("<bound method \(m.qualname) of ")
                _ = try write(m.receiver, into: &out, depth: depth + 1, plainOnly: false)
                put(">")
            }
        case .cls(let c): put(c.isPythonBuiltin ? "<class '\(c.name)'>" : "<class '__main__.\(c.qualname)'>")
        case .type(let t): put(t == .noneType ? "<class 'NoneType'>" : "<class '\(t.rawValue)'>")
        case .module(let m): put("<module '\(m.name)' from '\(m.path)'>")
        case .iter(let it):
            put(Value.iterReprHead(it))
            if it.isView {
                put("[")
                _ = try writeItems(it.items, into: &out, depth: depth, plainOnly: false)
                put("])")
            }
        case .none, .bool, .int, .bigint, .float, .str, .list, .tuple, .dict, .set: break
        }
    }
}

public struct ReprTooDeep: Error {}
/// The repr of a value cfy does not run (an opaque module's, a `functools.partial`): unknowable.
public struct ReprOfOpaque: Error { let origin: OpaqueOrigin }
/// A set whose order Python does not fix (`PySet.unorderedWhy`): its repr would be a guess.
public struct ReprUnorderedSet: Error { public let why: String }
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
    case .set(let s): return s.elements.contains(where: reprHasAddress)
    case .instance(let i): return zip(i.cls.fields, i.values).contains { $0.repr && reprHasAddress($1) }
    default: return false
    }
}

/// Why the repr of a set inside `v` has no reproducible order (`PySet.unorderedWhy`), or nil.
public func unorderedSet(in v: Value) -> String? {
    switch v {
    case .none, .bool, .int, .bigint, .float, .str: return nil
    default: if stackIsLow() { return nil }
    }
    switch v {
    case .set(let s): return s.orderUnknown ?? s.elements.lazy.compactMap(unorderedSet).first
    case .list(let xs), .tuple(let xs): return xs.lazy.compactMap(unorderedSet).first
    case .dict(let d):
        return d.entries.lazy.compactMap { unorderedSet(in: $0.key) ?? unorderedSet(in: $0.value) }.first
    case .instance(let i): return zip(i.cls.fields, i.values).lazy.compactMap { $0.repr ? unorderedSet(in: $1) : nil }.first
    default: return nil
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
    case .cls(let c): return !c.isPythonBuiltin     // `<class 'ValueError'>` names none
    case .module: return true
    case .list(let xs), .tuple(let xs): return xs.contains(where: reprHasModule)
    case .dict(let d): return d.entries.contains { reprHasModule($0.key) || reprHasModule($0.value) }
    case .instance(let i): return zip(i.cls.fields, i.values).contains { $0.repr && reprHasModule($1) }
    default: return false
    }
}
