// SetOperations: sets in the interpreter — making them (`set()`, `frozenset()`, displays), the
// operators `| & - ^` and their in-place forms, subset comparisons, and the rule for a set whose
// order Python does not fix (it holds a str, None...): what does not depend on the order works,
// what would show it is an error naming why. The table itself: Collections/PySet*.swift.

extension Interpreter {
    /// The error text for showing the order of a set that has none reproducible.
    func unorderedSetMessage(_ why: String, _ what: String) -> String {
        "cfy cannot give \(what) of a set holding \(why), so Python's order for it differs from run to run; cfy "
            + "never guesses a set's order (sorted(...) gives a fixed one)"
    }

    func unhashable(_ e: Unhashable, _ loc: Loc) -> Diagnostic {
        fail("unhashable type: '\(e.value.typeName)'", loc, .typeError)
    }

    /// The other operand of a set operation or method: a set, a dict, or an iterable's items.
    func setOperand(_ v: Value, _ loc: Loc) throws -> SetOperand {
        switch v {
        case .set(let s): return .set(s)
        case .dict(let d): return .dict(d)
        default: return .items(try elements(v, loc))
        }
    }

    /// `set(x)` / `frozenset(x)`: a new set of `x`'s elements (`frozenset(f)` is `f` itself).
    func makeSet(_ x: Value?, frozen: Bool, _ loc: Loc) throws -> PySet {
        var s = PySet(frozen: frozen)
        guard let x else { return s }
        if frozen, case .set(let f) = x, f.frozen { return f }
        do { try s.update(try setOperand(x, loc)) } catch let e as Unhashable { throw unhashable(e, loc) }
        return s
    }

