// FormatSpec: parsing Python 3.11's format-spec mini-language, as CPython's
// parse_internal_render_format_spec does (Python/formatter_unicode.c):
//
//     [[fill]align][sign][z][#][0][width][grouping][.precision][type]

/// A formatting error with its Python exception kind; the interpreter adds the location.
struct FormatFailure: Error {
    var kind: ErrorKind
    var message: String
    init(_ message: String, _ kind: ErrorKind = .valueError) { self.kind = kind; self.message = message }
}

/// Thousands separators: none, every 3 digits (`,` or `_`), or `_` every 4 digits (b o x X).
enum Grouping: Equatable {
    case none, comma, underscore, underscoreFour

    var separator: Unicode.Scalar? {
        switch self {
        case .none: return nil
        case .comma: return ","
        case .underscore, .underscoreFour: return "_"
        }
    }
    var size: Int { self == .underscoreFour ? 4 : 3 }
}

/// A parsed format spec. `width` and `precision` are nil when absent; `type` is the default
/// type of the value's formatter when absent (`d` for int, `s` for str, nil for float).
struct FormatSpec {
    var fill: Unicode.Scalar = " "
    var align: Unicode.Scalar
    var sign: Unicode.Scalar?
    var noNegZero = false
    var alternate = false
    var width: Int?
    var grouping = Grouping.none
    var precision: Int?
    var type: Unicode.Scalar?

    /// Parses `spec` for a value of `typeName` whose formatter defaults to `defaultType` and
    /// `defaultAlign` (`>` for numbers, `<` for strings).
    init(_ spec: String, typeName: String, defaultType: Unicode.Scalar?, defaultAlign: Unicode.Scalar) throws(FormatFailure) {
        let cs = Array(spec.unicodeScalars)
        let end = cs.count
        var pos = 0
        align = defaultAlign
        type = defaultType
        var alignGiven = false, fillGiven = false
        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "=" || c == "^" }
        if end >= 2, isAlign(cs[1]) {
            fill = cs[0]; align = cs[1]; fillGiven = true; alignGiven = true; pos = 2
        } else if end >= 1, isAlign(cs[0]) {
            align = cs[0]; alignGiven = true; pos = 1
        }
        if pos < end, cs[pos] == "+" || cs[pos] == "-" || cs[pos] == " " { sign = cs[pos]; pos += 1 }
        if pos < end, cs[pos] == "z" { noNegZero = true; pos += 1 }
        if pos < end, cs[pos] == "#" { alternate = true; pos += 1 }
        if !fillGiven, pos < end, cs[pos] == "0" {
            fill = "0"
            if !alignGiven, defaultAlign == ">" { align = "=" }
            pos += 1
        }
        width = try FormatSpec.integer(cs, &pos)
        if pos < end, cs[pos] == "," { grouping = .comma; pos += 1 }
        if pos < end, cs[pos] == "_" {
            if grouping != .none { throw FormatFailure("Cannot specify both ',' and '_'.") }
            grouping = .underscore; pos += 1
        }
        if pos < end, cs[pos] == "," { throw FormatFailure("Cannot specify both ',' and '_'.") }
        if pos < end, cs[pos] == "." {
            pos += 1
            guard let p = try FormatSpec.integer(cs, &pos) else { throw FormatFailure("Format specifier missing precision") }
            precision = p
        }
        if end - pos > 1 {
            throw FormatFailure("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if end - pos == 1 { type = cs[pos] }
        if grouping != .none {
            switch type {
            case "d", "e", "f", "g", "E", "G", "%", "F", nil: break
            case "b" where grouping == .underscore, "o" where grouping == .underscore,
                 "x" where grouping == .underscore, "X" where grouping == .underscore:
                grouping = .underscoreFour
            default: throw badGrouping()
            }
        }
    }

    private func badGrouping() -> FormatFailure {
        FormatFailure("Cannot specify '\(grouping == .comma ? "," : "_")' with \(FormatSpec.describe(type ?? "\0")).")
    }

    /// `'x'` for printable ASCII, `'\x1'` otherwise, as CPython's messages quote a type code.
    static func describe(_ c: Unicode.Scalar) -> String {
        c.value > 32 && c.value < 128 ? "'\(Character(c))'" : "'\\x\(String(c.value, radix: 16))'"
    }

    /// `Unknown format code 'x' for object of type 'T'`.
    static func unknownType(_ c: Unicode.Scalar?, _ typeName: String) -> FormatFailure {
        FormatFailure("Unknown format code \(describe(c ?? "\0")) for object of type '\(typeName)'")
    }

    /// Decimal digits (any Unicode 14.0 decimal digit, as Python's `Py_UNICODE_TODECIMAL`) at
    /// `pos` as an integer; nil when there are none.
    static func integer(_ cs: [Unicode.Scalar], _ pos: inout Int) throws(FormatFailure) -> Int? {
        var n = 0, count = 0
        while pos < cs.count, let d = decimalValue(cs[pos]) {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { throw FormatFailure("Too many decimal digits in format string") }
            n = s; pos += 1; count += 1
        }
        return count == 0 ? nil : n
    }
}

/// The value of a decimal digit (general category Nd) assigned by Unicode 14.0, else nil.
func decimalValue(_ c: Unicode.Scalar) -> Int? {
    if c.value >= 48 && c.value <= 57 { return Int(c.value - 48) }
    if c.value < 128 { return nil }
    let p = c.properties
    guard p.numericType == .decimal, let v = p.numericValue, let age = p.age,
          age.major < 14 || (age.major == 14 && age.minor == 0) else { return nil }
    return Int(v)
}
