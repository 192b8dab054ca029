// PyDict: an insertion-ordered dict with Python key equality (1 == True == 1.0, strings by code point).

/// The normalised form of a hashable key.
public enum DictKey: Hashable, Sendable {
    case none
    case int(Int64)           // ints, bools, and floats with an integral value that fits
    case big(BigInt)          // ints past Int64, and integral floats past it
    case float(UInt64)        // other floats, by bit pattern (-0.0 folds to int 0)
    case str(PyStr)
    case tuple([DictKey])
    case object(ObjectIdentifier)
    case builtinType(String)
    case frozenset(FrozenKey)

    /// The key for `v`, or nil when `v` is unhashable (list, dict, instance).
    public init?(_ v: Value) {
        switch v {
        case .none: self = .none
        case .bool(let b): self = .int(b ? 1 : 0)
        case .int(let i): self = .int(i)
        case .float(let d):
            if d == d.rounded(), let i = Int64(exactly: d) { self = .int(i) }
            else if d.isFinite && d == d.rounded() { self = .big(BigInt(truncating: d)) }
            else { self = .float(d.bitPattern) }
        case .bigint(let b): self = .big(b)
        case .str(let s): self = .str(PyStr(s))
        case .tuple(let xs):
            if stackIsLow() { return nil }
            var ks: [DictKey] = []
            ks.reserveCapacity(xs.count)
            for x in xs { guard let k = DictKey(x) else { return nil }; ks.append(k) }
            self = .tuple(ks)
        case .range(let a, let b, let c): self = .tuple([.int(a), .int(b), .int(c), .str(PyStr("range"))])
        case .function(let f): self = .object(ObjectIdentifier(f))
        case .builtin(let f): self = .object(ObjectIdentifier(f))
        case .cls(let c): self = .object(ObjectIdentifier(c))
        case .module(let m): self = .object(ObjectIdentifier(m))
        case .iter(let it):                 // set-like views are unhashable; the rest hash by identity
            guard it.kind != .dictKeys, it.kind != .dictItems else { return nil }
            self = .object(ObjectIdentifier(it))
        case .type(let t): self = .builtinType(t.rawValue)
        case .method(let m):
            guard m.isUnbound, case .type(let t) = m.receiver else { return nil }
            self = .builtinType(t.rawValue + "." + m.name)
        case .set(let s):
            guard s.frozen else { return nil }
            self = .frozenset(FrozenKey(s))
        case .list, .dict, .instance: return nil
        }
    }
}

/// An ordered dictionary, a value type. Up to 8 entries it is one array searched in order (no
/// hashing, one allocation); past that it also keeps a hash index.
///
/// ```swift
/// var d = PyDict()
/// d[.int(1)] = .str("a"); d[.bool(true)] = .str("b")   // one key: {1: 'b'}
/// ```
public struct PyDict: Sendable {
    struct Slot: Sendable {
        var dkey: DictKey
        var key: Value
        var value: Value
        var alive: Bool
    }
    private var slots: [Slot] = []
    private var index: [DictKey: Int]?
    private var holes = 0
    static let indexFrom = 8

    public init() {}

    public var count: Int { slots.count - holes }

    /// Room for `n` entries (a dict literal knows how many it has).
    mutating func reserve(_ n: Int) { slots.reserveCapacity(n) }

    /// The address of the entries' storage (0 when empty): two dicts with the same one are one
    /// dict, as long as one of them is kept (then neither can change it in place).
    var storageID: UInt {
        slots.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    /// The keys and values slot by slot, removed ones as `None` (prefer `entries`).
    public var keys: [Value] { slots.map(\.key) }
    public var values: [Value] { slots.map(\.value) }

    /// The live entries in insertion order.
    public var entries: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for s in slots where s.alive { out.append((s.key, s.value)) }
        return out
    }

    /// Calls `body` with each live entry, in insertion order (no array built).
    public func forEach(_ body: (Value, Value) throws -> Void) rethrows {
        for s in slots where s.alive { try body(s.key, s.value) }
    }

    public var liveKeys: [Value] { slots.compactMap { $0.alive ? $0.key : nil } }
    public var liveValues: [Value] { slots.compactMap { $0.alive ? $0.value : nil } }

    private func find(_ k: DictKey) -> Int? {
        if let index { return index[k] }
        for i in slots.indices where slots[i].alive && slots[i].dkey == k { return i }
        return nil
    }

    public func get(_ k: DictKey) -> Value? { find(k).map { slots[$0].value } }

    public func contains(_ k: DictKey) -> Bool { find(k) != nil }

    /// Sets `key` (keeping the first-inserted key object and position, as Python does).
    public mutating func set(_ k: DictKey, key: Value, value: Value) {
        if let i = find(k) { slots[i].value = value; return }
        slots.append(Slot(dkey: k, key: key, value: value, alive: true))
        if index != nil { index?[k] = slots.count - 1 } else if slots.count > Self.indexFrom { buildIndex() }
    }

    private mutating func buildIndex() {
        var ix: [DictKey: Int] = [:]
        ix.reserveCapacity(slots.count * 2)
        for i in slots.indices where slots[i].alive { ix[slots[i].dkey] = i }
        index = ix
    }

    @discardableResult
    public mutating func remove(_ k: DictKey) -> Value? {
        guard let i = find(k) else { return nil }
        index?.removeValue(forKey: k)
        let v = slots[i].value
        slots[i] = Slot(dkey: .none, key: .none, value: .none, alive: false)
        holes += 1
        if holes > 16, holes * 2 > slots.count { compact() }
        return v
    }

    public mutating func removeAll() { self = PyDict() }

    /// For `Teardown`: the nested keys and values this dict alone holds.
    /// Whether a key or value is a container (releasing this dict could recurse further).
    var holdsContainer: Bool {
        slots.contains { $0.alive && (Teardown.isContainer($0.key) || Teardown.isContainer($0.value)) }
    }

    mutating func detachChildren(into work: inout [Value]) {
        guard Teardown.isUnique(&slots) else { return }
        for s in slots where s.alive {
            if Teardown.isNested(s.key) { work.append(s.key) }
            if Teardown.isNested(s.value) { work.append(s.value) }
        }
    }

    private mutating func compact() {
        slots.removeAll { !$0.alive }
        holes = 0
        index = nil
        if slots.count > Self.indexFrom { buildIndex() }
    }
}
