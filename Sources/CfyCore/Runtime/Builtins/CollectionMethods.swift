// The methods of list, tuple and dict: their tables and implementations. A mutating method
// gets its receiver's storage `inout`, changed in place (MethodCalls.swift passes it).

private func list(_ name: String, _ signature: String, _ doc: String, mutates: Bool = false,
                  _ f: @escaping @Sendable (BuiltinContext, String, inout [Value], Args, Loc) throws -> Value) -> MethodDecl {
    MethodDecl(name, "list." + signature, doc, mutates: mutates, .list(f))
}

private func dict(_ name: String, _ signature: String, _ doc: String, mutates: Bool = false,
                  _ f: @escaping @Sendable (BuiltinContext, String, inout PyDict, Args, Loc) throws -> Value) -> MethodDecl {
    MethodDecl(name, "dict." + signature, doc, mutates: mutates, .dict(f))
}

private let countImpl: @Sendable (BuiltinContext, String, inout [Value], Args, Loc) throws -> Value = { i, _, xs, a, l in
    try i.arity("count", a, 1...1, l)
    return .int(Int64(xs.filter { itemEquals($0, a.positional[0]) }.count))
}

private let indexImpl: @Sendable (BuiltinContext, String, inout [Value], Args, Loc) throws -> Value = { i, _, xs, a, l in
    try i.listIndex(xs, a, l)
}

/// The methods of list.
let listMethods = MethodTable("list", [
    list("append", "append(object, /)", "Append object to the end of the list.", mutates: true) { i, _, xs, a, l in
        try i.arity("append", a, 1...1, l)
        try i.checkGrowth(xs, by: 1, l)
        xs.append(a.positional[0])
        return .none
    },
    list("clear", "clear()", "Remove all items from the list.", mutates: true) { _, _, xs, _, _ in xs.removeAll(); return .none },
    list("copy", "copy()", "Return a shallow copy of the list.") { _, _, xs, _, _ in .list(xs) },
    list("count", "count(value, /)", "Return the number of occurrences of value.", countImpl),
    list("extend", "extend(iterable, /)", "Extend the list by appending the elements of the iterable.",
         mutates: true) { i, _, xs, a, l in
        try i.arity("extend", a, 1...1, l)
        let more = try i.elements(a.positional[0], l)
        try i.checkGrowth(xs, by: more.count, l)
        xs += more
        return .none
    },
    list("index", "index(value, start=0, stop=sys.maxsize, /)",
         "Return the first index of value (ValueError when it is not present).", indexImpl),
    list("insert", "insert(index, object, /)", "Insert object before index.", mutates: true) { i, _, xs, a, l in
        try i.arity("insert", a, 2...2, l)
        try i.checkGrowth(xs, by: 1, l)
        let n = Int(try i.intArg(a.positional[0], "insert", l))
        let k = n < 0 ? max(0, xs.count + n) : min(n, xs.count)
        xs.insert(a.positional[1], at: k)
        return .none
    },
    list("pop", "pop(index=-1, /)", "Remove and return the item at index (default last).", mutates: true) { i, _, xs, a, l in
        try i.arity("pop", a, 0...1, l)
        if xs.isEmpty { throw i.fail("pop from empty list", l, .indexError) }
        let k = a.positional.isEmpty ? xs.count - 1 : try i.index(a.positional[0], count: xs.count, "pop", l)
        return xs.remove(at: k)
    },
    list("remove", "remove(value, /)", "Remove the first occurrence of value (ValueError when it is not present).",
         mutates: true) { i, _, xs, a, l in
        try i.arity("remove", a, 1...1, l)
        guard let k = xs.firstIndex(where: { itemEquals($0, a.positional[0]) }) else {
            throw i.fail("list.remove(x): x not in list", l, .valueError)
        }
        xs.remove(at: k)
        return .none
    },
    list("reverse", "reverse()", "Reverse the list in place.", mutates: true) { _, _, xs, _, _ in xs.reverse(); return .none },
    list("sort", "sort(*, key=None, reverse=False)", "Sort the list in ascending order, in place (stable).",
         mutates: true) { i, _, xs, a, l in
        try i.onlyKeywords("sort", a, ["key", "reverse"], l)
        xs = try i.sortValues(xs, key: a.keyword("key"), reverse: a.keyword("reverse")?.truthy ?? false, l)
        return .none
    },
])

/// The methods of tuple: list's implementations, on a copy of the items.
let tupleMethods = MethodTable("tuple", [
    MethodDecl("count", "tuple.count(value, /)", "Return the number of occurrences of value.", .list(countImpl)),
    MethodDecl("index", "tuple.index(value, start=0, stop=sys.maxsize, /)",
               "Return the first index of value (ValueError when it is not present).", .list(indexImpl)),
])

