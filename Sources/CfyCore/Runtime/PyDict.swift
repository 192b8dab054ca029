// PyDict: an insertion-ordered dict with Python key equality (1 == True == 1.0, strings by code point).

/// The normalised form of a hashable key.
public indirect enum DictKey: Hashable, Sendable {
    case none
    case int(Int64)           // ints, bools, and floats with an integral value that fits
    case float(UInt64)        // other floats, by bit pattern (-0.0 folds to int 0)
    case str(PyStr)
    case tuple([DictKey])
    case object(ObjectIdentifier)
    case builtinType(String)

    /// The key for `v`, or nil when `v` is unhashable (list, dict, instance).
    public init?(_ v: Value) {
        if stackIsLow() { return nil }
        switch v {
        case .none: self = .none
        case .bool(let b): self = .int(b ? 1 : 0)
        case .int(let i): self = .int(i)
        case .float(let d):
            if d == d.rounded(), let i = Int64(exactly: d) { self = .int(i) } else { self = .float(d.bitPattern) }
        case .str(let s): self = .str(PyStr(s))
        case .tuple(let xs):
            var ks: [DictKey] = []
            ks.reserveCapacity(xs.count)
            for x in xs { guard let k = DictKey(x) else { return nil }; ks.append(k) }
            self = .tuple(ks)
        case .range(let a, let b, let c): self = .tuple([.int(a), .int(b), .int(c), .str(PyStr("range"))])
        case .function(let f): self = .object(ObjectIdentifier(f))
        case .builtin(let f): self = .object(ObjectIdentifier(f))
        case .cls(let c): self = .object(ObjectIdentifier(c))
        case .module(let m): self = .object(ObjectIdentifier(m))
        case .type(let t): self = .builtinType(t.rawValue)
        case .method, .list, .dict, .instance: return nil
        }
    }
}

/// An ordered dictionary, a value type.
///
/// ```swift
/// var d = PyDict()
/// d[.int(1)] = .str("a"); d[.bool(true)] = .str("b")   // one key: {1: 'b'}
/// ```
public struct PyDict: Sendable {
    public private(set) var keys: [Value] = []
    public private(set) var values: [Value] = []
    private var index: [DictKey: Int] = [:]
    private var holes = 0
    private var alive: [Bool] = []

    public init() {}

    public var count: Int { keys.count - holes }

    /// The live entries in insertion order.
    public var entries: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for i in keys.indices where alive[i] { out.append((keys[i], values[i])) }
        return out
    }

    public var liveKeys: [Value] { holes == 0 ? keys : keys.indices.filter { alive[$0] }.map { keys[$0] } }
    public var liveValues: [Value] { holes == 0 ? values : values.indices.filter { alive[$0] }.map { values[$0] } }

    public func get(_ k: DictKey) -> Value? { index[k].map { values[$0] } }

    public func contains(_ k: DictKey) -> Bool { index[k] != nil }

    /// Sets `key` (keeping the first-inserted key object and position, as Python does).
    public mutating func set(_ k: DictKey, key: Value, value: Value) {
        if let i = index[k] { values[i] = value; return }
        index[k] = keys.count
        keys.append(key); values.append(value); alive.append(true)
    }

    @discardableResult
    public mutating func remove(_ k: DictKey) -> Value? {
        guard let i = index.removeValue(forKey: k) else { return nil }
        alive[i] = false; holes += 1
        let v = values[i]
        keys[i] = .none; values[i] = .none
        if holes > 16, holes * 2 > keys.count { compact() }
        return v
    }

    public mutating func removeAll() { self = PyDict() }

    private mutating func compact() {
        let live = entries
        self = PyDict()
        for (k, v) in live { if let dk = DictKey(k) { set(dk, key: k, value: v) } }
    }
}
