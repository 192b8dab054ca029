// BigIntText: BigInt to and from digits in any base from 2 to 36, and CPython 3.11's limit on
// decimal conversions (4300 digits).

extension BigInt {
    /// CPython 3.11's `sys.get_int_max_str_digits()` default.
    public static let maxStrDigits = 4300

    /// The digits of the magnitude in `radix` (lowercase, no sign, no prefix).
    public func magnitudeDigits(radix: Int = 10) -> String {
        if mag.isEmpty { return "0" }
        if radix & (radix - 1) == 0 { return powerOfTwoDigits(radix) }
        let r = UInt64(radix)
        // The largest power of the radix in one limb, and its exponent.
        var chunk: UInt64 = r, per = 1
        while true {
            let (p, o) = chunk.multipliedReportingOverflow(by: r)
            if o { break }
            chunk = p; per += 1
        }
        var parts: [UInt64] = []
        var m = mag
        while !m.isEmpty {
            let (q, rem) = BigInt.divMagSmall(m, chunk)
            parts.append(rem)
            m = q
        }
        var out = String(parts[parts.count - 1], radix: radix)
        for p in parts.dropLast().reversed() {
            let s = String(p, radix: radix)
            out += String(repeating: "0", count: per - s.count) + s
        }
        return out
    }

    /// Digits in a radix 2**k (linear: each digit is k bits of the magnitude).
    private func powerOfTwoDigits(_ radix: Int) -> String {
        let k = radix.trailingZeroBitCount
        let count = (bitLength + k - 1) / k
        let chars = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        var out = [UInt8]()
        out.reserveCapacity(count)
        for d in stride(from: count - 1, through: 0, by: -1) {
            var v = 0
            for b in stride(from: k - 1, through: 0, by: -1) { v = v << 1 | (bit(d * k + b) ? 1 : 0) }
            out.append(chars[v])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value's decimal text, or nil past CPython's 4300-digit limit.
    public var decimal: String? {
        // Over 4300 digits for sure when the bit length says so (log10(2) > 0.30102).
        if bitLength > 14_300 { return nil }
        let s = magnitudeDigits()
        if s.count > BigInt.maxStrDigits { return nil }
        return negative ? "-" + s : s
    }

    /// Parses digits (ASCII, no sign, no underscores, all valid in `radix`).
    public init?(digits: Substring.UTF8View, radix: Int, negative: Bool = false) {
        if radix & (radix - 1) == 0 {
            self.init(powerOfTwoDigits: digits, radix: radix, negative: negative)
            return
        }
        var mag: [UInt64] = []
        let r = UInt64(radix)
        var acc: UInt64 = 0, mult: UInt64 = 1
        func flush() {
            // mag = mag * mult + acc
            var carry = acc
            for i in 0..<mag.count {
                let (hi, lo) = mag[i].multipliedFullWidth(by: mult)
                let (s, o) = lo.addingReportingOverflow(carry)
                mag[i] = s
                carry = hi &+ (o ? 1 : 0)
            }
            if carry != 0 { mag.append(carry) }
        }
        for c in digits {
            guard let d = digitValue(c), d < radix else { return nil }
            if mult.multipliedReportingOverflow(by: r).overflow { flush(); acc = 0; mult = 1 }
            acc = acc * r + UInt64(d)
            mult *= r
        }
        flush()
        self.init(negative: negative, mag: mag)
    }

    /// Parses digits in a radix 2**k, linearly: each digit sets k bits, from the last digit up.
    private init?(powerOfTwoDigits digits: Substring.UTF8View, radix: Int, negative: Bool) {
        let k = radix.trailingZeroBitCount
        var mag = [UInt64](repeating: 0, count: (digits.count * k + 63) / 64)
        var pos = 0
        for c in digits.reversed() {
            guard let d = digitValue(c), d < radix else { return nil }
            for b in 0..<k where (d >> b) & 1 == 1 { mag[(pos + b) / 64] |= 1 << UInt64((pos + b) % 64) }
            pos += k
        }
        self.init(negative: negative, mag: mag)
    }

    /// The error text of a decimal conversion past the limit.
    public static let strLimitMessage =
        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"

    public static func parseLimitMessage(_ digits: Int) -> String {
        "Exceeds the limit (4300 digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit"
    }
}

/// The sign and magnitude digits of an int or bool of any size in `radix` (no prefix, no
/// limit); nil for anything else. Every int formatting path takes its digits from here.
public func pyIntDigits(_ v: Value, radix: Int = 10) -> (negative: Bool, digits: String)? {
    switch v {
    case .int(let n): return (n < 0, String(n.magnitude, radix: radix))
    case .bool(let b): return (false, b ? "1" : "0")
    case .bigint(let b): return (b.negative, b.magnitudeDigits(radix: radix))
    default: return nil
    }
}

@inline(__always) private func digitValue(_ c: UInt8) -> Int? {
    switch c {
    case 48...57: return Int(c) - 48
    case 97...122: return Int(c) - 87
    case 65...90: return Int(c) - 55
    default: return nil
    }
}
