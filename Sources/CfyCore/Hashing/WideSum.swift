// WideSum.swift -- an unbounded unsigned sum of 128-bit digests.
//
// curifactory adds int(md5.hexdigest(), 16) over all fields, so the total
// outgrows 128 bits after a couple of fields' carries; Python's ints are
// unbounded, and `f"{total:x}"` prints the total in full.

/// An unsigned integer of any width: little-endian 64-bit limbs.
///
///     var s = WideSum()
///     s.add(MD5.digest("lr0.01".utf8))
///     s.hex   // as Python's f"{total:x}"; "0" while empty
public struct WideSum: Equatable, Hashable, Sendable {
    /// Limbs, least significant first; no high zero limbs (zero is []).
    public private(set) var limbs: [UInt64] = []

    public init() {}

    /// Adds a 128-bit number given as (hi, lo), e.g. an `MD5.digest`.
    public mutating func add(_ digest: (UInt64, UInt64)) {
        let (hi, lo) = digest
        while limbs.count < 2 { limbs.append(0) }
        var carry: UInt64 = 0
        (limbs[0], carry) = add3(limbs[0], lo, 0)
        (limbs[1], carry) = add3(limbs[1], hi, carry)
        var i = 2
        while carry != 0 {
            if i == limbs.count { limbs.append(carry); carry = 0; break }
            (limbs[i], carry) = add3(limbs[i], carry, 0)
            i += 1
        }
        while limbs.last == 0 { limbs.removeLast() }
    }

    /// Adds another wide sum (a nested args set's total).
    public mutating func add(_ other: WideSum) {
        if limbs.count < other.limbs.count {
            limbs.append(contentsOf: repeatElement(0, count: other.limbs.count - limbs.count))
        }
        var carry: UInt64 = 0
        for i in limbs.indices {
            let o = i < other.limbs.count ? other.limbs[i] : 0
            if o == 0 && carry == 0 && i >= other.limbs.count { break }
            (limbs[i], carry) = add3(limbs[i], o, carry)
        }
        if carry != 0 { limbs.append(carry) }
    }

    /// True when the sum is zero.
    public var isZero: Bool { limbs.isEmpty }

    /// Lowercase hex, no padding, "0" for zero: Python's `f"{total:x}"`.
    public var hex: String {
        guard let top = limbs.last else { return "0" }
        var out = Array(String(top, radix: 16).utf8)
        out.reserveCapacity(out.count + 16 * (limbs.count - 1))
        var at = out.count
        out.append(contentsOf: repeatElement(0x30, count: 16 * (limbs.count - 1)))
        for limb in limbs.dropLast().reversed() {
            putHex(limb, into: &out, at: at)
            at += 16
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// x + y + c (c <= 1) -> (sum, carry out).
@inline(__always)
private func add3(_ x: UInt64, _ y: UInt64, _ c: UInt64) -> (UInt64, UInt64) {
    let (s1, o1) = x.addingReportingOverflow(y)
    let (s2, o2) = s1.addingReportingOverflow(c)
    return (s2, (o1 ? 1 : 0) + (o2 ? 1 : 0))
}
