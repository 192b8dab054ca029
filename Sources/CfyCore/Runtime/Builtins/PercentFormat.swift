// PercentFormat: printf-style `str % args`, as CPython 3.11's PyUnicode_Format does:
//
//     %[(key)][flags -+ #0][width|*][.precision|.*][h|l|L]conversion
//
// conversions d i u o x X e E f F g G c r s a and %%; a tuple gives one value per conversion,
// a mapping (dict, list, range) is looked up by `%(key)s` or is itself the single value.

/// One conversion's flags, width and precision (nil when absent).
private struct PercentSpec {
    var leftJustify = false, plus = false, blank = false, alternate = false, zero = false
    var width: Int?
    var precision: Int?
}

/// The arguments of one `%` operation and which one comes next.
private struct PercentArgs {
    var items: [Value]
    var current: Value
    var count: Int          // -1: a single (non-tuple) value
    var next: Int

    mutating func take() throws(FormatFailure) -> Value {
        guard next < count else { throw FormatFailure("not enough arguments for format string", .typeError) }
        next += 1
        return count < 0 ? current : items[next - 1]
    }
}

extension Interpreter {
    /// `"%s and %.2f" % (a, b)`.
    func percentFormat(_ s: String, _ arg: Value, _ l: Loc) throws -> String {
        let fmt = Array(s.unicodeScalars)
        var args: PercentArgs
        if case .tuple(let xs) = arg { args = PercentArgs(items: xs, current: arg, count: xs.count, next: 0) }
        else { args = PercentArgs(items: [], current: arg, count: -1, next: -2) }
        let mapping: Bool
        switch arg {
        case .dict, .list, .range: mapping = true
        default: mapping = false
        }
        var out: [Unicode.Scalar] = []
        var k = 0
        while k < fmt.count {
            if fmt[k] != "%" {
                let start = k
                while k < fmt.count, fmt[k] != "%" { k += 1 }
                out.append(contentsOf: fmt[start..<k])
                continue
            }
            k += 1
            if k < fmt.count, fmt[k] == "%" { out.append("%"); k += 1; continue }
            try percentConversion(fmt, &k, &args, whole: arg, mapping: mapping, into: &out, l)
            if out.count > maxElements { try checkSize(out.count, l) }
        }
        if args.next < args.count && !mapping {
            throw fail("not all arguments converted during string formatting", l, .typeError)
        }
        return String(String.UnicodeScalarView(out))
    }

