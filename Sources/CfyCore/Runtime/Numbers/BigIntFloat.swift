// BigIntFloat: BigInt and Double as CPython: `float(n)` and `n / m` correctly rounded
// (half-even), `int(x)` exact, comparisons exact.

import Foundation

extension BigInt {
    /// The integer part of a finite double, exactly.
    public init(truncating d: Double) {
        if let i = Int64(exactly: d.rounded(.towardZero)) { self.init(i); return }
        let t = d.rounded(.towardZero).magnitude     // >= 2**63: an integer, exponent >= 63
        let sig = t.significandBitPattern | (1 << 52)
        self = BigInt(negative: false, mag: [sig]).shiftedLeft(Int(t.exponent) - 52)
        if d < 0 { self = -self }
    }

    /// Bit `i` of the magnitude.
    func bit(_ i: Int) -> Bool { i >= 0 && i / 64 < mag.count && (mag[i / 64] >> UInt64(i % 64)) & 1 == 1 }

    /// Whether any bit of the magnitude below `i` is set.
    func anyBitBelow(_ i: Int) -> Bool {
        if i <= 0 { return false }
        let full = min(i / 64, mag.count)
        for k in 0..<full where mag[k] != 0 { return true }
        if full < mag.count, i % 64 > 0 { return mag[full] & ((1 << UInt64(i % 64)) - 1) != 0 }
        return false
    }

    /// `|self| * 2**-shift` rounded half-even to `keep` significant bits at most, with `sticky`
    /// saying that something non-zero lies below `self`; nil when it overflows a double.
    static func roundToDouble(_ q: BigInt, scale: Int, sticky: Bool) -> Double? {
        // value = q * 2**scale (q > 0). Its exponent: bitLength - 1 + scale.
        let e = q.bitLength - 1 + scale
        if e > 1023 { return nil }
        let lowest = max(e - 52, -1074)          // the exponent of the last kept bit
        let drop = lowest - scale                // bits of q to drop
        var m: BigInt
        if drop <= 0 {
            m = q.shiftedLeft(-drop)
        } else {
            m = q.shiftedRight(drop)
            let half = q.bit(drop - 1)
            let rest = sticky || q.anyBitBelow(drop - 1)
            if half && (rest || m.bit(0)) { m = m + BigInt(1) }
        }
        guard let mi = m.int64 else { return nil }
        let r = scalbn(Double(mi), lowest)
        return r.isInfinite ? nil : r
    }

    /// `float(self)` correctly rounded; nil when too large ("int too large to convert to float").
    public var double: Double? {
        if let i = int64 { return Double(i) }
        guard let r = BigInt.roundToDouble(magnitude, scale: 0, sticky: false) else { return nil }
        return negative ? -r : r
    }

    /// `|self|` as `m * 2**e` with `m` in [0.5, 1) correctly rounded, as CPython's `_PyLong_Frexp`
    /// (which `math.log` of an int too large for a float uses). `self` is non-zero.
    public var frexp: (m: Double, e: Int) {
        let n = bitLength
        let m = BigInt.roundToDouble(magnitude, scale: -n, sticky: false) ?? 1
        return m == 1 ? (0.5, n + 1) : (m, n)
    }

    /// Python's `a / b` correctly rounded; nil on overflow. `b` is non-zero.
    public static func trueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
        let neg = a.negative != b.negative
        if a.isZero { return neg ? -0.0 : 0.0 }
        let diff = a.bitLength - b.bitLength
        if diff > 1025 { return nil }
        if diff < -1200 { return neg ? -0.0 : 0.0 }     // below half the smallest subnormal
        let s = 55 - diff                              // q gets 55 or 56 bits
        let n = s >= 0 ? a.magnitude.shiftedLeft(s) : a.magnitude
        let d = s >= 0 ? b.magnitude : b.magnitude.shiftedLeft(-s)
        let (q, r) = n.floorDivMod(d)
        guard let v = roundToDouble(q, scale: -s, sticky: !r.isZero) else { return nil }
        return neg ? -v : v
    }

    /// Exact comparison with a double: -1, 0, 1, or nil for nan.
    public func compare(toDouble d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let f = d.rounded(.down)
        let c = BigInt.compare(self, BigInt(truncating: f))
        if c != 0 { return c }
        return d > f ? -1 : 0
    }
}
