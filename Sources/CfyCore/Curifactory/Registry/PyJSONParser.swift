// PyJSONParser: Python's json.load — strict JSON plus NaN/Infinity, duplicate keys keep the first
// place and the last value, integers of any size.

/// Why a document is not JSON, with the line and column (1-based) where reading stopped.
public struct PyJSONError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int
    public var description: String { "\(message): line \(line) column \(column)" }
}

extension PyJSON {
    /// Parses a whole document as `json.loads` does (leading and trailing whitespace allowed).
    ///
    /// ```swift
    /// try PyJSON.parse(#"{"a": [1, 2.5, NaN]}"#)["a"]   // .array([.int("1"), .float(2.5), .float(.nan)])
    /// ```
    public static func parse(_ text: String) throws -> PyJSON {
        var p = PyJSONReader(Array(text.utf8))
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        if p.i < p.bytes.count { throw p.error("Extra data") }
        return v
    }
}

struct PyJSONReader {
    let bytes: [UInt8]
    var i = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func error(_ message: String) -> PyJSONError {
        var line = 1, col = 1
        for b in bytes[..<min(i, bytes.count)] { if b == 0x0A { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 } }
        return PyJSONError(message: message, line: line, column: col)
    }

    mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func literal(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { return false }
        i += w.count
        return true
    }

    mutating func value(depth: Int) throws -> PyJSON {
        if depth > 900 { throw error("document nested too deeply") }
        guard let c = peek() else { throw error("Expecting value") }
        switch c {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "n") where literal("null"): return .null
        case UInt8(ascii: "t") where literal("true"): return .bool(true)
        case UInt8(ascii: "f") where literal("false"): return .bool(false)
        case UInt8(ascii: "N") where literal("NaN"): return .float(.nan)
        case UInt8(ascii: "I") where literal("Infinity"): return .float(.infinity)
        case UInt8(ascii: "-") where literal("-Infinity"): return .float(-.infinity)
        default:
            if c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) { return try number() }
            throw error("Expecting value")
        }
    }

    mutating func object(depth: Int) throws -> PyJSON {
        i += 1
        var kvs: [(key: String, value: PyJSON)] = []
        var index: [PyStr: Int] = [:]
        skipSpace()
        if peek() == UInt8(ascii: "}") { i += 1; return .object(kvs) }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else { throw error("Expecting property name enclosed in double quotes") }
            let key = try string()
            skipSpace()
            guard peek() == UInt8(ascii: ":") else { throw error("Expecting ':' delimiter") }
            i += 1
            skipSpace()
            let v = try value(depth: depth + 1)
            if let k = index[PyStr(key)] { kvs[k].value = v } else { index[PyStr(key)] = kvs.count; kvs.append((key, v)) }
            skipSpace()
            switch peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"): i += 1; return .object(kvs)
            default: throw error("Expecting ',' delimiter")
            }
        }
    }

    mutating func array(depth: Int) throws -> PyJSON {
        i += 1
        var xs: [PyJSON] = []
        skipSpace()
        if peek() == UInt8(ascii: "]") { i += 1; return .array(xs) }
        while true {
            skipSpace()
            xs.append(try value(depth: depth + 1))
            skipSpace()
            switch peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; return .array(xs)
            default: throw error("Expecting ',' delimiter")
            }
        }
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)
        else { throw error("Invalid \\uXXXX escape") }
        i += 4
        return v
    }

    mutating func string() throws -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard let c = peek() else { throw error("Unterminated string starting at") }
            i += 1
            if c == UInt8(ascii: "\"") { break }
            if c < 0x20 { i -= 1; throw error("Invalid control character at") }
            if c != UInt8(ascii: "\\") { out.append(c); continue }
            guard let e = peek() else { throw error("Unterminated string starting at") }
            i += 1
            var scalar: UInt32
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e); continue
            case UInt8(ascii: "b"): out.append(0x08); continue
            case UInt8(ascii: "f"): out.append(0x0C); continue
            case UInt8(ascii: "n"): out.append(0x0A); continue
            case UInt8(ascii: "r"): out.append(0x0D); continue
            case UInt8(ascii: "t"): out.append(0x09); continue
            case UInt8(ascii: "u"):
                scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), literal("\\u") {
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in \\u escape (cfy cannot keep it)") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
            default: i -= 1; throw error("Invalid \\escape")
            }
            guard let u = Unicode.Scalar(scalar) else { throw error("unpaired surrogate in \\u escape (cfy cannot keep it)") }
            out.append(contentsOf: Array(String(Character(u)).utf8))
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8 in string") }
        return s
    }

    mutating func number() throws -> PyJSON {
        let start = i
        if peek() == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int { let s = i; while let c = peek(), c >= 0x30, c <= 0x39 { i += 1 }; return i - s }
        guard let first = peek(), first >= 0x30, first <= 0x39 else { i = start; throw error("Expecting value") }
        if first == 0x30 { i += 1 } else { _ = digits() }
        var isFloat = false
        if peek() == UInt8(ascii: "."), i + 1 < bytes.count, bytes[i + 1] >= 0x30, bytes[i + 1] <= 0x39 {
            i += 1; _ = digits(); isFloat = true
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            let save = i
            i += 1
            if let s = peek(), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { i = save } else { isFloat = true }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if isFloat {
            guard let d = Double(text) else { throw error("bad number") }
            return .float(d)
        }
        return .int(text == "-0" ? "0" : text)
    }
}
