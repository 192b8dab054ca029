// What the core builtin functions share: type(), repr()/str() with their limits, print, len,
// isinstance, sorting and min/max (their table: CoreFunctions.swift).

import Foundation

/// `type(x)`.
func typeOf(_ v: Value) -> Value {
    switch v {
    case .none: return .type(.noneType)
    case .bool: return .type(.bool)
    case .int, .bigint: return .type(.int)
    case .float: return .type(.float)
    case .str: return .type(.str)
    case .list: return .type(.list)
    case .tuple: return .type(.tuple)
    case .dict: return .type(.dict)
    case .set(let s): return .type(s.frozen ? .frozenset : .set)
    case .range: return .type(.range)
    case .instance(let i): return .cls(i.cls)
    case .function: return .type(.function)
    case .builtin(let b):
        switch b.kind {
        case .function: return .type(.builtinFunction)
        case .pythonClass: return .type(.typeType)
        case .pythonFunction: return .type(.function)
        }
    case .method(let m): return .type(m.isUnbound ? .methodDescriptor : m.isBuiltin ? .builtinFunction : .method)
    case .cls, .type: return .type(.typeType)
    case .module: return .type(.module)
    case .iter(let it): return .type(BuiltinType(rawValue: it.typeName) ?? .object)
    }
}

extension Interpreter {
    public func repr(_ v: Value) throws -> String {
        let r = makeRepr(.none)
        return try reprLimits(.none) { try r.repr(v) }
    }

    /// A `Repr` with the memory guard and the hooks that run a class's `__repr__` / `__str__`.
    func makeRepr(_ l: Loc) -> Repr {
        var r = Repr()
        r.maxLength = Int(maxElements)
        r.userRepr = { [unowned self] inst in try self.userDunder(inst, "__repr__", ownOnly: true, l) }
        r.userStr = { [unowned self] inst in try self.userDunder(inst, "__str__", ownOnly: false, l) }
        return r
    }

    /// Runs `inst.NAME()` when its class defines it (`ownOnly`: in its own body), which must return
    /// a str, as CPython's repr() and str() require; nil when there is no such method.
    func userDunder(_ inst: Instance, _ name: String, ownOnly: Bool, _ l: Loc) throws -> String? {
        guard let f = inst.cls.method(name) else { return nil }
        if ownOnly, f.qualname != inst.cls.qualname + "." + name { return nil }
        let r = try call(.method(BoundMethod(receiver: .instance(inst), name: name, function: f)), Args([]), l)
        guard case .str(let s) = r else { throw fail("\(name) returned non-string (type \(r.typeName))", l, .typeError) }
        return s
    }

    /// Runs `body`, turning the repr limits into Python's errors.
    func reprLimits<T>(_ l: Loc, _ body: () throws -> T) throws -> T {
        do { return try body() } catch is ReprTooDeep {
            throw fail("maximum recursion depth exceeded while getting the repr of an object", l, .recursionError)
        } catch is ReprTooLarge {
            throw fail("repr too large (limit \(maxElements) characters)", l, .memoryError)
        } catch is ReprIntTooLarge {
            throw fail(BigInt.strLimitMessage, l, .valueError)
        } catch let e as ReprOfOpaque {
            throw fail(e.origin.reprMessage, l, .typeError)
        } catch let e as ExceptionTextUnknown {
            throw exceptionTextUnknown(e.className, e.words, l)
        } catch let e as ReprUnorderedSet {
            throw fail(unorderedSetMessage(e.why, "its repr"), l, .notImplementedError)
        }
    }

    public func str(_ v: Value) throws -> String {
        if case .str(let s) = v { return s }
        let r = makeRepr(.none)
        return try reprLimits(.none) { try r.str(v) }
    }