    /// Runs a set operation, turning an unhashable element into Python's TypeError.
    func setOp<T>(_ loc: Loc, _ body: () throws(Unhashable) -> T) throws -> T {
        do { return try body() } catch { throw unhashable(error, loc) }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets (the result has the left one's type).
    func setBinary(_ op: BinaryOp, _ a: PySet, _ b: PySet, _ loc: Loc) throws -> Value? {
        switch op {
        case .or:
            var r = a.copied()
            if b.storageID != a.storageID { try setOp(loc) { () throws(Unhashable) in try r.update(.set(b)) } }
            try checkSize(r.count, loc)
            return .set(r)
        case .and: return .set(try setOp(loc) { () throws(Unhashable) in try a.intersection(.set(b)) })
        case .sub: return .set(try setOp(loc) { () throws(Unhashable) in try a.difference(.set(b)) })
        case .xor: return .set(try setOp(loc) { () throws(Unhashable) in try a.symmetricDifference(.set(b)) })
        default: return nil
        }
    }

    /// `a |= b` and the others on a set variable: changed in place, as Python's set does (which
    /// keeps its table: the order can differ from `a = a | b`). nil when not a set operation.
    func setInPlace(_ op: BinaryOp, _ a: inout PySet, _ b: PySet, _ loc: Loc) throws -> Bool {
        guard !a.frozen else { return false }
        switch op {
        case .or: try setOp(loc) { () throws(Unhashable) in try a.update(.set(b)) }
        case .and:
            let r = try setOp(loc) { () throws(Unhashable) in try a.intersection(.set(b)) }
            a.takeBody(r)
        case .sub: try setOp(loc) { () throws(Unhashable) in try a.subtract(.set(b)) }
        case .xor: try setOp(loc) { () throws(Unhashable) in try a.symmetricUpdate(.set(b)) }
        default: return false
        }
        try checkSize(a.count, loc)
        return true
    }

    /// `<`, `<=`, `>`, `>=` between sets: subset and superset tests.
    func setOrder(_ op: CompareOp, _ a: PySet, _ b: PySet) -> Bool {
        switch op {
        case .le: return a.isSubset(of: b)
        case .lt: return a.count < b.count && a.isSubset(of: b)
        case .ge: return b.isSubset(of: a)
        default: return a.count > b.count && b.isSubset(of: a)
        }
    }

    /// `x in s`: a set `x` is looked up as a frozenset, as CPython does.
    func setContains(_ s: PySet, _ x: Value, _ loc: Loc) throws -> Bool {
        var key = x
        if case .set(var k) = x, !k.frozen { k.frozen = true; key = .set(k) }
        guard let found = s.contains(key) else { throw fail("unhashable type: '\(x.typeName)'", loc, .typeError) }
        return found
    }

    /// The elements of `s` in CPython's order, or the error saying why there is none.
    func orderedElements(_ s: PySet, _ loc: Loc) throws -> [Value] {
        if let why = s.orderUnknown { throw fail(unorderedSetMessage(why, "the order"), loc, .notImplementedError) }
        return s.elements
    }

    /// The items of `v` for a use whose result does not depend on their order (`sorted`, `min`,
    /// `max` with no key): a set of strings, or of numbers (no nan), gives them even when its order
    /// is unknown, since distinct items of one such kind sort one way only.
    func orderFreeElements(_ v: Value, key: Value?, _ loc: Loc) throws -> [Value] {
        if case .set(let s) = v, s.unorderedWhy != nil, key == nil || key?.isNone == true {
            let xs = s.elements
            if xs.allSatisfy({ if case .str = $0 { return true } else { return false } }) { return xs }
            if xs.allSatisfy({ isNumber($0) && !(asDouble($0)?.isNaN ?? false) }) { return xs }
        }
        return try elements(v, loc)
    }

    /// `sum()` of a set of ints whatever its order (int addition does not depend on it); nil else.
    func orderFreeIntSum(_ v: Value, start: Value, _ loc: Loc) throws -> Value? {
        guard case .set(let s) = v, s.unorderedWhy != nil, isInt(start), s.elements.allSatisfy(isInt) else { return nil }
        var total = start
        for x in s.elements { total = try binary(.add, total, x, loc) }
        return total
    }

    /// `hash(v)`: CPython's value when it is the same in every process, else an error saying why.
    func pyHash(_ v: Value, _ loc: Loc) throws -> Int64 {
        guard DictKey(v) != nil else { throw fail("unhashable type: '\(v.typeName)'", loc, .typeError) }
        if let h = PyHash.of(v) { return h }
        throw fail("cfy cannot give the hash of \(PyHash.unordered(v))", loc, .notImplementedError)
    }

    /// `copy.copy(x)`: a set is copied as `set.copy()` copies it (a new table: the order can change);
    /// anything else is its value (values are copied on assignment).
    func pyCopy(_ v: Value) -> Value {
        if case .set(let s) = v, !s.frozen { return .set(s.copied()) }
        return v
    }

    /// `copy.deepcopy(x)`: every set inside is rebuilt as Python's deepcopy rebuilds it (a new set
    /// of its copied elements added in its order, `set(list(s))`); everything else is its value.
    func pyDeepCopy(_ v: Value) -> Value {
        if stackIsLow() { return v }
        switch v {
        case .set(let s):
            var r = PySet(frozen: s.frozen)
            r.inheritOrder(s)
            for x in s.elements { r.add(pyDeepCopy(x)) }
            return .set(r)
        case .list(let xs): return xs.contains(where: holdsSet) ? .list(xs.map(pyDeepCopy)) : v
        case .tuple(let xs): return xs.contains(where: holdsSet) ? .tuple(xs.map(pyDeepCopy)) : v
        case .dict(let d):
            guard holdsSet(v) else { return v }
            var out = PyDict()
            d.forEach { k, x in
                let key = pyDeepCopy(k)
                if let dk = DictKey(key) { out.set(dk, key: key, value: pyDeepCopy(x)) }
            }
            return .dict(out)
        case .instance(var inst):
            guard holdsSet(v) else { return v }
            inst.values = inst.values.map(pyDeepCopy)
            return .instance(inst)
        default: return v
        }
    }

    /// Whether a set is somewhere inside `v` (lists, tuples, dicts, instances).
    func holdsSet(_ v: Value) -> Bool {
        if stackIsLow() { return false }
        switch v {
        case .set: return true
        case .list(let xs), .tuple(let xs): return xs.contains(where: holdsSet)
        case .dict(let d): return d.entries.contains { holdsSet($0.key) || holdsSet($0.value) }
        case .instance(let i): return i.values.contains(where: holdsSet)
        default: return false
        }
    }
}
