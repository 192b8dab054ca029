// FloatRepr.swift -- CPython's repr(float), byte for byte.
//
// CPython (float_repr_style 'short') prints the shortest digit string that
// round-trips ('r' mode of _Py_dg_dtoa), then lays it out by one rule:
//
//   exponent x = position of the first digit (1.5 -> 0, 0.015 -> -2)
//   x < -4 or x >= 16  ->  scientific: d[.ddd]e±XX  (at least 2 exponent digits)
//   otherwise          ->  positional, with ".0" added when there is no fraction
//
// Swift's `Double.description` yields the same shortest (and closest) digits,
// but lays them out by its own rule (it differs for |x| in [2^53, 1e16)).  So
// we take only the digits and exponent from Swift and re-lay them out here:
// right by construction, whatever Swift's layout does.

/// CPython's `repr(x)` for a float: `0.1`, `1e-05`, `1e+16`, `-0.0`, `inf`, `nan`.
///
///     pyFloatRepr(9007199254740994)  // "9007199254740994.0" (Swift: 9.007199254740994e+15)
public func pyFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }                 // Python never prints a sign on nan
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    var out: [UInt8] = []
    out.reserveCapacity(32)
    appendPyFloatRepr(d, into: &out)
    return String(decoding: out, as: UTF8.self)
}

/// Appends `pyFloatRepr(d)` as UTF-8 (for the hasher, which builds its messages as bytes).
public func appendPyFloatRepr(_ d: Double, into out: inout [UInt8]) {
    if d.isNaN { out.append(contentsOf: "nan".utf8); return }
    if d.isInfinite { out.append(contentsOf: (d < 0 ? "-inf" : "inf").utf8); return }
    if d == 0 { out.append(contentsOf: (d.sign == .minus ? "-0.0" : "0.0").utf8); return }
    if appendShortDecimal(d, into: &out) { return }
    let (digits, x) = shortestDigits(d.magnitude)
    if d.sign == .minus { out.append(0x2D) }    // '-'
    layOut(digits, x, into: &out)
}

/// The fast path for floats with few decimals (0.001, 0.25, 1234.5): the smallest k such that
/// some integer c gives c / 10**k == x exactly as a double is the shortest repr. While
/// |x| * 10**k < 2**50, neighbouring k-decimals are more than 4 doubles apart, so at most one
/// candidate (the rounded product, or one off it) can round-trip, and it is the closest. False
/// (nothing appended) outside 1e-4 <= |x| < 2**50 or past 17 decimals: the general path does it.
private func appendShortDecimal(_ d: Double, into out: inout [UInt8]) -> Bool {
    let m = d.magnitude
    guard m >= 1e-4, m < 1125899906842624 else { return false }      // 2**50
    var p = 1.0
    for k in 0...17 {
        if k > 0 { p *= 10 }                                           // exact up to 1e22
        let scaled = m * p
        if scaled >= 1125899906842624 { return false }
        if scaled < 0.5 { continue }         // no candidate can be m: 0 is not, and 1 / p is over twice m
        // scaled.rounded(), without libm's round(): scaled + 0.5 is exact for 1 <= scaled < 2**50,
        // and below 1 a result one too high only adds a candidate that cannot match (0 never does).
        let r = Double(UInt64(scaled + 0.5))
        let c: Double
        if r / p == m { c = r } else if r >= 1, (r - 1) / p == m { c = r - 1 } else if (r + 1) / p == m { c = r + 1 } else { continue }
        // c's digits, with the point k from the right (at least one digit before it).
        var v = UInt64(c)
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)               // up to 24 digits, reversed
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat { buf[n] = UInt8(0x30 + v % 10); v /= 10; n += 1 } while v > 0 || n <= k
        }
        if d.sign == .minus { out.append(0x2D) }
        withUnsafeBytes(of: &digits) { buf in
            for i in stride(from: n - 1, through: k, by: -1) { out.append(buf[i]) }
            out.append(0x2E)
            if k == 0 { out.append(0x30) } else { for i in stride(from: k - 1, through: 0, by: -1) { out.append(buf[i]) } }
        }
        return true
    }
    return false
}

/// CPython's `str(x)` for a float; identical to `repr` since Python 3.2.
public func pyFloatStr(_ d: Double) -> String { pyFloatRepr(d) }

// -- digits -------------------------------------------------------------------

/// Shortest round-trip digits of a finite positive double (ASCII, no leading or
/// trailing zeros, at least one digit) and the decimal exponent `x` of the first
/// digit, so that value = 0.d1d2d3... * 10^(x+1).
///
/// Parsed from `description`, whose forms are `123.45`, `0.00123`, `1e-05`,
/// `1.2345e+17`: digits with at most one '.', then an optional `e±N`.
func shortestDigits(_ m: Double) -> ([UInt8], Int) {
    var point = -1          // count of mantissa digits before the '.' (-1: no '.')
    var mant = 0            // mantissa digits seen, leading zeros included
    var lead = 0            // leading zeros skipped (before the first non-zero)
    var exp = 0, expSign = 1, inExp = false
    // The digits go into a fixed buffer (17 at most for a double; 32 kept), read from the
    // description's UTF-8 bytes: no array grown a digit at a time.
    var buf: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var n = 0
    var text = m.description
    text.withUTF8 { b in
        withUnsafeMutableBytes(of: &buf) { ds in
            for c in b {
                switch c {
                case 0x30...0x39 where inExp:
                    exp = exp * 10 + Int(c - 0x30)
                case 0x30...0x39:
                    if c == 0x30 && n == 0 { lead += 1 } else if n < ds.count { ds[n] = c; n += 1 }
                    mant += 1
                case 0x2E: point = mant                 // '.'
                case 0x65, 0x45: inExp = true            // 'e' / 'E'
                case 0x2D: expSign = -1                  // '-' (only in the exponent: m > 0)
                default: break                           // '+'
                }
            }
            while n > 0 && ds[n - 1] == 0x30 { n -= 1 }
            if n == 0 { ds[0] = 0x30; n = 1 }           // unreachable for m > 0; keeps x sane
        }
    }
    if point < 0 { point = mant }
    let digits = withUnsafeBytes(of: &buf) { Array($0[0..<n]) }
    // value = 0.<mantissa digits> * 10^(point + e); dropping `lead` zeros moves it.
    let x = point + expSign * exp - lead - 1
    return (digits, x)
}

// -- layout -------------------------------------------------------------------

/// Appends digits `ds` (first digit at decimal exponent `x`) in Python's layout.
private func layOut(_ ds: [UInt8], _ x: Int, into out: inout [UInt8]) {
    let n = ds.count
    if x < -4 || x >= 16 {                       // scientific
        out.append(ds[0])
        if n > 1 { out.append(0x2E); out.append(contentsOf: ds[1...]) }
        out.append(0x65)                         // 'e'
        out.append(x < 0 ? 0x2D : 0x2B)          // '-' / '+'
        let e = x.magnitude
        if e < 10 { out.append(0x30) }           // at least two digits
        out.append(contentsOf: String(e).utf8)
    } else if x < 0 {                            // 0.000ddd
        out.append(0x30); out.append(0x2E)
        for _ in 0..<(-x - 1) { out.append(0x30) }
        out.append(contentsOf: ds)
    } else if x + 1 >= n {                       // ddd000.0
        out.append(contentsOf: ds)
        for _ in 0..<(x + 1 - n) { out.append(0x30) }
        out.append(0x2E); out.append(0x30)
    } else {                                     // ddd.ddd
        out.append(contentsOf: ds[0...x])
        out.append(0x2E)
        out.append(contentsOf: ds[(x + 1)...])
    }
}
