// The methods of set and frozenset: their tables and implementations, with CPython's result
// order (Collections/PySetAlgebra.swift). A mutating method gets its receiver's set `inout`.

private typealias SetImpl = @Sendable (BuiltinContext, String, inout PySet, Args, Loc) throws -> Value

private func method(_ type: String, _ name: String, _ signature: String, _ doc: String, mutates: Bool = false,
                    _ f: @escaping SetImpl) -> MethodDecl {
    MethodDecl(name, type + "." + signature, doc, mutates: mutates, .set(f))
}

/// The key `x` is looked up by: a set argument is looked up as a frozenset, as CPython does.
private func lookupKey(_ i: BuiltinContext, _ x: Value, _ l: Loc) throws -> (hash: Int64, dkey: DictKey) {
    var key = x
    if case .set(var k) = x, !k.frozen { k.frozen = true; key = .set(k) }
    guard let (e, _) = PySet.entry(key) else { throw i.fail("unhashable type: '\(x.typeName)'", l, .typeError) }
    return (e.hash, e.dkey)
}

private let copyImpl: SetImpl = { _, _, s, _, _ in .set(s.frozen ? s : s.copied()) }

private let unionImpl: SetImpl = { i, _, s, a, l in
    var r = s.copied()
    for x in a.positional {
        if case .set(let o) = x, o.storageID == s.storageID { continue }
        let operand = try i.setOperand(x, l)
        try i.setOp(l) { () throws(Unhashable) in try r.update(operand) }
    }
    try i.checkSize(r.count, l)
    return .set(r)
}

private func intersectAll(_ i: BuiltinContext, _ s: PySet, _ a: Args, _ l: Loc) throws -> PySet {
    guard !a.positional.isEmpty else { return s.copied() }
    var r = s
    for x in a.positional {
        let operand = try i.setOperand(x, l)
        r = try i.setOp(l) { () throws(Unhashable) in try r.intersection(operand) }
    }
    return r
}

private func differenceAll(_ i: BuiltinContext, _ s: PySet, _ a: Args, _ l: Loc) throws -> PySet {
    guard let first = a.positional.first else { return s.copied() }
    let operand = try i.setOperand(first, l)
    var r = try i.setOp(l) { () throws(Unhashable) in try s.difference(operand) }
    for x in a.positional.dropFirst() {
        let o = try i.setOperand(x, l)
        try i.setOp(l) { () throws(Unhashable) in try r.subtract(o) }
    }
    return r
}

private let intersectionImpl: SetImpl = { i, _, s, a, l in .set(try intersectAll(i, s, a, l)) }
private let differenceImpl: SetImpl = { i, _, s, a, l in .set(try differenceAll(i, s, a, l)) }

private let symmetricImpl: SetImpl = { i, name, s, a, l in
    try i.arity(name, a, 1...1, l)
    let operand = try i.setOperand(a.positional[0], l)
    return .set(try i.setOp(l) { () throws(Unhashable) in try s.symmetricDifference(operand) })
}

private let isdisjointImpl: SetImpl = { i, name, s, a, l in
    try i.arity(name, a, 1...1, l)
    switch try i.setOperand(a.positional[0], l) {
    case .set(let o): return .bool(!s.entries.contains { o.contains($0.dkey, hash: $0.hash) })
    case .dict(let d): return .bool(!d.liveKeys.contains { s.contains($0) == true })
    case .items(let xs):
        for x in xs {
            let (h, k) = try lookupKey(i, x, l)
            if s.contains(k, hash: h) { return .bool(false) }
        }
        return .bool(true)
    }
}

private let issubsetImpl: SetImpl = { i, name, s, a, l in
    try i.arity(name, a, 1...1, l)
    let operand = try i.setOperand(a.positional[0], l)
    if case .set(let o) = operand { return .bool(s.isSubset(of: o)) }
    let common = try i.setOp(l) { () throws(Unhashable) in try s.intersection(operand) }
    return .bool(common.count == s.count)
}

private let issupersetImpl: SetImpl = { i, name, s, a, l in
    try i.arity(name, a, 1...1, l)
    let operand = try i.setOperand(a.positional[0], l)
    switch operand {
    case .set(let o): return .bool(o.isSubset(of: s))
    case .dict(let d): return .bool(d.liveKeys.allSatisfy { s.contains($0) == true })
    case .items(let xs):
        for x in xs {
            let (h, k) = try lookupKey(i, x, l)
            if !s.contains(k, hash: h) { return .bool(false) }
        }
        return .bool(true)
    }
}

