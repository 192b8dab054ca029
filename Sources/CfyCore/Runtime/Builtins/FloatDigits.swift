// FloatDigits: CPython's PyOS_double_to_string (Python/pystrtod.c) for the codes e E f F g G r,
// with the flags ALT (`#`), ADD_DOT_0 (a float's format with no type) and NO_NEG_0 (`z`).
//
// The digits are exact: glibc's printf rounds correctly (the exact binary value, ties to even),
// as David Gay's dtoa in CPython does; 'r' uses the shortest round-trip digits of repr.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The digits of a finite non-negative double, without leading or trailing zeros, and the
/// position of the decimal point: value = 0.DIGITS × 10**decpt. Zero is ("0", 1).
struct DecimalDigits {
    var digits: [UInt8]
    var decpt: Int

    /// `significant` correctly rounded significant digits (dtoa mode 2).
    static func significant(_ m: Double, _ significant: Int) -> DecimalDigits {
        parse(printf(m, "e", significant - 1), exponent: true)
    }

    /// Correctly rounded to `places` digits after the point (dtoa mode 3).
    static func fixed(_ m: Double, _ places: Int) -> DecimalDigits {
        parse(printf(m, "f", places), exponent: false)
    }

    /// The shortest digits that round-trip (dtoa mode 0, repr's digits).
    static func shortest(_ m: Double) -> DecimalDigits {
        if m == 0 { return DecimalDigits(digits: [0x30], decpt: 1) }
        let (ds, x) = shortestDigits(m)
        return DecimalDigits(digits: ds, decpt: x + 1)
    }

    /// glibc's `%.*e` or `%.*f` of `m`.
    private static func printf(_ m: Double, _ conv: String, _ precision: Int) -> [UInt8] {
        let size = precision + 340              // %f of DBL_MAX has 309 integer digits
        var buf = [CChar](repeating: 0, count: size)
        let n = buf.withUnsafeMutableBufferPointer { p in
            withVaList([Int32(clamping: precision), m]) { vsnprintf(p.baseAddress, size, "%.*" + conv, $0) }
        }
        return buf.prefix(max(0, min(Int(n), size - 1))).map { UInt8(bitPattern: $0) }
    }

    /// `d.ddde±XX` or `ddd.ddd` → digits and decpt.
    private static func parse(_ text: [UInt8], exponent: Bool) -> DecimalDigits {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.count)
        var beforePoint = 0, seenPoint = false, k = 0
        while k < text.count {
            let c = text[k]
            if c == 0x2E { seenPoint = true } else if c >= 0x30 && c <= 0x39 {
                digits.append(c)
                if !seenPoint { beforePoint += 1 }
            } else { break }
            k += 1
        }
        var exp = 0
        if exponent, k < text.count {               // e±XX
            var sign = 1
            k += 1
            if k < text.count, text[k] == 0x2D { sign = -1 }
            k += 1
            while k < text.count { exp = exp * 10 + Int(text[k] - 0x30); k += 1 }
            exp *= sign
        }
        var decpt = beforePoint + exp
        var lead = 0
        while lead < digits.count, digits[lead] == 0x30 { lead += 1 }
        if lead == digits.count { return DecimalDigits(digits: [0x30], decpt: 1) }
        decpt -= lead
        var end = digits.count
        while end > lead, digits[end - 1] == 0x30 { end -= 1 }
        return DecimalDigits(digits: Array(digits[lead..<end]), decpt: decpt)
    }
}

/// CPython's `PyOS_double_to_string(d, code, precision, flags)`: `code` is one of e E f F g G r
/// (upper case gives `E`, `INF`, `NAN`); `precision` is unused for r.
func pyDoubleToString(_ d: Double, _ code: Unicode.Scalar, precision: Int, alt: Bool = false,
                      addDot0: Bool = false, noNegZero: Bool = false) -> String {
    let upper = code == "E" || code == "F" || code == "G"
    if d.isNaN { return upper ? "NAN" : "nan" }
    if d.isInfinite { return (d < 0 ? "-" : "") + (upper ? "INF" : "inf") }
    let m = d.magnitude
    var p = precision
    let ds: DecimalDigits
    switch code {
    case "e", "E": p += 1; ds = .significant(m, p)
    case "f", "F": ds = .fixed(m, p)
    case "g", "G": if p == 0 { p = 1 }; ds = .significant(m, p)
    default: ds = .shortest(m)
    }
    var negative = d.sign == .minus
    if negative, noNegZero, ds.digits.allSatisfy({ $0 == 0x30 }) { negative = false }
    let digits = ds.digits, n = digits.count
    var decpt = ds.decpt
    var vEnd = n
    var useExp = false
    switch code {
    case "e", "E": useExp = true; vEnd = p
    case "f", "F": vEnd = decpt + p
    case "g", "G":
        if decpt <= -4 || decpt > (addDot0 ? p - 1 : p) { useExp = true }
        if alt { vEnd = p }
    default:
        if decpt <= -4 || decpt > 16 { useExp = true }
    }
    var exp = 0
    if useExp { exp = decpt - 1; decpt = 1 }
    let vStart = decpt <= 0 ? decpt - 1 : 0
    vEnd = max(vEnd, !useExp && addDot0 ? decpt + 1 : decpt)

    var out: [UInt8] = []
    out.reserveCapacity(vEnd - vStart + 8)
    func zeros(_ k: Int) { if k > 0 { out.append(contentsOf: repeatElement(0x30, count: k)) } }
    if negative { out.append(0x2D) }
    if decpt <= 0 {
        zeros(decpt - vStart); out.append(0x2E); zeros(-decpt)
    } else {
        zeros(-vStart)
    }
    if decpt > 0 && decpt <= n {
        out.append(contentsOf: digits[..<decpt]); out.append(0x2E); out.append(contentsOf: digits[decpt...])
    } else {
        out.append(contentsOf: digits)
    }
    if n < decpt {
        zeros(decpt - n); out.append(0x2E); zeros(vEnd - decpt)
    } else {
        zeros(vEnd - n)
    }
    if out.last == 0x2E && !alt { out.removeLast() }
    if useExp {
        out.append(upper ? 0x45 : 0x65)
        out.append(exp < 0 ? 0x2D : 0x2B)
        if exp.magnitude < 10 { out.append(0x30) }
        out.append(contentsOf: String(exp.magnitude).utf8)
    }
    return String(decoding: out, as: UTF8.self)
}
