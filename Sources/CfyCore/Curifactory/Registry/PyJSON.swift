// PyJSON: JSON as Python's json module reads and writes it, so a file curifactory wrote can be
// read, merged and written back byte for byte as curifactory itself would.

/// A JSON document in Python's model: objects keep key order, integers keep all their digits,
/// floats are doubles (`NaN` and `±Infinity` allowed, as Python allows them).
///
/// ```swift
/// let doc = PyJSON.object([("a", .int("1")), ("b", .array([.float(0.5), .null]))])
/// doc.dumped()   // "{\n    \"a\": 1,\n    \"b\": [\n        0.5,\n        null\n    ]\n}"
/// ```
public indirect enum PyJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    /// An integer as Python prints it (any size): `0`, `-12`, `123456789012345678901234567890`.
    case int(String)
    case float(Double)
    case string(String)
    case array([PyJSON])
    case object([(key: String, value: PyJSON)])

    public static func == (a: PyJSON, b: PyJSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
        case (.string(let x), .string(let y)): return strEq(x, y)
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { strEq($0.key, $1.key) && $0.value == $1.value }
        default: return false
        }
    }

    /// The value for `key` in an object (the last one, as Python's dict keeps it), else nil.
    public subscript(key: String) -> PyJSON? {
        guard case .object(let kvs) = self else { return nil }
        return kvs.last { strEq($0.key, key) }?.value
    }

    /// The string, if this is one.
    public var string: String? { if case .string(let s) = self { return s } else { return nil } }

    /// The entries, if this is an object.
    public var entries: [(key: String, value: PyJSON)]? { if case .object(let kvs) = self { return kvs } else { return nil } }

    /// Sets `key` as a Python dict does: an existing key keeps its place, a new one goes last.
    public mutating func set(_ key: String, _ value: PyJSON) {
        guard case .object(var kvs) = self else { return }
        if let i = kvs.firstIndex(where: { strEq($0.key, key) }) { kvs[i].value = value } else { kvs.append((key, value)) }
        self = .object(kvs)
    }

    /// `json.dumps(x, indent=indent)` with Python's defaults (`ensure_ascii=True`); `indent: nil`
    /// gives the one-line form with `", "` and `": "` separators.
    public func dumped(indent: Int? = 4) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0)
        return out
    }

    private func write(into out: inout String, indent: Int?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let digits): out += digits
        case .float(let d): out += pyJSONFloat(d)
        case .string(let s): out += pyJSONString(s)
        case .array(let xs):
            if xs.isEmpty { out += "[]"; return }
            out += "["
            for (i, x) in xs.enumerated() {
                out += i == 0 ? newline(indent, level + 1) : "," + (indent == nil ? " " : newline(indent, level + 1))
                x.write(into: &out, indent: indent, level: level + 1)
            }
            out += newline(indent, level) + "]"
        case .object(let kvs):
            if kvs.isEmpty { out += "{}"; return }
            out += "{"
            for (i, kv) in kvs.enumerated() {
                out += i == 0 ? newline(indent, level + 1) : "," + (indent == nil ? " " : newline(indent, level + 1))
                out += pyJSONString(kv.key) + ": "
                kv.value.write(into: &out, indent: indent, level: level + 1)
            }
            out += newline(indent, level) + "}"
        }
    }

    private func newline(_ indent: Int?, _ level: Int) -> String {
        guard let indent else { return "" }
        return "\n" + String(repeating: " ", count: indent * level)
    }
}

/// A float as Python's json writes it: `repr`, or `NaN`, `Infinity`, `-Infinity`.
public func pyJSONFloat(_ d: Double) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
    return pyFloatRepr(d)
}

/// A string as Python's json writes it with `ensure_ascii=True` (see `jsonString`).
public func pyJSONString(_ s: String) -> String { jsonString(s, asciiOnly: true) }
