// StringRepr.swift -- CPython 3.11's repr(str), byte for byte.
//
// Follows unicode_repr() in Objects/unicodeobject.c:
//   quote: ' unless the string holds ' and no "  (then ")
//   \\ and the chosen quote are backslashed; \t \n \r by name
//   other ASCII controls (< 0x20, 0x7f) -> \xNN
//   other ASCII kept; non-ASCII kept when printable, else
//   \xNN (< 0x100), \uNNNN (< 0x10000), \UNNNNNNNN -- lowercase hex
//
// Python strings are sequences of code points, so we walk `unicodeScalars`,
// never Characters ("e\u{301}" is two code points, each judged alone).

/// CPython 3.11's `repr(s)`: `'a'`, `"it's"`, `'\n'`, `'\x00'`, `'\u200b'`, `'é'`.
public func pyStringRepr(_ s: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 2)
    appendPyStringRepr(s, into: &out)
    return String(decoding: out, as: UTF8.self)
}

/// Appends `pyStringRepr(s)` as UTF-8.
public func appendPyStringRepr(_ s: String, into out: inout [UInt8]) {
    // Printable ASCII without quotes or backslashes (most strings): kept as they are, in ''.
    func plainCopy(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c < 0x20 || c > 0x7E || c == 0x27 || c == 0x22 || c == 0x5C { return false }
        out.append(0x27)
        out.append(contentsOf: b)
        out.append(0x27)
        return true
    }
    // Borrowed when native (no copy of `s`, so no retain and release), copied otherwise.
    if let plain = s.utf8.withContiguousStorageIfAvailable(plainCopy) {
        if plain { return }
    } else {
        var text = s
        if text.withUTF8(plainCopy) { return }
    }
    var hasSingle = false, hasDouble = false
    for b in s.utf8 {                           // quotes are ASCII: bytes suffice
        if b == 0x27 { hasSingle = true } else if b == 0x22 { hasDouble = true }
    }
    let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
    out.append(quote)
    appendEscaped(s, quote: quote, into: &out)
    out.append(quote)
}

/// `s` as `repr(s)` escapes it, without the quotes (and without escaping quotes): a name as
/// cfy's text output shows it, so a newline, TAB or ESC in it cannot forge a line, a column or
/// a terminal sequence: a TAB becomes the two characters `\t`, ESC `\x1b`; "it's" stays as it is.
public func pyEscaped(_ s: String) -> String {
    var plain = true
    for b in s.utf8 where b < 0x20 || b > 0x7E || b == 0x5C { plain = false; break }
    if plain { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 8)
    appendEscaped(s, quote: 0x5C, into: &out)
    return String(decoding: out, as: UTF8.self)
}

/// The body of a string literal quoted with `quote` (`'` or `"`) that reads back as `s`: what
/// `repr` escapes, that quote backslashed, and `{` `}` doubled when `braces` (the literal text of
/// an f-string). `cfy export --python` and `cfy convert` write their literals with it.
public func pyLiteralBody(_ s: String, quote: Unicode.Scalar, braces: Bool = false) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 2)
    appendEscaped(s, quote: UInt8(truncatingIfNeeded: quote.value), braces: braces, into: &out)
    return String(decoding: out, as: UTF8.self)
}

/// The body of a repr: `quote` (or 0x5C: none) and backslash backslashed, controls and
/// non-printable code points escaped; with `braces`, `{` and `}` doubled.
private func appendEscaped(_ s: String, quote: UInt8, braces: Bool = false, into out: inout [UInt8]) {
    for c in s.unicodeScalars {
        let v = c.value
        switch v {
        case UInt32(quote), 0x5C:               // the quote, '\\'
            out.append(0x5C); out.append(UInt8(v))
        case 0x7B where braces, 0x7D where braces:   // "{{", "}}"
            out.append(UInt8(v)); out.append(UInt8(v))
        case 0x09: out.append(0x5C); out.append(0x74)    // \t
        case 0x0A: out.append(0x5C); out.append(0x6E)    // \n
        case 0x0D: out.append(0x5C); out.append(0x72)    // \r
        case 0x20..<0x7F: out.append(UInt8(v))
        case 0..<0x20, 0x7F: escape(v, into: &out)
        default:
            if pyIsPrintable(c) { UTF8.encode(c) { out.append($0) } } else { escape(v, into: &out) }
        }
    }
}

/// Python 3.11's `str.isprintable()` for one code point (Unicode 14.0).
///
/// Not printable: categories Cc Cf Cs Co Cn Zl Zp, and Zs other than U+0020. A scalar assigned
/// after Unicode 14.0 is Cn (unassigned) in CPython 3.11; UCD14 holds CPython's own answers.
public func pyIsPrintable(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x7F { return v >= 0x20 }            // ASCII: fast path
    if v < 0xA1 { return false }                // DEL, C1 controls, U+00A0 (Zs)
    return UCD14.has(c, UCD14.printable)
}

// -- escapes ------------------------------------------------------------------

private let hexDigits = Array("0123456789abcdef".utf8)

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` for code point `v`.
private func escape(_ v: UInt32, into out: inout [UInt8]) {
    out.append(0x5C)
    let width: Int
    if v < 0x100 { out.append(0x78); width = 2 }            // x
    else if v < 0x10000 { out.append(0x75); width = 4 }     // u
    else { out.append(0x55); width = 8 }                    // U
    for i in stride(from: width - 1, through: 0, by: -1) {
        out.append(hexDigits[Int((v >> UInt32(4 * i)) & 0xF)])
    }
}

/// Appends a string's UTF-8 bytes in one copy (`append(contentsOf: s.utf8)` goes byte by byte).
@inline(__always)
func appendUTF8(_ s: String, into out: inout [UInt8]) {
    // Borrowed when native (no copy of `s`, so no retain and release), copied otherwise.
    if s.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) != nil { return }
    var s = s
    s.withUTF8 { out.append(contentsOf: $0) }
}

/// Appends the decimal digits of `n` (Python's `repr(int)` for 64-bit values), without a String.
func appendDecimal(_ n: Int64, into out: inout [UInt8]) {
    if n >= 0, n < 100 {                                        // one or two digits: appended as bytes
        if n >= 10 { out.append(0x30 &+ UInt8(truncatingIfNeeded: n / 10)) }
        out.append(0x30 &+ UInt8(truncatingIfNeeded: n % 10))
        return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)          // 20 digits at most, written from the end
    var m = n.magnitude
    var k = 24
    withUnsafeMutableBytes(of: &digits) { buf in
        repeat {
            k -= 1
            buf[k] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10)
            m /= 10
        } while m != 0
        if n < 0 { k -= 1; buf[k] = 0x2D }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[k..<24]))
    }
}
