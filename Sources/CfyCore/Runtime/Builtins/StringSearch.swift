// String search methods with Python's optional start/end: find rfind index rindex count
// startswith endswith. Indices are code points; start/end are adjusted as CPython's
// ADJUST_INDICES does (negatives count from the end, then clamp to 0...len).

extension BuiltinContext {
    /// `s.name(sub[, start[, end]])` for the search methods (`name` is one of them).
    func strSearch(_ cs: [Unicode.Scalar], _ name: String, _ a: Args, _ l: Loc) throws -> Value {
        try arity(name, a, 1...3, l)
        let p = a.positional
        let (start, end) = try searchBounds(p.count > 1 ? p[1] : nil, p.count > 2 ? p[2] : nil, cs.count, l)
        if name == "startswith" || name == "endswith" {
            let options: [Value]
            if case .tuple(let xs) = p[0] { options = xs } else { options = [p[0]] }
            for o in options {
                guard case .str(let x) = o else {
                    if case .tuple = p[0] {
                        throw fail("tuple for \(name) must only contain str, not \(o.typeName)", l, .typeError)
                    }
                    throw fail("\(name) first arg must be str or a tuple of str, not \(o.typeName)", l, .typeError)
                }
                if tailMatch(cs, Array(x.unicodeScalars), start, end, atEnd: name == "endswith") { return .bool(true) }
            }
            return .bool(false)
        }
        guard case .str(let x) = p[0] else {
            throw fail("must be str, not \(p[0].typeName)", l, .typeError)
        }
        let sub = Array(x.unicodeScalars)
        if name == "count" {
            if end - start < sub.count { return .int(0) }
            if sub.isEmpty { return .int(Int64(end - start + 1)) }
            var n: Int64 = 0, i = start
            while i + sub.count <= end {
                if matches(cs, sub, at: i) { n += 1; i += sub.count } else { i += 1 }
            }
            return .int(n)
        }
        let found = findSub(cs, sub, start, end, reverse: name.hasPrefix("r"))
        if found < 0 && name.hasSuffix("index") { throw fail("substring not found", l, .valueError) }
        return .int(Int64(found))
    }

    /// Python's start/end arguments (int or None) adjusted to 0...len; end may be below start.
    func searchBounds(_ lo: Value?, _ hi: Value?, _ len: Int, _ l: Loc) throws -> (Int, Int) {
        func num(_ v: Value?, _ dflt: Int) throws -> Int {
            guard let v, !v.isNone else { return dflt }
            guard let n = asInt(v) else {
                throw fail("slice indices must be integers or None or have an __index__ method", l, .typeError)
            }
            return Int(n)
        }
        var start = try num(lo, 0), end = try num(hi, len)
        if end > len { end = len } else if end < 0 { end += len; if end < 0 { end = 0 } }
        if start < 0 { start += len; if start < 0 { start = 0 } }
        return (start, end)
    }

    func matches(_ cs: [Unicode.Scalar], _ sub: [Unicode.Scalar], at i: Int) -> Bool {
        cs[i..<(i + sub.count)].elementsEqual(sub)
    }

    /// The first (or last) index of `sub` within cs[start..<end], or -1.
    func findSub(_ cs: [Unicode.Scalar], _ sub: [Unicode.Scalar], _ start: Int, _ end: Int, reverse: Bool) -> Int {
        if end - start < sub.count { return -1 }
        if sub.isEmpty { return reverse ? end : start }
        if reverse {
            var i = end - sub.count
            while i >= start { if matches(cs, sub, at: i) { return i }; i -= 1 }
        } else {
            var i = start
            while i + sub.count <= end { if matches(cs, sub, at: i) { return i }; i += 1 }
        }
        return -1
    }

    /// CPython's tailmatch: whether cs[start..<end] starts (or ends) with `sub`.
    func tailMatch(_ cs: [Unicode.Scalar], _ sub: [Unicode.Scalar], _ start: Int, _ end0: Int, atEnd: Bool) -> Bool {
        let end = end0 - sub.count
        if end < start { return false }
        if sub.isEmpty { return true }
        return matches(cs, sub, at: atEnd ? end : start)
    }
}
