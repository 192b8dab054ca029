// FormatNumber: ints and floats under a format spec, as CPython's format_long_internal and
// format_float_internal lay them out (calc_number_widths, fill_number, and
// _PyUnicode_InsertThousandsGrouping for the zero padding and separators).

/// The ONE place formatting turns an integer value into digits: its sign and its magnitude's
/// digits (lowercase, no prefix) in `radix`; nil for a value that is not an int or bool.
func integerDigits(_ v: Value, radix: Int) throws(FormatFailure) -> (negative: Bool, digits: String)? {
    // CPython 3.11 refuses decimal text of an int over 4300 digits (powers of two are unlimited).
    if radix == 10, case .bigint(let b) = v, b.decimal == nil { throw FormatFailure(BigInt.strLimitMessage) }
    return pyIntDigits(v, radix: radix)
}

/// An int or bool as a float, correctly rounded as Python's `float(n)`; nil for other values.
/// (An integer too large for a float is Python's OverflowError "int too large to convert to float".)
func integerToDouble(_ v: Value) throws(FormatFailure) -> Double? {
    switch v {
    case .int(let n): return Double(n)
    case .bool(let b): return b ? 1 : 0
    case .bigint(let b):
        guard let d = b.double else { throw FormatFailure("int too large to convert to float", .overflowError) }
        return d
    default: return nil
    }
}

/// The decimal digits of the integer part of a finite double (`int(x)`), exactly.
func truncatedDigits(_ d: Double) -> (negative: Bool, digits: String) {
    let t = d.rounded(.towardZero)
    let ds = DecimalDigits.fixed(t.magnitude, 0)
    var s = String(decoding: ds.digits, as: UTF8.self)
    if ds.decpt > ds.digits.count { s += String(repeating: "0", count: ds.decpt - ds.digits.count) }
    return (t < 0, s)
}

enum NumberFormat {
    /// `format(int, spec)` for the int types b c d n o x X (others go through float first).
    static func integer(_ v: Value, _ f: FormatSpec, typeName: String) throws(FormatFailure) -> String {
        if f.precision != nil { throw FormatFailure("Precision not allowed in integer format specifier") }
        if f.noNegZero { throw FormatFailure("Negative zero coercion (z) not allowed in integer format specifier") }
        if f.type == "c" {
            if f.sign != nil { throw FormatFailure("Sign not allowed with integer format specifier 'c'") }
            if f.alternate { throw FormatFailure("Alternate form (#) not allowed with integer format specifier 'c'") }
            let u = try codePoint(v)
            return layOut(negative: false, prefix: "", digits: [], hasDecimal: false, remainder: [u], f, grouping: .none)
        }
        let radix: Int, prefix: String
        switch f.type {
        case "b": (radix, prefix) = (2, "0b")
        case "o": (radix, prefix) = (8, "0o")
        case "x": (radix, prefix) = (16, "0x")
        case "X": (radix, prefix) = (16, "0X")
        default: (radix, prefix) = (10, "")
        }
        guard let (negative, digits) = try integerDigits(v, radix: radix) else { throw FormatSpec.unknownType(f.type, typeName) }
        let body = f.type == "X" ? digits.uppercased() : digits
        return layOut(negative: negative, prefix: f.alternate ? prefix : "", digits: Array(body.unicodeScalars),
                      hasDecimal: false, remainder: [], f, grouping: f.type == "n" ? .none : f.grouping)
    }

    /// An int as the character `chr(n)` (for `c` and `%c`).
    static func codePoint(_ v: Value) throws(FormatFailure) -> Unicode.Scalar {
        guard let (negative, digits) = try integerDigits(v, radix: 10), !negative, digits.count <= 7,
              let n = UInt32(digits), n <= 0x10FFFF else {
            throw FormatFailure("%c arg not in range(0x110000)", .overflowError)
        }
        guard let u = Unicode.Scalar(n) else {
            throw FormatFailure("cfy strings cannot hold surrogate code points (U+\(String(n, radix: 16, uppercase: true)))")
        }
        return u
    }

