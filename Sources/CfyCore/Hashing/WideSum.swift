// WideSum.swift -- the unsigned sum of 128-bit digests curifactory's hash is.
//
// curifactory adds int(md5.hexdigest(), 16) over all fields, so the total
// outgrows 128 bits after a couple of fields' carries; Python's ints are
// unbounded, and `f"{total:x}"` prints the total in full. n digests stay under
// 2^192 for any n < 2^64, so three 64-bit limbs hold every sum exactly.

/// The sum of an args set's digests, printed as Python prints the total.
///
///     var s = WideSum()
///     s.add(MD5.digest("lr0.01".utf8))
///     s.hex   // as Python's f"{total:x}"; "0" while empty
public struct WideSum: Equatable, Hashable, Sendable {
    /// Limbs, least significant first.
    var l0: UInt64 = 0, l1: UInt64 = 0, l2: UInt64 = 0

    public init() {}

    /// Limbs, least significant first, without high zero limbs (zero is []).
    public var limbs: [UInt64] {
        l2 != 0 ? [l0, l1, l2] : l1 != 0 ? [l0, l1] : l0 != 0 ? [l0] : []
    }

    /// Adds a 128-bit number given as (hi, lo), e.g. an `MD5.digest`.
    @inline(__always)
    public mutating func add(_ digest: (UInt64, UInt64)) {
        add(hi: 0, digest.0, digest.1)
    }

    /// Adds another sum (a nested args set's total, a grid's remembered part).
    @inline(__always)
    public mutating func add(_ other: WideSum) {
        add(hi: other.l2, other.l1, other.l0)
    }

    @inline(__always)
    private mutating func add(hi: UInt64, _ mid: UInt64, _ lo: UInt64) {
        let (a, c0) = l0.addingReportingOverflow(lo)
        l0 = a
        let (b, c1) = l1.addingReportingOverflow(mid)
        let (b2, c2) = b.addingReportingOverflow(c0 ? 1 : 0)
        l1 = b2
        l2 &+= hi &+ (c1 ? 1 : 0) &+ (c2 ? 1 : 0)
    }

    /// True when the sum is zero.
    public var isZero: Bool { l0 == 0 && l1 == 0 && l2 == 0 }

    /// Lowercase hex, no padding, "0" for zero: Python's `f"{total:x}"`.
    public var hex: String {
        if isZero { return "0" }
        let lead = l2 != 0 ? l2.leadingZeroBitCount / 4 : (l1 != 0 ? 16 + l1.leadingZeroBitCount / 4 : 32 + l0.leadingZeroBitCount / 4)
        let count = 48 - lead
        // Eight digits per 32 bits at once: each nibble spread into a byte, then made ASCII.
        @inline(__always) func digits(_ v: UInt64) -> UInt64 {
            var x = v & 0xFFFF_FFFF
            x = (x | (x << 16)) & 0x0000_FFFF_0000_FFFF
            x = (x | (x << 8)) & 0x00FF_00FF_00FF_00FF
            x = (x | (x << 4)) & 0x0F0F_0F0F_0F0F_0F0F
            let letters = ((x &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101   // 1 where >= 10
            return (x &+ 0x3030_3030_3030_3030 &+ letters &* 0x27).byteSwapped       // most significant first
        }
        var all = (digits(l2 >> 32), digits(l2), digits(l1 >> 32), digits(l1), digits(l0 >> 32), digits(l0))
        return withUnsafeBytes(of: &all) { buf in
            String(unsafeUninitializedCapacity: count) { out in
                UnsafeMutableRawBufferPointer(out).copyMemory(from: UnsafeRawBufferPointer(rebasing: buf[lead..<lead + count]))
                return count
            }
        }
    }
}