/// What set and frozenset both have (frozenset's results are frozensets).
private func shared(_ type: String) -> [MethodDecl] {
    [
        method(type, "copy", "copy()", "Return a shallow copy of a set.", copyImpl),
        method(type, "difference", "difference(*others)",
               "Return a new set with elements in the set that are not in the others.", differenceImpl),
        method(type, "intersection", "intersection(*others)",
               "Return a new set with elements common to the set and all others.", intersectionImpl),
        method(type, "isdisjoint", "isdisjoint(other, /)", "Return True if two sets have a null intersection.",
               isdisjointImpl),
        method(type, "issubset", "issubset(other, /)", "Report whether another set contains this set.", issubsetImpl),
        method(type, "issuperset", "issuperset(other, /)", "Report whether this set contains another set.",
               issupersetImpl),
        method(type, "symmetric_difference", "symmetric_difference(other, /)",
               "Return a new set with elements in either the set or other but not both.", symmetricImpl),
        method(type, "union", "union(*others)", "Return a new set with elements from the set and all others.",
               unionImpl),
    ]
}

/// The methods of set.
let setMethods = MethodTable("set", shared("set") + [
    method("set", "add", "add(elem, /)", "Add an element to a set (no effect if it is already present).",
           mutates: true) { i, name, s, a, l in
        try i.arity(name, a, 1...1, l)
        if s.count & 0xFFFF == 0xFFFF { try i.checkSize(s.count + 1, l) }      // the memory guard, every 64K
        guard s.add(a.positional[0]) else { throw i.fail("unhashable type: '\(a.positional[0].typeName)'", l, .typeError) }
        return .none
    },
    method("set", "clear", "clear()", "Remove all elements from this set.", mutates: true) { _, _, s, _, _ in
        s.clear()
        return .none
    },
    method("set", "difference_update", "difference_update(*others)", "Update the set, removing elements found in others.",
           mutates: true) { i, _, s, a, l in
        for x in a.positional {
            if case .set(let o) = x, o.storageID == s.storageID { s.clear(); continue }
            let operand = try i.setOperand(x, l)
            try i.setOp(l) { () throws(Unhashable) in try s.subtract(operand) }
        }
        return .none
    },
    method("set", "discard", "discard(elem, /)", "Remove an element from a set if it is a member (else do nothing).",
           mutates: true) { i, name, s, a, l in
        try i.arity(name, a, 1...1, l)
        let (h, k) = try lookupKey(i, a.positional[0], l)
        s.discard(h, k)
        return .none
    },
    method("set", "intersection_update", "intersection_update(*others)",
           "Update the set, keeping only elements found in it and all others.", mutates: true) { i, _, s, a, l in
        s.takeBody(try intersectAll(i, s, a, l))
        return .none
    },
    method("set", "pop", "pop()", "Remove and return an arbitrary set element (KeyError when empty).",
           mutates: true) { i, name, s, a, l in
        try i.arity(name, a, 0...0, l)
        if s.count > 0 { _ = try i.orderedElements(s, l) }     // which one comes out shows the order
        guard let x = s.pop() else { throw i.fail("pop from an empty set", l, .keyError) }
        return x
    },
    method("set", "remove", "remove(elem, /)", "Remove an element from a set; it must be a member (else KeyError).",
           mutates: true) { i, name, s, a, l in
        try i.arity(name, a, 1...1, l)
        let (h, k) = try lookupKey(i, a.positional[0], l)
        guard s.discard(h, k) else { throw i.fail("key \(try i.repr(a.positional[0])) not found in set", l, .keyError) }
        return .none
    },
    method("set", "symmetric_difference_update", "symmetric_difference_update(other, /)",
           "Update the set, keeping only elements found in either set, but not in both.", mutates: true) { i, name, s, a, l in
        try i.arity(name, a, 1...1, l)
        let operand = try i.setOperand(a.positional[0], l)
        try i.setOp(l) { () throws(Unhashable) in try s.symmetricUpdate(operand) }
        return .none
    },
    method("set", "update", "update(*others)", "Update the set, adding elements from all others.",
           mutates: true) { i, _, s, a, l in
        for x in a.positional {
            let operand = try i.setOperand(x, l)
            try i.setOp(l) { () throws(Unhashable) in try s.update(operand) }
            try i.checkSize(s.count, l)
        }
        return .none
    },
].sorted { $0.name < $1.name })

/// The methods of frozenset.
let frozensetMethods = MethodTable("frozenset", shared("frozenset"))
