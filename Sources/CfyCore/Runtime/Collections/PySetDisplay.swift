// PySetDisplay: how CPython 3.11 builds a set display `{a, b, c}`, which decides its layout: with
// more than two items that are all constants the compiler folds them into one frozenset constant
// (built by adding them in order), and the display merges that into an empty set (one resize
// first, then a copy: the table size can differ from adding the items one by one); otherwise each
// item is added in order, and a `*x` item is merged as `set.update(x)` would.
//
// The folded constant has two possible layouts. Compiling a file, CPython builds the frozenset
// from the items, then rebuilds it from its own order (the compiler's constant merging); loading
// the module from a cached .pyc, it builds it from the items sorted by their marshal bytes. When
// the two orders differ, the set's order depends on whether `__pycache__` held the module: cfy
// marks it unordered (an error where the order shows), never picking one.

extension PySet {
    /// The items of a display (a plain item, or every element of a starred one).
    enum DisplayPart {
        case one(Value)
        case star(SetOperand)
    }

    /// The set `{parts}` as CPython builds it; `folded` when the compiler made the items one
    /// frozenset constant (more than two items, all constants, no star).
    static func display(_ parts: [DisplayPart], folded: Bool) throws(Unhashable) -> PySet {
        var s = PySet()
        if folded {
            var items: [Value] = []
            for case .one(let v) in parts { items.append(v) }
            return try foldedDisplay(items)
        }
        for p in parts {
            switch p {
            case .one(let v): try s.addOrFail(v)
            case .star(let operand): try s.update(operand)
            }
        }
        return s
    }

    /// A folded display of constants (see the file comment).
    static func foldedDisplay(_ items: [Value]) throws(Unhashable) -> PySet {
        var first = PySet(frozen: true)
        for v in items { try first.addOrFail(v) }
        var merged = PySet(frozen: true)
        for e in first.entries { merged.add(e, unordered: nil) }
        merged.inheritOrder(first)
        var compiled = PySet()
        compiled.merge(merged)
        if compiled.unorderedWhy != nil || goesHome(first.entries) { return compiled }
        let keys = first.entries.map { marshalKeys($0.key) }
        let uncertain = keys.filter { ($0?.count ?? 0) > 1 }.count
        guard keys.allSatisfy({ $0 != nil }), uncertain <= 10 else {
            compiled.unorderedWhy = "constants that collide in its table (their order can differ between Python "
                + "compiling the module and loading it from a cached .pyc in __pycache__)"
            return compiled
        }
        // Each element whose marshal bytes depend on whether it is shared: both ways, every mix.
        for variant in 0..<(1 << uncertain) {
            var bit = 0
            var keyed: [(Entry, [UInt8])] = []
            for (e, k) in zip(first.entries, keys) {
                guard let k else { continue }
                if k.count > 1 { keyed.append((e, k[(variant >> bit) & 1])); bit += 1 } else { keyed.append((e, k[0])) }
            }
            var loaded = PySet(frozen: true)
            for (e, _) in keyed.sorted(by: { $0.1.lexicographicallyPrecedes($1.1) }) { loaded.add(e, unordered: nil) }
            var fromPyc = PySet()
            fromPyc.merge(loaded)
            if !zip(fromPyc.entries, compiled.entries).allSatisfy({ $0.dkey == $1.dkey }) {
                compiled.unorderedWhy = "constants that collide in its table (their order differs between Python "
                    + "compiling the module and loading it from a cached .pyc in __pycache__)"
                return compiled
            }
        }
        return compiled
    }

    /// Whether every element lands in its home slot (hash & mask) at each table size a display of
    /// them goes through: then the order they are added in does not change the layout.
    static func goesHome(_ entries: [Entry]) -> Bool {
        let n = entries.count
        var sizes: [Int] = []
        var size = minSize, fill = 0
        for _ in 0..<n {                                        // adding one by one
            if !sizes.contains(size) { sizes.append(size) }
            fill += 1
            if fill * 5 >= (size - 1) * 3 {
                let want = fill > 50000 ? fill * 2 : fill * 4
                var s = minSize
                while s <= want { s <<= 1 }
                size = s
            }
        }
        if !sizes.contains(size) { sizes.append(size) }
        if n * 5 >= (minSize - 1) * 3 {                         // the merge into an empty set
            var s = minSize
            while s <= n * 2 { s <<= 1 }
            if !sizes.contains(s) { sizes.append(s) }
        }
        for s in sizes {
            var seen = Set<UInt64>()
            for e in entries where !seen.insert(UInt64(bitPattern: e.hash) & UInt64(s - 1)).inserted { return false }
        }
        return true
    }

