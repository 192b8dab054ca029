// PySet: set and frozenset as CPython 3.11 lays them out (Objects/setobject.c): an open-addressing
// table of 8 slots or a power of two, probed linearly 9 slots at a time then by the perturbed
// recurrence, grown when 3/5 full, removals leaving dummies. Iterating walks the table, so with
// each element's CPython hash (PyHash) the order is CPython's. An element whose hash is not the
// same in every process (a str, None...) gets a stand-in hash for lookups, and the set remembers
// why: its order is then unknown (`unorderedWhy`), and what would show the order is an error.
// The set algebra with CPython's order: PySetAlgebra.swift.

/// A set or frozenset, a value type.
public struct PySet: Sendable {
    struct Entry: Sendable {
        var hash: Int64
        var key: Value
        var dkey: DictKey
    }
    enum Slot: Sendable {
        case empty
        case dummy
        case active(Entry)
    }
    static let minSize = 8
    static let linearProbes = 9
    static let perturbShift: UInt64 = 5

    var slots: [Slot] = Array(repeating: .empty, count: PySet.minSize)
    var fill = 0
    var used = 0
    /// Where `pop()` starts looking (CPython's `finger`).
    var finger = 0
    /// A frozenset (hashable, no in-place methods).
    public var frozen: Bool
    /// Why the order is unknown (the first element with a per-process hash), or nil.
    public internal(set) var unorderedWhy: String? {
        didSet { if unorderedWhy != nil { PySet.unorderedExists = true } }
    }

    /// Why the order is unknown where it would show: nil when it is CPython's, and for a set of
    /// at most one element (whose order is the same however the table was built).
    public var orderUnknown: String? { used <= 1 ? nil : unorderedWhy }

    /// Whether any set of unknown order was made in this process: until one is, the hasher does
    /// not look inside containers for one (set once, never reset: a benign race).
    nonisolated(unsafe) static var unorderedExists = false

    public init(frozen: Bool = false) { self.frozen = frozen }

    public var count: Int { used }
    var mask: Int { slots.count - 1 }

    /// The address of the table (two sets with the same one are one object in Python's eyes).
    var storageID: UInt { slots.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }

