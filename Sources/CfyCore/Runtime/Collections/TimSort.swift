// TimSort: CPython 3.11's list.sort (Objects/listsort.txt), written from its description so
// that the sequence of `<` comparisons, and so the result when the order is inconsistent (nan,
// mixed orders), is CPython's: natural runs (strictly descending ones reversed), minrun,
// binary insertion sort, powersort merge policy, merge_lo / merge_hi with galloping and an
// adaptive min_gallop.

/// Sorts `a` in place, stably, using only `lt` (Python's `<`). Errors thrown by `lt` end the
/// sort; `a` is then some permutation of its input.
///
/// ```swift
/// var xs = [3, 1, 2]
/// try timSort(&xs) { $0 < $1 }     // [1, 2, 3]
/// ```
func timSort<T>(_ a: inout [T], _ lt: (T, T) throws -> Bool) throws {
    guard a.count > 1 else { return }
    try withoutActuallyEscaping(lt) { lt in
        var s = TimSortState(a, lt)
        try s.run()
        a = s.a
    }
}

struct TimSortRun { var base: Int; var len: Int; var power: Int }

struct TimSortState<T> {
    var a: [T]
    let lt: (T, T) throws -> Bool
    var pending: [TimSortRun] = []
    var minGallop = 7

    init(_ a: [T], _ lt: @escaping (T, T) throws -> Bool) { self.a = a; self.lt = lt }

    mutating func run() throws {
        let n = a.count
        var lo = 0, remaining = n
        let minrun = Self.minrun(n)
        while remaining > 0 {
            var (len, descending) = try countRun(lo, lo + remaining)
            if descending { a[lo..<(lo + len)].reverse() }
            if len < minrun {
                let force = remaining <= minrun ? remaining : minrun
                try binarySort(lo, lo + force, lo + len)
                len = force
            }
            try foundNewRun(len)
            pending.append(TimSortRun(base: lo, len: len, power: 0))
            lo += len
            remaining -= len
        }
        while pending.count > 1 {
            var k = pending.count - 2
            if k > 0 && pending[k - 1].len < pending[k + 1].len { k -= 1 }
            try mergeAt(k)
        }
    }

    static func minrun(_ n0: Int) -> Int {
        var n = n0, r = 0
        while n >= 64 { r |= n & 1; n >>= 1 }
        return n + r
    }

    /// Sorts a[lo..<hi] by binary insertion, a[lo..<start] being sorted already.
    mutating func binarySort(_ lo: Int, _ hi: Int, _ start0: Int) throws {
        var start = start0 == lo ? start0 + 1 : start0
        while start < hi {
            var l = lo, r = start
            let pivot = a[start]
            repeat {
                let p = l + ((r - l) >> 1)
                if try lt(pivot, a[p]) { r = p } else { l = p + 1 }
            } while l < r
            var p = start
            while p > l { a[p] = a[p - 1]; p -= 1 }
            a[l] = pivot
            start += 1
        }
    }

    /// The run starting at lo: the longest non-descending or strictly descending prefix.
    func countRun(_ lo0: Int, _ hi: Int) throws -> (Int, Bool) {
        var lo = lo0 + 1
        if lo == hi { return (1, false) }
        var n = 2
        if try lt(a[lo], a[lo - 1]) {
            lo += 1
            while lo < hi { if try !lt(a[lo], a[lo - 1]) { break }; lo += 1; n += 1 }
            return (n, true)
        }
        lo += 1
        while lo < hi { if try lt(a[lo], a[lo - 1]) { break }; lo += 1; n += 1 }
        return (n, false)
    }

    mutating func foundNewRun(_ n2: Int) throws {
        guard let top = pending.last else { return }
        let power = Self.powerloop(top.base, top.len, n2, a.count)
        while pending.count > 1 && pending[pending.count - 2].power > power {
            try mergeAt(pending.count - 2)
        }
        pending[pending.count - 1].power = power
    }

    static func powerloop(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var a = 2 * s1 + n1, b = a + n1 + n2
        while true {
            result += 1
            if a >= n { a -= n; b -= n } else if b >= n { break }
            a <<= 1; b <<= 1
        }
        return result
    }

    /// Leftmost position k in xs[base..<base+n] with xs[k-1] < key <= xs[k], starting at hint.
    func gallopLeft(_ key: T, _ xs: [T], _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var lastofs = 0, ofs = 1
        let h = base + hint
        if try lt(xs[h], key) {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(xs[h + ofs], key) { lastofs = ofs; ofs = (ofs << 1) + 1 } else { break }
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint; ofs += hint
        } else {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(xs[h - ofs], key) { break }
                lastofs = ofs; ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs; ofs = hint - k
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(xs[base + m], key) { lastofs = m + 1 } else { ofs = m }
        }
        return ofs
    }

    /// Like gallopLeft, but after the rightmost element equal to key: xs[k-1] <= key < xs[k].
    func gallopRight(_ key: T, _ xs: [T], _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var lastofs = 0, ofs = 1
        let h = base + hint
        if try lt(key, xs[h]) {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(key, xs[h - ofs]) { lastofs = ofs; ofs = (ofs << 1) + 1 } else { break }
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs; ofs = hint - k
        } else {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(key, xs[h + ofs]) { break }
                lastofs = ofs; ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint; ofs += hint
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(key, xs[base + m]) { ofs = m } else { lastofs = m + 1 }
        }
        return ofs
    }

    mutating func mergeAt(_ i: Int) throws {
        var baseA = pending[i].base, na = pending[i].len
        let baseB = pending[i + 1].base
        var nb = pending[i + 1].len
        pending[i].len = na + nb
        pending.remove(at: i + 1)
        let k = try gallopRight(a[baseB], a, baseA, na, 0)
        baseA += k; na -= k
        if na == 0 { return }
        nb = try gallopLeft(a[baseA + na - 1], a, baseB, nb, nb - 1)
        if nb <= 0 { return }
        if na <= nb { try mergeLo(baseA, na, baseB, nb) } else { try mergeHi(baseA, na, baseB, nb) }
    }
}

extension Array where Element == Value {
    /// The values as Int64s when every one is an int.
    var allInts: [Int64]? {
        var out: [Int64] = []
        out.reserveCapacity(count)
        for v in self { guard case .int(let i) = v else { return nil }; out.append(i) }
        return out
    }

    /// The values as Doubles when every one is a float.
    var allFloats: [Double]? {
        var out: [Double] = []
        out.reserveCapacity(count)
        for v in self { guard case .float(let d) = v else { return nil }; out.append(d) }
        return out
    }
}
