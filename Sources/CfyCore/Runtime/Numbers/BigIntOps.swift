// BigIntOps: Python's integer semantics on BigInt: floor division, infinite two's-complement
// shifts and bitwise operators, modular power.

extension BigInt {
    /// Python's `divmod`: the quotient rounded toward minus infinity, the remainder with the
    /// divisor's sign. `d` is non-zero.
    public func floorDivMod(_ d: BigInt) -> (q: BigInt, r: BigInt) {
        let (qm, rm) = BigInt.divModMag(mag, d.mag)
        var q = BigInt(negative: negative != d.negative, mag: qm)
        var r = BigInt(negative: negative, mag: rm)
        if !r.isZero && r.negative != d.negative {
            q = q - BigInt(1)
            r = r + d
        }
        return (q, r)
    }

    /// `self << n`, n >= 0.
    public func shiftedLeft(_ n: Int) -> BigInt {
        if isZero || n == 0 { return self }
        let limbs = n / 64, bits = UInt64(n % 64)
        var out = [UInt64](repeating: 0, count: limbs)
        out += BigInt.shiftLimbsLeft(mag, bits, extra: false)
        return BigInt(negative: negative, mag: out)
    }

    /// `self >> n` rounding toward minus infinity, as Python's `>>`; n >= 0.
    public func shiftedRight(_ n: Int) -> BigInt {
        if negative {   // -((|x| - 1) >> n) - 1
            let m = (magnitude - BigInt(1)).shiftedRight(n)
            return -(m + BigInt(1))
        }
        let limbs = n / 64, bits = UInt64(n % 64)
        if limbs >= mag.count { return BigInt(0) }
        var out = Array(mag[limbs...])
        if bits > 0 {
            for i in 0..<out.count { out[i] = (out[i] >> bits) | (i + 1 < out.count ? out[i + 1] << (64 - bits) : 0) }
        }
        return BigInt(negative: false, mag: out)
    }

    /// The low `count` limbs of the infinite two's-complement form.
    func twosComplement(_ count: Int) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: count)
        for i in 0..<min(count, mag.count) { out[i] = mag[i] }
        if negative {
            var carry: UInt64 = 1
            for i in 0..<count {
                let (s, o) = (~out[i]).addingReportingOverflow(carry)
                out[i] = s
                carry = o ? 1 : 0
            }
        }
        return out
    }

    /// The value whose two's-complement form is `limbs` (the top bit is the sign).
    static func fromTwosComplement(_ limbs: [UInt64]) -> BigInt {
        guard let top = limbs.last, top >> 63 == 1 else { return BigInt(negative: false, mag: limbs) }
        var out = limbs
        var carry: UInt64 = 1
        for i in 0..<out.count {
            let (s, o) = (~out[i]).addingReportingOverflow(carry)
            out[i] = s
            carry = o ? 1 : 0
        }
        return BigInt(negative: true, mag: out)
    }

    public enum BitOp: Sendable { case and, or, xor }

    /// `&`, `|`, `^` on the infinite two's-complement forms.
    public static func bitwise(_ op: BitOp, _ a: BigInt, _ b: BigInt) -> BigInt {
        let n = max(a.mag.count, b.mag.count) + 1
        let x = a.twosComplement(n), y = b.twosComplement(n)
        var out = [UInt64](repeating: 0, count: n)
        for i in 0..<n {
            switch op {
            case .and: out[i] = x[i] & y[i]
            case .or: out[i] = x[i] | y[i]
            case .xor: out[i] = x[i] ^ y[i]
            }
        }
        return fromTwosComplement(out)
    }

    /// `~x == -x - 1`.
    public var inverted: BigInt { -(self + BigInt(1)) }

    /// `pow(self, e, m)` for e >= 0 and m != 0, the result with m's sign (as Python).
    public func modPow(_ e: BigInt, _ m: BigInt) -> BigInt {
        let mm = m.magnitude
        var result = BigInt(1).floorDivMod(mm).r
        var base = floorDivMod(mm).r
        let bits = e.bitLength
        for i in 0..<bits {
            if (e.mag[i / 64] >> UInt64(i % 64)) & 1 == 1 { result = (result * base).floorDivMod(mm).r }
            if i + 1 < bits { base = (base * base).floorDivMod(mm).r }
        }
        if m.negative && !result.isZero { result = result + m }
        return result
    }

    /// The inverse of `self` modulo |m| in [0, |m|), or nil when they are not coprime.
    public func modInverse(_ m: BigInt) -> BigInt? {
        let mm = m.magnitude
        var (r0, r1) = (floorDivMod(mm).r, mm)
        var (s0, s1) = (BigInt(1), BigInt(0))
        while !r1.isZero {
            let (q, r) = r0.floorDivMod(r1)
            (r0, r1) = (r1, r)
            (s0, s1) = (s1, s0 - q * s1)
        }
        guard r0 == BigInt(1) || (mm == BigInt(1)) else { return nil }
        return s0.floorDivMod(mm).r
    }
}