    /// The elements in table order (CPython's iteration order when `unorderedWhy` is nil).
    public var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(used)
        for case .active(let e) in slots { out.append(e.key) }
        return out
    }

    var entries: [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(used)
        for case .active(let e) in slots { out.append(e) }
        return out
    }

    /// The hash of this frozenset (`frozenset_hash`), when every element's hash is CPython's.
    var frozenHash: Int64? {
        guard unorderedWhy == nil else { return nil }
        return PyHash.frozenset(entries.map(\.hash))
    }

    /// The entry for `v` (its CPython hash, or a stand-in when it has none), or nil if unhashable.
    static func entry(_ v: Value) -> (Entry, unordered: String?)? {
        guard let k = DictKey(v) else { return nil }
        if let h = PyHash.of(v) { return (Entry(hash: h, key: v, dkey: k), nil) }
        var stand = Int64(truncatingIfNeeded: k.hashValue)
        if stand == -1 { stand = -2 }
        return (Entry(hash: stand, key: v, dkey: k), PyHash.unordered(v))
    }

    // MARK: the table (set_lookkey, set_add_entry, set_insert_clean, set_table_resize)

    /// The slot holding `dkey`, or nil.
    func find(_ hash: Int64, _ dkey: DictKey) -> Int? {
        let mask = UInt64(self.mask)
        var perturb = UInt64(bitPattern: hash)
        var i = perturb & mask
        while true {
            var j = Int(i)
            var probes = i + UInt64(Self.linearProbes) <= mask ? Self.linearProbes : 0
            while true {
                switch slots[j] {
                case .empty: return nil
                case .active(let e) where e.hash == hash && e.dkey == dkey: return j
                default: break
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= Self.perturbShift
            i = (i &* 5 &+ 1 &+ perturb) & mask
        }
    }

    public func contains(_ dkey: DictKey, hash: Int64) -> Bool { find(hash, dkey) != nil }

    /// Whether `v` is an element (nil when `v` is unhashable).
    public func contains(_ v: Value) -> Bool? {
        guard let (e, _) = Self.entry(v) else { return nil }
        return find(e.hash, e.dkey) != nil
    }

    /// Adds `e` unless an equal element is there (the first one added stays).
    mutating func add(_ e: Entry, unordered: String?) {
        if unorderedWhy == nil, let why = unordered { unorderedWhy = why }
        let mask = UInt64(self.mask)
        var perturb = UInt64(bitPattern: e.hash)
        var i = perturb & mask
        var freeslot: Int?
        while true {
            var j = Int(i)
            var probes = i + UInt64(Self.linearProbes) <= mask ? Self.linearProbes : 0
            while true {
                switch slots[j] {
                case .empty:
                    if let f = freeslot {
                        used += 1
                        slots[f] = .active(e)
                        return
                    }
                    fill += 1
                    used += 1
                    slots[j] = .active(e)
                    if fill * 5 < self.mask * 3 { return }
                    resize(used > 50000 ? used * 2 : used * 4)
                    return
                case .active(let x) where x.hash == e.hash && x.dkey == e.dkey: return
                case .dummy: freeslot = j
                case .active: break
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= Self.perturbShift
            i = (i &* 5 &+ 1 &+ perturb) & mask
        }
    }

    /// Adds `v`; false when it is unhashable.
    @discardableResult
    public mutating func add(_ v: Value) -> Bool {
        guard let (e, why) = Self.entry(v) else { return false }
        add(e, unordered: why)
        return true
    }

    /// Puts `e` in the first empty slot of its probe sequence (no duplicates, no dummies).
    static func insertClean(_ slots: inout [Slot], _ e: Entry) {
        let mask = UInt64(slots.count - 1)
        var perturb = UInt64(bitPattern: e.hash)
        var i = perturb & mask
        while true {
            if case .empty = slots[Int(i)] { slots[Int(i)] = .active(e); return }
            if i + UInt64(linearProbes) <= mask {
                for j in 1...linearProbes {
                    if case .empty = slots[Int(i) + j] { slots[Int(i) + j] = .active(e); return }
                }
            }
            perturb >>= perturbShift
            i = (i &* 5 &+ 1 &+ perturb) & mask
        }
    }

    /// A table of the smallest size above `minused`, the active entries re-inserted in table order.
    mutating func resize(_ minused: Int) {
        var size = Self.minSize
        while size <= minused { size <<= 1 }
        if size == Self.minSize, slots.count == Self.minSize, fill == used { return }
        var table = [Slot](repeating: .empty, count: size)
        for case .active(let e) in slots { Self.insertClean(&table, e) }
        slots = table
        fill = used
    }

    /// Removes the element equal to `e`; whether it was there.
    @discardableResult
    mutating func discard(_ hash: Int64, _ dkey: DictKey) -> Bool {
        guard let j = find(hash, dkey) else { return false }
        slots[j] = .dummy
        used -= 1
        return true
    }

    /// Removes and returns the element `pop()` takes (`set_pop`), nil when empty.
    mutating func pop() -> Value? {
        guard used > 0 else { return nil }
        var j = finger & mask
        while true {
            if case .active(let e) = slots[j] {
                slots[j] = .dummy
                used -= 1
                finger = j + 1
                return e.key
            }
            j = j + 1 > mask ? 0 : j + 1
        }
    }

    /// Empties the set to the smallest table (`set_clear_internal`).
    mutating func clear() {
        slots = Array(repeating: .empty, count: Self.minSize)
        fill = 0
        used = 0
        unorderedWhy = nil
    }

    /// Marks this set's order unknown when `other`'s is: its elements come in `other`'s order.
    mutating func inheritOrder(_ other: PySet) {
        if unorderedWhy == nil { unorderedWhy = other.unorderedWhy }
    }

    /// Makes this set hold `other`'s table (`set_swap_bodies` for the `_update` methods).
    mutating func takeBody(_ other: PySet) {
        slots = other.slots
        fill = other.fill
        used = other.used
        unorderedWhy = other.unorderedWhy
    }

    /// For `Teardown`: whether an element is a container (frozensets of tuples...).
    var holdsContainer: Bool {
        for case .active(let e) in slots where Teardown.isContainer(e.key) { return true }
        return false
    }

    /// For `Teardown`: the nested elements this set alone holds.
    mutating func detachChildren(into work: inout [Value]) {
        guard Teardown.isUnique(&slots) else { return }
        for case .active(let e) in slots where Teardown.isNested(e.key) { work.append(e.key) }
    }
}

/// A frozenset as a dict key or set element: its elements' keys, hashed by the hash computed from
/// its entries (`frozenset_hash`), never by walking nested frozensets again.
public struct FrozenKey: Hashable, Sendable {
    let hash: Int64
    let keys: Set<DictKey>

    init(_ s: PySet) {
        let entries = s.entries
        hash = PyHash.frozenset(entries.map(\.hash))
        keys = Set(entries.map(\.dkey))
    }

    public func hash(into h: inout Hasher) { h.combine(hash) }
    public static func == (a: FrozenKey, b: FrozenKey) -> Bool { a.hash == b.hash && a.keys == b.keys }
}
