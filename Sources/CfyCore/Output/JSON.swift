// JSON: a small writer for machine-readable output (--json), deterministic and diff-friendly.

/// A JSON value.
public indirect enum JSON: Sendable {
    case null, bool(Bool), int(Int64), double(Double), string(String)
    /// An int past 64 bits, as its decimal digits (JSON numbers have no size limit).
    case bigint(BigInt)
    case array([JSON])
    case object([(String, JSON)])

    /// Compact text (`pretty: false`) or indented by two spaces.
    public func text(pretty: Bool = false, indent: Int = 0) -> String {
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let end = pretty ? "\n" + String(repeating: "  ", count: indent) : ""
        let sep = pretty ? ",\n" : ", "
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .bigint(let b): return (b.negative ? "-" : "") + b.magnitudeDigits()
        case .double(let d): return d.isFinite ? pyFloatRepr(d) : "null"
        case .string(let s): return jsonString(s)
        case .array(let xs):
            if xs.isEmpty { return "[]" }
            return "[" + (pretty ? "\n" : "") + xs.map { pad + $0.text(pretty: pretty, indent: indent + 1) }
                .joined(separator: sep) + end + "]"
        case .object(let kvs):
            if kvs.isEmpty { return "{}" }
            return "{" + (pretty ? "\n" : "") + kvs.map { pad + jsonString($0.0) + ": " + $0.1.text(pretty: pretty, indent: indent + 1) }
                .joined(separator: sep) + end + "}"
        }
    }
}

/// A JSON string literal: `"`, `\` and control characters escaped. Non-ASCII is kept as UTF-8
/// (cfy's own JSON output), or with `asciiOnly` escaped as Python's `json` does with
/// `ensure_ascii=True` (`\b`, `\f`, `\u00e9`, astral characters as a surrogate pair), which
/// curifactory's registry files are written with.
///
///     jsonString("a\"é")                   // "a\"é"
///     jsonString("é😀", asciiOnly: true)     // "\u00e9\ud83d\ude00"
public func jsonString(_ s: String, asciiOnly: Bool = false) -> String {
    var out = "\""
    func u4(_ v: UInt32) {
        let digits = String(v, radix: 16)
        out += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}" where asciiOnly: out += "\\b"
        case "\u{0C}" where asciiOnly: out += "\\f"
        default:
            if u.value < 0x20 || u.value == 0x7F {
                u4(u.value)
            } else if u.value < 0x80 || !asciiOnly {
                out.unicodeScalars.append(u)
            } else if u.value > 0xFFFF {
                let v = u.value - 0x10000
                u4(0xD800 | (v >> 10))
                u4(0xDC00 | (v & 0x3FF))
            } else {
                u4(u.value)
            }
        }
    }
    return out + "\""
}

extension JSON {
    /// A value as JSON: tuples and lists as arrays, dicts as objects (keys through `str`), other
    /// values (functions, instances) as their repr string.
    public init(_ v: Value, repr: (Value) throws -> String) rethrows {
        switch v {
        case .none: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .bigint(let b): self = .bigint(b)
        case .float(let d): self = .double(d)
        case .str(let s): self = .string(s)
        case .list(let xs), .tuple(let xs): self = .array(try xs.map { try JSON($0, repr: repr) })
        case .dict(let d):
            self = .object(try d.entries.map { (k, x) in
                let key: String
                if case .str(let s) = k { key = s } else { key = try repr(k) }
                return (key, try JSON(x, repr: repr))
            })
        default: self = .string(try repr(v))
        }
    }
}