    /// A repr cut to 60 characters, for error messages.
    func shortRepr(_ v: Value) throws -> String {
        let r = try repr(v)
        return r.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(r.unicodeScalars.prefix(57))) + "..." : r
    }

    func asciiRepr(_ v: Value) throws -> String {
        var out = ""
        for u in try repr(v).unicodeScalars {
            if u.value < 0x80 { out.unicodeScalars.append(u) }
            else if u.value < 0x100 { out += "\\x" + hex(u.value, 2) }
            else if u.value < 0x10000 { out += "\\u" + hex(u.value, 4) }
            else { out += "\\U" + hex(u.value, 8) }
        }
        return out
    }

    func length(_ v: Value, _ l: Loc) throws -> Int {
        switch v {
        case .str(let s): return s.unicodeScalars.count
        case .list(let xs), .tuple(let xs): return xs.count
        case .dict(let d): return d.count
        case .set(let s): return s.count
        case .iter(let it) where it.isView: return it.items.count
        case .range(let a, let b, let s):
            guard let n = Int(exactly: rangeCountExact(a, b, s)) else {
                throw fail("range has more than 2**63 - 1 elements: len() cannot give its length", l, .overflowError)
            }
            return n
        default: throw fail("object of type '\(v.typeName)' has no len()", l, .typeError)
        }
    }

    func intArg(_ v: Value, _ fn: String, _ l: Loc) throws -> Int64 {
        guard let n = asInt(v) else {
            if case .bigint = v { throw fail("Python int too large to convert to C ssize_t", l, .overflowError) }
            if fn == "index" { throw fail("slice indices must be integers or have an __index__ method", l, .typeError) }
            throw fail("'\(v.typeName)' object cannot be interpreted as an integer", l, .typeError)
        }
        return n
    }

    func isInstance(_ v: Value, _ t: Value, _ l: Loc) throws -> Bool {
        switch t {
        case .tuple(let ts): return try ts.contains { try isInstance(v, $0, l) }
        case .cls(let c): if case .instance(let i) = v { return i.cls.isSubclass(of: c) } else { return false }
        case .type(let bt):
            switch (bt, v) {
            case (.int, .int), (.int, .bool), (.int, .bigint), (.float, .float), (.str, .str), (.bool, .bool), (.list, .list),
                 (.dict, .dict), (.tuple, .tuple), (.range, .range), (.object, _), (.noneType, .none):
                return true
            default:
                if case .type(let vt) = typeOf(v) { return vt == bt }
                return false
            }
        default:
            throw fail("isinstance() arg 2 must be a type or tuple of types", l, .typeError)
        }
    }
}

extension BuiltinContext {
    func builtinPrint(_ a: Args, _ l: Loc) throws -> Value {
        try onlyKeywords("print", a, ["sep", "end", "file", "flush"], l)
        let sep = try a.keyword("sep").map { $0.isNone ? " " : try str($0) } ?? " "
        let end = try a.keyword("end").map { $0.isNone ? "\n" : try str($0) } ?? "\n"
        try write(try a.positional.map { try str($0) }.joined(separator: sep) + end, l)
        return .none
    }

    /// Python's `sorted()` / `list.sort()`: CPython's timsort over the keys (`key=` applied once
    /// per item, in order), comparing with `<` only; `reverse=True` reverses before and after
    /// sorting, which keeps equal items in their original order.
    func sortValues(_ xs: [Value], key: Value?, reverse: Bool, _ l: Loc) throws -> [Value] {
        var keys = xs
        if let key, !key.isNone { keys = try xs.map { try call(key, Args([$0]), l) } }
        var idx = Array(xs.indices)
        if reverse { idx.reverse() }
        // As CPython's pre-sort check: keys all of one simple type compare directly (same `<`).
        if let ints = keys.allInts {
            try timSort(&idx) { p, q in ints[p] < ints[q] }
        } else if let ds = keys.allFloats {
            try timSort(&idx) { p, q in ds[p] < ds[q] }
        } else {
            try timSort(&idx) { p, q in try compare(.lt, keys[p], keys[q], l) }
        }
        if reverse { idx.reverse() }
        return idx.map { xs[$0] }
    }

    /// Python's `min()` / `max()`: the first item, then each next one replaces it when
    /// `item < best` (min) or `item > best` (max), comparing keys when `key=` is given.
    func minMax(_ a: Args, _ l: Loc, wantMax: Bool) throws -> Value {
        let name = wantMax ? "max" : "min"
        try onlyKeywords(name, a, ["key", "default"], l)
        if a.positional.isEmpty { throw fail("\(name) expected at least 1 argument, got 0", l, .typeError) }
        if a.positional.count > 1, a.keyword("default") != nil {
            throw fail("Cannot specify a default for \(name)() with multiple positional arguments", l, .typeError)
        }
        let items = a.positional.count == 1 ? try orderFreeElements(a.positional[0], key: a.keyword("key"), l) : a.positional
        guard var best = items.first else {
            if let d = a.keyword("default") { return d }
            throw fail("\(name)() arg is an empty sequence", l, .valueError)
        }
        let key = a.keyword("key").flatMap { $0.isNone ? nil : $0 }
        var bestKey = try key.map { try call($0, Args([best]), l) } ?? best
        for x in items.dropFirst() {
            let k = try key.map { try call($0, Args([x]), l) } ?? x
            if try compare(wantMax ? .gt : .lt, k, bestKey, l) { best = x; bestKey = k }
        }
        return best
    }
}


func hex(_ v: UInt32, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