    /// The marshal bytes CPython may sort a frozenset constant's element by when it writes a .pyc:
    /// one key when certain (bools; the ints CPython caches, -5...256, always shared so flagged as
    /// references), two when they depend on whether the constant is shared elsewhere in the module
    /// (other ints, floats), nil when cfy does not model them (tuples...).
    static func marshalKeys(_ v: Value) -> [[UInt8]]? {
        func le<T: FixedWidthInteger>(_ x: T) -> [UInt8] { withUnsafeBytes(of: x.littleEndian) { Array($0) } }
        let body: [UInt8], type: UInt8
        switch v {
        case .bool(let b): return [[b ? 0x54 : 0x46]]
        case .int(let i) where (-5...256).contains(i): return [[0xE9] + le(Int32(i))]
        case .int(let i) where Int64(Int32.min)...Int64(Int32.max) ~= i: type = 0x69; body = le(Int32(i))
        case .int(let i): type = 0x6C; body = longBody(negative: i < 0, magnitude: [i.magnitude])
        case .bigint(let b): type = 0x6C; body = longBody(negative: b.negative, magnitude: b.mag)
        case .float(let d): type = 0x67; body = le(d.bitPattern)
        default: return nil
        }
        return [[type] + body, [type | 0x80] + body]
    }

    /// marshal's TYPE_LONG body: the signed count of 15-bit digits, then the digits, low first.
    static func longBody(negative: Bool, magnitude: [UInt64]) -> [UInt8] {
        var digits: [UInt16] = []
        var bits = magnitude.count * 64, k = 0
        while k < bits {
            var d: UInt64 = 0
            for b in 0..<15 where k + b < bits {
                let limb = magnitude[(k + b) / 64]
                d |= ((limb >> UInt64((k + b) % 64)) & 1) << UInt64(b)
            }
            digits.append(UInt16(d))
            k += 15
        }
        while digits.last == 0 { digits.removeLast() }
        bits = digits.count
        var out: [UInt8] = []
        let n = Int32(bits) * (negative ? -1 : 1)
        withUnsafeBytes(of: n.littleEndian) { out += $0 }
        for d in digits { withUnsafeBytes(of: d.littleEndian) { out += $0 } }
        return out
    }

    /// Whether `v` written as a Python literal is a constant the compiler folds (a number, a
    /// string, None, a bool, or a tuple of those): `frozenset(...)` or `float('inf')` are calls.
    static func isLiteralConstant(_ v: Value) -> Bool {
        switch v {
        case .none, .bool, .int, .bigint, .str: return true
        case .float(let d): return d.isFinite
        case .tuple(let xs): return xs.allSatisfy(isLiteralConstant)
        default: return false
        }
    }

    /// How Python source can rebuild this set in its order (what `cfy export --python` writes must
    /// give Python's order back): as a display `{e1, e2}` (frozenset: `frozenset({...})`), or by
    /// adding its elements in order, `set((e1, e2))`; nil when neither does.
    enum Rebuild { case display, fromTuple }
    var rebuild: Rebuild? {
        let xs = elements
        func same(_ r: PySet) -> Bool {
            r.unorderedWhy == nil && r.count == xs.count && zip(xs, r.elements).allSatisfy { a, b in
                guard let ka = DictKey(a), let kb = DictKey(b) else { return false }
                return ka == kb
            }
        }
        let folded = xs.count > 2 && xs.allSatisfy(Self.isLiteralConstant)
        if var r = try? Self.display(xs.map { .one($0) }, folded: folded) {
            if frozen { r = r.copied(frozen: true) }      // frozenset({...}) copies the display
            if same(r) { return .display }
        }
        var added = PySet(frozen: frozen)
        for x in xs { added.add(x) }
        return same(added) ? .fromTuple : nil
    }
}
