// BigInt: the arbitrary-precision integer behind `Value.bigint` (ints past Int64). Sign and
// magnitude, the magnitude in little-endian 64-bit limbs without high zero limbs. Arithmetic
// here; Python's floor division, shifts and bitwise ops in BigIntOps.swift, text in BigIntText.swift,
// floats in BigIntFloat.swift.

/// An integer of any size. Zero is `mag == []`, never negative.
public struct BigInt: Hashable, Sendable, Comparable {
    public private(set) var negative: Bool
    public private(set) var mag: [UInt64]

    public init(negative: Bool, mag: [UInt64]) {
        var m = mag
        while let last = m.last, last == 0 { m.removeLast() }
        self.mag = m
        self.negative = negative && !m.isEmpty
    }

    public init(_ v: Int64) {
        self.init(negative: v < 0, mag: [v.magnitude])
    }

    public var isZero: Bool { mag.isEmpty }

    /// The value as Int64 when it fits.
    public var int64: Int64? {
        if mag.isEmpty { return 0 }
        if mag.count > 1 { return nil }
        let m = mag[0]
        if negative { return m <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- m) : nil }
        return m <= UInt64(Int64.max) ? Int64(m) : nil
    }

    /// Python's `int.bit_length()`: bits of the magnitude.
    public var bitLength: Int {
        guard let last = mag.last else { return 0 }
        return mag.count * 64 - last.leadingZeroBitCount
    }

    public static prefix func - (x: BigInt) -> BigInt { BigInt(negative: !x.negative, mag: x.mag) }
    public var magnitude: BigInt { BigInt(negative: false, mag: mag) }

    public static func < (a: BigInt, b: BigInt) -> Bool { compare(a, b) < 0 }

    /// -1, 0, 1.
    public static func compare(_ a: BigInt, _ b: BigInt) -> Int {
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let c = compareMag(a.mag, b.mag)
        return a.negative ? -c : c
    }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative { return BigInt(negative: a.negative, mag: addMag(a.mag, b.mag)) }
        if compareMag(a.mag, b.mag) >= 0 { return BigInt(negative: a.negative, mag: subMag(a.mag, b.mag)) }
        return BigInt(negative: b.negative, mag: subMag(b.mag, a.mag))
    }

    public static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(negative: a.negative != b.negative, mag: mulMag(a.mag, b.mag))
    }

    /// `self ** e` by squaring (the caller bounds the result's size).
    public func power(_ e: UInt64) -> BigInt {
        var result = BigInt(1), base = self, e = e
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }

    // MARK: magnitudes

    static func compareMag(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func addMag(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var out = long
        var carry: UInt64 = 0
        for i in 0..<long.count {
            if i >= short.count && carry == 0 { break }
            let (s1, o1) = out[i].addingReportingOverflow(i < short.count ? short[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        if carry != 0 { out.append(carry) }
        return out
    }

    /// a - b for a >= b.
    static func subMag(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out = a
        var borrow: UInt64 = 0
        for i in 0..<a.count {
            if i >= b.count && borrow == 0 { break }
            let (d1, o1) = out[i].subtractingReportingOverflow(i < b.count ? b[i] : 0)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        while let last = out.last, last == 0 { out.removeLast() }
        return out
    }

    static func mulMag(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty || b.isEmpty { return [] }
        var out = [UInt64](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            let x = a[i]
            if x == 0 { continue }
            var carry: UInt64 = 0
            for j in 0..<b.count {
                let (hi, lo) = x.multipliedFullWidth(by: b[j])
                let (s1, o1) = lo.addingReportingOverflow(out[i + j])
                let (s2, o2) = s1.addingReportingOverflow(carry)
                out[i + j] = s2
                carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)   // hi <= 2**64 - 2: no overflow
            }
            out[i + b.count] = carry
        }
        while let last = out.last, last == 0 { out.removeLast() }
        return out
    }

    /// Magnitude divided by one limb: quotient and remainder.
    static func divMagSmall(_ a: [UInt64], _ d: UInt64) -> ([UInt64], UInt64) {
        var q = [UInt64](repeating: 0, count: a.count)
        var r: UInt64 = 0
        var i = a.count - 1
        while i >= 0 {
            let (qi, ri) = d.dividingFullWidth((r, a[i]))
            q[i] = qi
            r = ri
            i -= 1
        }
        while let last = q.last, last == 0 { q.removeLast() }
        return (q, r)
    }

    /// Truncating division of magnitudes (Knuth's algorithm D); `b` non-empty.
    static func divModMag(_ a: [UInt64], _ b: [UInt64]) -> (q: [UInt64], r: [UInt64]) {
        if compareMag(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            let (q, r) = divMagSmall(a, b[0])
            return (q, r == 0 ? [] : [r])
        }
        let s = UInt64(b[b.count - 1].leadingZeroBitCount)
        let v = shiftLimbsLeft(b, s, extra: false)
        var u = shiftLimbsLeft(a, s, extra: true)
        let n = v.count, m = u.count - n
        var q = [UInt64](repeating: 0, count: m)
        let vTop = v[n - 1], vNext = v[n - 2]
        var j = m - 1
        while j >= 0 {
            var qhat: UInt64, rhat: UInt64, rhatOverflow = false
            if u[j + n] >= vTop {
                qhat = .max
                let (r, o) = u[j + n - 1].addingReportingOverflow(vTop)
                rhat = r; rhatOverflow = o
            } else {
                (qhat, rhat) = vTop.dividingFullWidth((u[j + n], u[j + n - 1]))
            }
            while !rhatOverflow {
                let (ph, pl) = qhat.multipliedFullWidth(by: vNext)
                if ph > rhat || (ph == rhat && pl > u[j + n - 2]) {
                    qhat -= 1
                    let (r, o) = rhat.addingReportingOverflow(vTop)
                    rhat = r; rhatOverflow = o
                } else { break }
            }
            var borrow: UInt64 = 0, carry: UInt64 = 0
            for i in 0..<n {
                let (hi, lo) = qhat.multipliedFullWidth(by: v[i])
                let (p, c1) = lo.addingReportingOverflow(carry)
                carry = hi &+ (c1 ? 1 : 0)
                let (d1, b1) = u[i + j].subtractingReportingOverflow(p)
                let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                u[i + j] = d2
                borrow = (b1 ? 1 : 0) + (b2 ? 1 : 0)
            }
            let (d1, b1) = u[j + n].subtractingReportingOverflow(carry)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            u[j + n] = d2
            if b1 || b2 {          // qhat was one too large: add v back
                qhat -= 1
                var c: UInt64 = 0
                for i in 0..<n {
                    let (s1, o1) = u[i + j].addingReportingOverflow(v[i])
                    let (s2, o2) = s1.addingReportingOverflow(c)
                    u[i + j] = s2
                    c = (o1 ? 1 : 0) + (o2 ? 1 : 0)
                }
                u[j + n] &+= c
            }
            q[j] = qhat
            j -= 1
        }
        while let last = q.last, last == 0 { q.removeLast() }
        var r = Array(u[0..<n])
        if s > 0 {
            for i in 0..<n { r[i] = (r[i] >> s) | (i + 1 < n ? r[i + 1] << (64 - s) : 0) }
        }
        while let last = r.last, last == 0 { r.removeLast() }
        return (q, r)
    }

    /// Limbs shifted left by `s` < 64 bits; `extra` always adds the top limb (algorithm D's u).
    static func shiftLimbsLeft(_ a: [UInt64], _ s: UInt64, extra: Bool) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: a.count + 1)
        for i in 0..<a.count {
            out[i] |= a[i] << s
            if s > 0 { out[i + 1] = a[i] >> (64 - s) }
        }
        if !extra && out[a.count] == 0 { out.removeLast() }
        return out
    }
}
