// The text int() and float() accept, as CPython 3.11 reads it: Unicode decimal digits and whitespace
// first become ASCII (_PyUnicode_TransformDecimalAndSpaceToASCII), then PyLong_FromString's and
// float()'s grammar apply, with single underscores between digits.

/// `raw` as CPython's number parsers see it: ASCII kept, Unicode whitespace as ' ', a decimal digit
/// (Nd) as its ASCII digit, anything else as '?'; then ASCII whitespace (Py_ISSPACE) trimmed.
func pyNumberASCII(_ raw: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(raw.utf8.count)
    for u in raw.unicodeScalars {
        if u.value < 128 { out.append(UInt8(u.value)) }
        else if isPySpace(u) { out.append(0x20) }
        else if let d = UCD14.decimalValue(u) { out.append(0x30 + UInt8(d)) }
        else { out.append(0x3F) }
    }
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
    var lo = 0, hi = out.count
    while lo < hi, isSpace(out[lo]) { lo += 1 }
    while hi > lo, isSpace(out[hi - 1]) { hi -= 1 }
    return Array(out[lo..<hi])
}

/// An integer literal as int(text, base) reads it: its sign, base and digit values.
struct PyIntText {
    var negative = false
    var base: Int
    var digits: [UInt8] = []

    /// PyLong_FromString's grammar: sign, a 0x/0o/0b prefix where the base allows it (one
    /// underscore may follow it), digits below the base with single underscores between them;
    /// base 0 takes the base from the prefix and rejects nonzero numbers with a leading 0.
    init?(_ raw: String, base: Int) {
        let b = pyNumberASCII(raw)
        var i = 0
        func at(_ k: Int) -> UInt8 { k < b.count ? b[k] | (b[k] >= 0x41 && b[k] <= 0x5A ? 0x20 : 0) : 0 }
        if at(0) == 0x2D { negative = true; i = 1 } else if at(0) == 0x2B { i = 1 }
        var base = base, zeroOnly = false
        let prefixes: [UInt8: Int] = [0x78: 16, 0x6F: 8, 0x62: 2]          // x o b
        if base == 0 {
            if at(i) != 0x30 { base = 10 }
            else if let p = prefixes[at(i + 1)] { base = p }
            else { base = 10; zeroOnly = true }
        }
        if at(i) == 0x30, let p = prefixes[at(i + 1)], p == base {
            i += 2
            if at(i) == 0x5F { i += 1 }
        }
        self.base = base
        var prevUnderscore = true                                           // no '_' first
        while i < b.count {
            let c = at(i)
            if c == 0x5F {
                if prevUnderscore { return nil }
                prevUnderscore = true
            } else {
                let v: Int
                switch c {
                case 0x30...0x39: v = Int(c) - 0x30
                case 0x61...0x7A: v = Int(c) - 0x61 + 10
                default: return nil
                }
                guard v < base else { return nil }
                digits.append(UInt8(v))
                prevUnderscore = false
            }
            i += 1
        }
        if prevUnderscore || digits.isEmpty { return nil }
        if zeroOnly, digits.contains(where: { $0 != 0 }) { return nil }
    }
}

/// Python's float(str): decimal or scientific text, inf, infinity or nan (any case), an optional
/// sign, single underscores between digits, Unicode digits and surrounding whitespace.
func parseFloat(_ raw: String) -> Double? {
    let b = pyNumberASCII(raw)
    var clean: [UInt8] = []
    var prev: UInt8 = 0
    func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    for c in b {
        if c == 0x5F {
            if !isDigit(prev) { return nil }
        } else {
            if prev == 0x5F, !isDigit(c) { return nil }
            clean.append(c)
        }
        prev = c
    }
    if prev == 0x5F { return nil }
    var i = 0
    var sign: Double = 1
    if i < clean.count, clean[i] == 0x2B || clean[i] == 0x2D { sign = clean[i] == 0x2D ? -1 : 1; i += 1 }
    let body = String(decoding: clean[i...], as: UTF8.self).lowercased()
    switch body {
    case "inf", "infinity": return sign * .infinity
    case "nan": return .nan
    default: break
    }
    // digits [. digits] | . digits, then e [sign] digits: nothing else (no hex, no "nan(...)").
    let cs = Array(body.utf8)
    var j = 0, mantissa = 0
    while j < cs.count, isDigit(cs[j]) { j += 1; mantissa += 1 }
    if j < cs.count, cs[j] == 0x2E {
        j += 1
        while j < cs.count, isDigit(cs[j]) { j += 1; mantissa += 1 }
    }
    guard mantissa > 0 else { return nil }
    if j < cs.count, cs[j] == 0x65 {
        j += 1
        if j < cs.count, cs[j] == 0x2B || cs[j] == 0x2D { j += 1 }
        var exponent = 0
        while j < cs.count, isDigit(cs[j]) { j += 1; exponent += 1 }
        guard exponent > 0 else { return nil }
    }
    guard j == cs.count, let d = Double(body) else { return nil }
    return sign * d
}