    /// One conversion after its `%` (at `k`): parses it, formats its value and writes it.
    private func percentConversion(_ fmt: [Unicode.Scalar], _ k: inout Int, _ args: inout PercentArgs, whole: Value,
                                   mapping: Bool,
                                   into out: inout [Unicode.Scalar], _ l: Loc) throws {
        var ch: Unicode.Scalar = k < fmt.count ? fmt[k] : "\0"
        var exhausted = false
        func read() -> Bool {
            guard k < fmt.count else { exhausted = true; return false }
            ch = fmt[k]; k += 1
            return true
        }
        if ch == "(" {
            guard mapping else { throw fail("format requires a mapping", l, .typeError) }
            k += 1
            let keyStart = k
            var depth = 1
            while depth > 0, read() {
                if ch == ")" { depth -= 1 } else if ch == "(" { depth += 1 }
            }
            if exhausted || depth > 0 { throw fail("incomplete format key", l, .valueError) }
            let key = String(String.UnicodeScalarView(fmt[keyStart..<(k - 1)]))
            args = PercentArgs(items: [], current: try getItem(whole, .str(key), l), count: -1, next: -2)
        }
        var spec = PercentSpec()
        flags: while read() {
            switch ch {
            case "-": spec.leftJustify = true
            case "+": spec.plus = true
            case " ": spec.blank = true
            case "#": spec.alternate = true
            case "0": spec.zero = true
            default: break flags
            }
        }
        try formatting(l) {
            if ch == "*" {
                let w = try starArgument(&args)
                if w < 0 { spec.leftJustify = true }
                spec.width = Int(clamping: w.magnitude)
                _ = read()
            } else if let d = asciiDigit(ch) {
                var w = d
                while read(), let d = asciiDigit(ch) {
                    guard w <= (Int.max - d) / 10 else { throw FormatFailure("width too big") }
                    w = w * 10 + d
                }
                spec.width = w
            }
            if ch == "." {
                spec.precision = 0
                _ = read()
                if ch == "*" {
                    let p = try starArgument(&args)
                    guard p <= Int64(Int32.max) else {
                        throw FormatFailure("Python int too large to convert to C int", .overflowError)
                    }
                    spec.precision = Int(max(0, p))
                    _ = read()
                } else if let d = asciiDigit(ch) {
                    var p = d
                    while read(), let d = asciiDigit(ch) {
                        guard p <= (Int(Int32.max) - d) / 10 else { throw FormatFailure("precision too big") }
                        p = p * 10 + d
                    }
                    spec.precision = p
                }
            }
        }
        if !exhausted, ch == "h" || ch == "l" || ch == "L" { _ = read() }
        if exhausted { throw fail("incomplete format", l, .valueError) }
        let limit = Int(maxElements)
        if (spec.width ?? 0) > limit || (spec.precision ?? 0) > limit {
            throw fail("format width or precision is too large for cfy (limit \(limit) characters)", l, .memoryError)
        }
        let v = try formatting(l) { try args.take() }
        var text: String
        var numeric = false
        switch ch {
        case "s": text = try str(v)
        case "r": text = try repr(v)
        case "a": text = try asciiRepr(v)
        case "d", "i", "u", "o", "x", "X":
            text = try formatting(l) { try percentInteger(v, ch, spec) }
            numeric = true
        case "e", "E", "f", "F", "g", "G":
            text = try formatting(l) { () throws(FormatFailure) -> String in
                guard let d = try percentDouble(v) else {
                    throw FormatFailure("must be real number, not \(v.typeName)", .typeError)
                }
                return pyDoubleToString(d, ch, precision: spec.precision ?? 6, alt: spec.alternate)
            }
            numeric = true
        case "c":
            switch v {
            case .str(let s) where s.unicodeScalars.count == 1: text = s
            case .int, .bool: text = String(Character(try formatting(l) { try NumberFormat.codePoint(v) }))
            default: throw fail("%c requires int or char", l, .typeError)
            }
        default:
            let shown = ch.value >= 31 && ch.value <= 126 ? String(Character(ch)) : "?"
            throw fail("unsupported format character '\(shown)' (0x\(String(ch.value, radix: 16))) at index \(k - 1)",
                       l, .valueError)
        }
        if ch == "s" || ch == "r" || ch == "a", let p = spec.precision, text.unicodeScalars.count > p {
            text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(p)))
        }
        percentPad(Array(text.unicodeScalars), ch, spec, numeric: numeric, into: &out)
    }

    /// A `*` width or precision: the next argument, which must be an int.
    private func starArgument(_ args: inout PercentArgs) throws(FormatFailure) -> Int64 {
        let v = try args.take()
        guard case .int(let n) = v else {
            if case .bool(let b) = v { return b ? 1 : 0 }
            throw FormatFailure("* wants int", .typeError)
        }
        return n
    }

    /// `%d %i %u %o %x %X`: sign, `0o`/`0x` with `#`, digits zero-filled to the precision.
    private func percentInteger(_ v: Value, _ ch: Unicode.Scalar, _ spec: PercentSpec) throws(FormatFailure) -> String {
        let radix = ch == "o" ? 8 : ch == "x" || ch == "X" ? 16 : 10
        var parts: (negative: Bool, digits: String)
        if let p = try integerDigits(v, radix: radix) {
            parts = p
        } else if case .float(let d) = v, radix == 10 {
            if d.isNaN { throw FormatFailure("cannot convert float NaN to integer") }
            if d.isInfinite { throw FormatFailure("cannot convert float infinity to integer", .overflowError) }
            parts = truncatedDigits(d)
        } else if case .float = v {
            throw FormatFailure("%\(Character(ch)) format: an integer is required, not float", .typeError)
        } else {
            let what = radix == 10 ? "a real number" : "an integer"
            throw FormatFailure("%\(Character(ch)) format: \(what) is required, not \(v.typeName)", .typeError)
        }
        var digits = parts.digits
        if let p = spec.precision, p > digits.count { digits = String(repeating: "0", count: p - digits.count) + digits }
        var prefix = ""
        if spec.alternate && radix != 10 { prefix = ch == "o" ? "0o" : "0x" }
        let text = (parts.negative ? "-" : "") + prefix + digits
        return ch == "X" ? text.uppercased() : text
    }

    /// The value of a float conversion: a float, int or bool.
    private func percentDouble(_ v: Value) throws(FormatFailure) -> Double? {
        if case .float(let d) = v { return d }
        return try integerToDouble(v)
    }

    /// Width, sign and zero padding of one converted value.
    private func percentPad(_ str: [Unicode.Scalar], _ ch: Unicode.Scalar, _ spec: PercentSpec, numeric: Bool,
                            into out: inout [Unicode.Scalar]) {
        let fill: Unicode.Scalar = numeric && spec.zero ? "0" : " "
        var len = str.count, start = 0
        var signChar: Unicode.Scalar?
        if numeric {
            if let first = str.first, first == "-" || first == "+" { signChar = first; len -= 1; start = 1 }
            else if spec.plus { signChar = "+" }
            else if spec.blank { signChar = " " }
        }
        var width = max(spec.width ?? 0, len)
        let alt = spec.alternate && (ch == "x" || ch == "X" || ch == "o")
        if let s = signChar {
            if fill != " " { out.append(s) }
            if width > len { width -= 1 }
        }
        if alt {
            if fill != " " { out.append(contentsOf: str[start..<(start + 2)]); start += 2 }
            width = max(0, width - 2)
            len -= 2
        }
        if width > len && !spec.leftJustify {
            out.append(contentsOf: repeatElement(fill, count: width - len))
            width = len
        }
        if fill == " " {
            if let s = signChar { out.append(s) }
            if alt { out.append(contentsOf: str[start..<(start + 2)]); start += 2 }
        }
        out.append(contentsOf: str[start..<(start + len)])
        if width > len { out.append(contentsOf: repeatElement(" ", count: width - len)) }
    }
}

private func asciiDigit(_ c: Unicode.Scalar) -> Int? { c.value >= 48 && c.value <= 57 ? Int(c.value - 48) : nil }
