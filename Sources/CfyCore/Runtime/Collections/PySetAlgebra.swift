// PySetAlgebra: update, union, intersection, difference and symmetric difference as CPython 3.11
// computes them (Objects/setobject.c: set_merge, set_update_internal, set_intersection,
// set_difference, set_difference_update_internal, set_symmetric_difference_update): which table
// is walked, when one big resize is done first, and which of two equal elements is kept all
// decide the result's layout, and so its order.

/// The other operand of a set operation: a set, a dict (its keys, with its size known up front),
/// or the items of any other iterable.
enum SetOperand {
    case set(PySet)
    case dict(PyDict)
    case items([Value])
}

/// An element that cannot be in a set.
struct Unhashable: Error { let value: Value }

extension PySet {
    /// `set_merge`: adds every element of `other` (one resize first; a copy into an empty table).
    mutating func merge(_ other: PySet) {
        if other.used == 0 || other.storageID == storageID { return }
        if unorderedWhy == nil, let why = other.unorderedWhy { unorderedWhy = why }
        if (fill + other.used) * 5 >= mask * 3 { resize((used + other.used) * 2) }
        if fill == 0, mask == other.mask, other.fill == other.used {
            slots = other.slots
            fill = other.fill
            used = other.used
            return
        }
        if fill == 0 {
            var table = slots
            for e in other.entries { Self.insertClean(&table, e) }
            slots = table
            fill = other.used
            used = other.used
            return
        }
        for e in other.entries { add(e, unordered: nil) }
    }

    /// `set_update_internal`: adds the elements of `other`.
    mutating func update(_ other: SetOperand) throws(Unhashable) {
        switch other {
        case .set(let s): merge(s)
        case .dict(let d):
            if (fill + d.count) * 5 >= mask * 3 { resize((used + d.count) * 2) }
            for k in d.liveKeys { try addOrFail(k) }
        case .items(let xs): for x in xs { try addOrFail(x) }
        }
    }

    mutating func addOrFail(_ v: Value) throws(Unhashable) {
        guard let (e, why) = Self.entry(v) else { throw Unhashable(value: v) }
        add(e, unordered: why)
    }

    static func entryOrFail(_ v: Value) throws(Unhashable) -> (Entry, unordered: String?) {
        guard let r = entry(v) else { throw Unhashable(value: v) }
        return r
    }

    /// A new set of the same kind holding this one's elements (`set_copy`).
    func copied(frozen: Bool? = nil) -> PySet {
        var r = PySet(frozen: frozen ?? self.frozen)
        r.merge(self)
        return r
    }

    /// `set_intersection`: walks the smaller set (or the iterable), keeping its elements.
    func intersection(_ other: SetOperand) throws(Unhashable) -> PySet {
        var result = PySet(frozen: frozen)
        switch other {
        case .set(let o):
            if o.storageID == storageID { return copied() }
            let (big, small) = o.used > used ? (o, self) : (self, o)
            result.inheritOrder(small)
            for e in small.entries where big.contains(e.dkey, hash: e.hash) { result.add(e, unordered: nil) }
        case .dict(let d): return try intersection(.items(d.liveKeys))
        case .items(let xs):
            for x in xs {
                let (e, why) = try Self.entryOrFail(x)
                if contains(e.dkey, hash: e.hash) {
                    result.add(e, unordered: why)
                    if result.used >= used { break }
                }
            }
        }
        return result
    }

    /// `set_difference_update_internal`: removes the elements of `other`, then drops the dummies
    /// when they are more than a quarter of the table.
    mutating func subtract(_ other: SetOperand) throws(Unhashable) {
        switch other {
        case .set(let o):
            if o.storageID == storageID { clear(); return }
            let walk = (o.used >> 3) > used ? try intersection(.set(o)) : o
            for e in walk.entries { discard(e.hash, e.dkey) }
        case .dict(let d): try subtract(.items(d.liveKeys))
        case .items(let xs):
            for x in xs {
                let (e, _) = try Self.entryOrFail(x)
                discard(e.hash, e.dkey)
            }
        }
        if fill - used <= mask / 4 { return }
        resize(used > 50000 ? used * 2 : used * 4)
    }

    /// `set_difference`: a copy then removals when this set is much the larger (or `other` is
    /// neither a set nor a dict), else this set's elements that `other` lacks.
    func difference(_ other: SetOperand) throws(Unhashable) -> PySet {
        let otherSize: Int
        switch other {
        case .set(let o): otherSize = o.used
        case .dict(let d): otherSize = d.count
        case .items:
            var r = copied()
            try r.subtract(other)
            return r
        }
        if (used >> 2) > otherSize {
            var r = copied()
            try r.subtract(other)
            return r
        }
        var result = PySet(frozen: frozen)
        result.inheritOrder(self)
        for e in entries {
            let inOther: Bool
            switch other {
            case .set(let o): inOther = o.contains(e.dkey, hash: e.hash)
            case .dict(let d): inOther = d.contains(e.dkey)
            case .items: inOther = false
            }
            if !inOther { result.add(e, unordered: nil) }
        }
        return result
    }

    /// `set_symmetric_difference_update`: each element of `other` (a set made of it if needed) is
    /// removed when present, else added.
    mutating func symmetricUpdate(_ other: SetOperand) throws(Unhashable) {
        let walk: [(Entry, unordered: String?)]
        switch other {
        case .set(let o):
            if o.storageID == storageID { clear(); return }
            inheritOrder(o)
            walk = o.entries.map { ($0, nil) }
        case .dict(let d):
            var w: [(Entry, unordered: String?)] = []
            for k in d.liveKeys { w.append(try Self.entryOrFail(k)) }
            walk = w
        case .items:
            var s = PySet(frozen: frozen)
            try s.update(other)
            inheritOrder(s)
            walk = s.entries.map { ($0, nil) }
        }
        for (e, why) in walk where !discard(e.hash, e.dkey) { add(e, unordered: why) }
    }

    /// `set_symmetric_difference`: a new set of `other`, updated with this one.
    func symmetricDifference(_ other: SetOperand) throws(Unhashable) -> PySet {
        var r = PySet(frozen: frozen)
        try r.update(other)
        try r.symmetricUpdate(.set(self))
        return r
    }

    /// Whether every element is in `other` (`set_issubset` with a set).
    func isSubset(of other: PySet) -> Bool {
        if used > other.used { return false }
        return entries.allSatisfy { other.contains($0.dkey, hash: $0.hash) }
    }

    /// Python's `==` of two sets (a set equals a frozenset with the same elements).
    func equals(_ other: PySet) -> Bool { used == other.used && isSubset(of: other) }
}
