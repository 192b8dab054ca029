// PrettyRepr: a value laid out to a width the way CPython 3.11's `pprint.pformat(v, width=W,
// sort_dicts=False)` lays it out, for the REPL's echo at a terminal.

/// Python's `pprint.pformat(v, width: width, sort_dicts=False)`, except that a long string stays
/// one repr (pprint cuts it into adjacent literals; cfy keeps it whole, so it can be copied).
///
/// A value whose repr fits in what is left of the line is written as its repr; a list, tuple,
/// dict, set or dataclass instance (an args set) that does not fit is written one item per line,
/// each item laid out by the same rule:
///
/// ```
/// Args(name='base',
///      lr=0.01,
///      layers=[64, 128, 256])
/// ```
///
/// Dicts keep their insertion order (as IPython, and as `repr`; pprint's default sorts the keys).
/// A set that does not fit is written sorted, as pprint does; a set whose elements are not all
/// ints or all strings throws `PrettyOrderUnknown` (Python's order for it is not cfy's to know),
/// and the caller shows the plain repr instead.
public struct PrettyRepr {
    /// The line width (pprint's `width`); lines may still be wider when a leaf's repr is.
    public var width: Int
    /// The repr of any value (the interpreter's, running a class's own `__repr__`).
    public var repr: (Value) throws -> String
    /// Whether an instance's class defines its own `__repr__` (then it is a leaf, as in pprint).
    public var ownRepr: (Instance) -> Bool
    /// Called before each value is written: throws to stop (Ctrl-C).
    public var poll: () throws -> Void = {}

    public init(width: Int, repr: @escaping (Value) throws -> String, ownRepr: @escaping (Instance) -> Bool) {
        self.width = width
        self.repr = repr
        self.ownRepr = ownRepr
    }

    /// The laid-out text, without a final newline.
    public func format(_ v: Value) throws -> String {
        var out = ""
        try write(v, into: &out, indent: 0, allowance: 0, depth: 0)
        return out
    }

    /// Python's `len()` of a text: its code points.
    private func length(_ s: String) -> Int { s.unicodeScalars.count }

    /// One value at column `indent`, with `allowance` columns kept free after it (the closing
    /// brackets and comma that follow it on its last line).
    private func write(_ v: Value, into out: inout String, indent: Int, allowance: Int, depth: Int) throws {
        try poll()
        let rep = try repr(v)
        guard length(rep) > width - indent - allowance, depth < 200, !stackIsLow() else {
            out += rep
            return
        }
        switch v {
        case .list(let xs):
            out += "["
            try writeItems(xs, into: &out, indent: indent, allowance: allowance + 1, depth: depth)
            out += "]"
        case .tuple(let xs):
            let end = xs.count == 1 ? ",)" : ")"
            out += "("
            try writeItems(xs, into: &out, indent: indent, allowance: allowance + length(end), depth: depth)
            out += end
        case .dict(let d):
            out += "{"
            try writeEntries(d.entries.map { ($0.key, $0.value) }, into: &out, indent: indent, allowance: allowance + 1, depth: depth)
            out += "}"
        case .set(let s) where s.count > 0:
            let sorted = try sortedElements(s.elements)
            let open = s.frozen ? "frozenset({" : "{", end = s.frozen ? "})" : "}"
            out += open
            try writeItems(sorted, into: &out, indent: indent + (s.frozen ? 10 : 0), allowance: allowance + length(end),
                           depth: depth)
            out += end
        case .instance(let inst) where !inst.cls.isException && !ownRepr(inst):
            let name = inst.cls.name
            out += name + "("
            let fields = zip(inst.cls.fields, inst.values).filter { $0.0.repr }.map { ($0.0.name, $0.1) }
            try writeFields(fields, into: &out, indent: indent + length(name) + 1, allowance: allowance, depth: depth)
            out += ")"
        default:
            out += rep
        }
    }

    /// Items of a list, tuple or set, one a line, one column in from the bracket.
    private func writeItems(_ xs: [Value], into out: inout String, indent: Int, allowance: Int, depth: Int) throws {
        let inner = indent + 1
        for (i, x) in xs.enumerated() {
            let last = i == xs.count - 1
            if i > 0 { out += ",\n" + String(repeating: " ", count: inner) }
            try write(x, into: &out, indent: inner, allowance: last ? allowance : 1, depth: depth + 1)
        }
    }

    /// `key: value` entries of a dict, one a line; a value starts after its key's repr.
    private func writeEntries(_ kvs: [(Value, Value)], into out: inout String, indent: Int, allowance: Int, depth: Int) throws {
        let inner = indent + 1
        for (i, (k, x)) in kvs.enumerated() {
            let last = i == kvs.count - 1
            try poll()
            let key = try repr(k)
            out += key + ": "
            try write(x, into: &out, indent: inner + length(key) + 2, allowance: last ? allowance : 1, depth: depth + 1)
            if !last { out += ",\n" + String(repeating: " ", count: inner) }
        }
    }

    /// `name=value` fields of a dataclass instance, one a line, aligned after `Name(`.
    private func writeFields(_ fs: [(String, Value)], into out: inout String, indent: Int, allowance: Int, depth: Int) throws {
        for (i, (name, x)) in fs.enumerated() {
            let last = i == fs.count - 1
            out += name + "="
            try write(x, into: &out, indent: indent + length(name) + 1, allowance: last ? allowance : 1, depth: depth + 1)
            if !last { out += ",\n" + String(repeating: " ", count: indent) }
        }
    }

    /// A set's elements in `sorted()` order, which pprint uses for a set that does not fit: known
    /// here for ints (bools included) and for strings (by code point); other sets throw.
    private func sortedElements(_ xs: [Value]) throws -> [Value] {
        var ints: [(Int64, Value)] = []
        var strs: [(String, Value)] = []
        for x in xs {
            switch x {
            case .int(let i): ints.append((i, x))
            case .bool(let b): ints.append((b ? 1 : 0, x))
            case .str(let s): strs.append((s, x))
            default: throw PrettyOrderUnknown()
            }
        }
        if strs.isEmpty { return ints.sorted { $0.0 < $1.0 }.map(\.1) }
        if ints.isEmpty {
            return strs.sorted { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) { $0.value < $1.value } }
                .map(\.1)
        }
        throw PrettyOrderUnknown()
    }
}

/// A set too wide for one line whose sorted order (pprint's) cfy cannot tell: mixed or
/// non-int, non-str elements (Python's `sorted` falls back to object addresses for some).
public struct PrettyOrderUnknown: Error {}

extension Session {
    /// The REPL's echo of `v` laid out to `width` columns (`PrettyRepr`), with Python's errors
    /// for the repr limits; `poll` is called before each item (it may throw to stop).
    public func prettyRepr(_ v: Value, width: Int, poll: @escaping () throws -> Void = {}) throws -> String {
        let interp = interpreter
        let r = interp.makeRepr(.none)
        var p = PrettyRepr(width: width, repr: { v in try interp.reprLimits(.none) { try r.repr(v) } }, ownRepr: { inst in
            guard let f = inst.cls.method("__repr__") else { return false }
            return f.qualname == inst.cls.qualname + ".__repr__"
        })
        p.poll = poll
        return try p.format(v)
    }
}