    /// `format(float, spec)` for the float types e E f F g G n % and none.
    static func float(_ d: Double, _ f: FormatSpec) throws(FormatFailure) -> String {
        var code = f.type ?? "r"
        let precision = f.precision ?? (f.type == nil ? 0 : 6)
        if f.type == nil, f.precision != nil { code = "g" }
        var value = d
        var percent = false
        switch code {
        case "n": code = "g"
        case "%": code = "f"; value *= 100; percent = true
        default: break
        }
        var text = pyDoubleToString(value, code, precision: precision, alt: f.alternate, addDot0: f.type == nil,
                                    noNegZero: f.noNegZero)
        if percent { text += "%" }
        var cs = Array(text.unicodeScalars)[...]
        var negative = false
        if cs.first == "-" { negative = true; cs = cs.dropFirst() }
        let digitEnd = cs.firstIndex { !($0.value >= 48 && $0.value <= 57) } ?? cs.endIndex
        let hasDecimal = digitEnd < cs.endIndex && cs[digitEnd] == "."
        let rest = cs[(hasDecimal ? digitEnd + 1 : digitEnd)...]
        return layOut(negative: negative, prefix: "", digits: Array(cs[..<digitEnd]), hasDecimal: hasDecimal,
                      remainder: Array(rest), f, grouping: f.type == "n" ? .none : f.grouping)
    }

    /// `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
    static func layOut(negative: Bool, prefix: String, digits: [Unicode.Scalar], hasDecimal: Bool,
                       remainder: [Unicode.Scalar], _ f: FormatSpec, grouping: Grouping) -> String {
        var sign: Unicode.Scalar?
        switch f.sign {
        case "+": sign = negative ? "-" : "+"
        case " ": sign = negative ? "-" : " "
        default: sign = negative ? "-" : nil
        }
        let width = f.width ?? -1
        let nonDigits = (sign == nil ? 0 : 1) + prefix.unicodeScalars.count + (hasDecimal ? 1 : 0) + remainder.count
        let minWidth = f.fill == "0" && f.align == "=" ? width - nonDigits : 0
        let grouped = digits.isEmpty ? [] : group(digits, minWidth: minWidth, grouping)
        let padding = max(0, width - nonDigits - grouped.count)
        var left = 0, middle = 0, right = 0
        switch f.align {
        case "<": right = padding
        case "^": left = padding / 2; right = padding - left
        case "=": middle = padding
        default: left = padding
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(f.fill, count: left))
        if let sign { out.append(sign) }
        out.append(contentsOf: prefix.unicodeScalars)
        out.append(contentsOf: repeatElement(f.fill, count: middle))
        out.append(contentsOf: grouped)
        if hasDecimal { out.append(".") }
        out.append(contentsOf: remainder)
        out.append(contentsOf: repeatElement(f.fill, count: right))
        return String(out)
    }

    /// Digits with separators every `grouping.size`, zero-padded on the left to `minWidth`
    /// (a separator never leads: the padding grows by one zero instead).
    static func group(_ digits: [Unicode.Scalar], minWidth: Int, _ grouping: Grouping) -> [Unicode.Scalar] {
        var minW = max(0, minWidth)
        var remaining = digits.count
        var reversed: [Unicode.Scalar] = []          // built from the right
        reversed.reserveCapacity(max(remaining, minW) + max(remaining, minW) / 3 + 2)
        func take(_ len: Int, separated: Bool) {
            let zeros = max(0, len - remaining)
            let chars = max(0, min(remaining, len))
            if separated, let s = grouping.separator { reversed.append(s) }
            reversed.append(contentsOf: digits[(remaining - chars)..<remaining].reversed())
            reversed.append(contentsOf: repeatElement("0", count: zeros))
            remaining -= chars
        }
        if grouping == .none {
            take(max(remaining, minW, 1), separated: false)
        } else {
            var separated = false
            while true {
                let len = min(grouping.size, max(remaining, minW, 1))
                take(len, separated: separated)
                separated = true
                minW -= len
                if remaining <= 0 && minW <= 0 { break }
                minW -= 1
            }
        }
        return reversed.reversed()
    }
}