/// The methods of dict.
let dictMethods = MethodTable("dict", [
    dict("clear", "clear()", "Remove all items from the dict.", mutates: true) { _, _, d, _, _ in d.removeAll(); return .none },
    dict("copy", "copy()", "Return a shallow copy of the dict.") { _, _, d, _, _ in .dict(d) },
    dict("get", "get(key, default=None, /)", "Return the value for key if key is in the dict, else default.") { i, _, d, a, l in
        try i.arity("get", a, 1...2, l)
        let p = a.positional
        return d.get(try i.dictKey(p[0], l)) ?? (p.count > 1 ? p[1] : .none)
    },
    dict("items", "items()", "A view of the dict's (key, value) pairs.") { _, _, d, _, _ in
        .iter(PyIter(.dictItems, d.entries.map { .tuple([$0.key, $0.value]) }))
    },
    dict("keys", "keys()", "A view of the dict's keys.") { _, _, d, _, _ in .iter(PyIter(.dictKeys, d.liveKeys)) },
    dict("pop", "pop(key[, default])", "Remove key and return its value, or default when key is missing (else KeyError).",
         mutates: true) { i, _, d, a, l in
        try i.arity("pop", a, 1...2, l)
        let p = a.positional
        if let v = d.remove(try i.dictKey(p[0], l)) { return v }
        if p.count > 1 { return p[1] }
        throw i.fail("key \(try i.repr(p[0])) not found in dict", l, .keyError).pythonArgs([p[0]])
    },
    dict("popitem", "popitem()", "Remove and return the (key, value) pair inserted last (KeyError when empty).",
         mutates: true) { i, _, d, _, l in
        guard let last = d.entries.last else { throw i.fail("popitem(): dictionary is empty", l, .keyError) }
        d.remove(try i.dictKey(last.key, l))
        return .tuple([last.key, last.value])
    },
    dict("setdefault", "setdefault(key, default=None, /)",
         "Return the value for key, inserting default first when key is missing.", mutates: true) { i, _, d, a, l in
        try i.arity("setdefault", a, 1...2, l)
        let p = a.positional
        let k = try i.dictKey(p[0], l)
        if let v = d.get(k) { return v }
        let v = p.count > 1 ? p[1] : .none
        d.set(k, key: p[0], value: v)
        return v
    },
    dict("update", "update([other, ]**kwargs)",
         "Update the dict from a dict or an iterable of (key, value) pairs, then from the keywords.",
         mutates: true) { i, _, d, a, l in try i.dictUpdate(&d, a, l) },
    dict("values", "values()", "A view of the dict's values.") { _, _, d, _, _ in .iter(PyIter(.dictValues, d.liveValues)) },
])

extension BuiltinContext {
    /// `v` as a dict key; TypeError when it is unhashable.
    func dictKey(_ v: Value, _ l: Loc) throws -> DictKey {
        guard let k = DictKey(v) else { throw fail("unhashable type: '\(v.typeName)'", l, .typeError) }
        return k
    }

    /// `list.index(value[, start[, stop]])` (and tuple's).
    func listIndex(_ xs: [Value], _ a: Args, _ l: Loc) throws -> Value {
        let p = a.positional
        try arity("index", a, 1...3, l)
        // start/end as slice indices (negative from the end, clamped; a huge int clamps too).
        func bound(_ k: Int, _ def: Int) throws -> Int {
            guard k < p.count else { return def }
            let n: Int
            if case .bigint(let b) = p[k] { n = b.negative ? Int.min : Int.max }
            else { n = Int(clamping: try intArg(p[k], "index", l)) }
            return n < 0 ? Swift.max(0, xs.count &+ n) : Swift.min(n, xs.count)
        }
        let lo = try bound(1, 0), hi = try bound(2, xs.count)
        guard lo < hi, let i = xs[lo..<hi].firstIndex(where: { itemEquals($0, p[0]) }) else {
            throw fail("\(try shortRepr(p[0])) is not in list", l, .valueError)
        }
        return .int(Int64(i))
    }

    func dictUpdate(_ d: inout PyDict, _ a: Args, _ l: Loc) throws -> Value {
        try arity("update", a, 0...1, l)
        if let src = a.positional.first {
            if case .dict(let o) = src { for (k, v) in o.entries { d.set(try dictKey(k, l), key: k, value: v) } }
            else {
                for item in try elements(src, l) {
                    let pair = try elements(item, l)
                    guard pair.count == 2 else { throw fail("dictionary update sequence element has length \(pair.count); 2 is required", l, .valueError) }
                    d.set(try dictKey(pair[0], l), key: pair[0], value: pair[1])
                }
            }
        }
        for (k, v) in a.keywords { d.set(.str(PyStr(k)), key: .str(k), value: v) }
        return .none
    }
}
