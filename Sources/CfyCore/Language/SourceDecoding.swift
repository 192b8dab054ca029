// SourceDecoding: file bytes → Source. Strict UTF-8, a BOM dropped, line endings made `\n`.

/// Decodes a file's bytes. Invalid UTF-8 or a NUL byte (as in Python: "source code cannot
/// contain null bytes") is an error at the line:col of the first bad byte, quoting no line;
/// a UTF-8 BOM is dropped; `\r\n` and lone `\r` become `\n` (as Python reads source).
///
/// ```swift
/// decodeSource(Array("x = 1\n".utf8), name: "a.cfy", directory: nil)   // .success(Source)
/// decodeSource([0x78, 0xFF], name: "a.cfy", directory: nil)
/// // .failure: a.cfy:1:2: error: invalid UTF-8 byte 0xff
/// ```
public func decodeSource(_ bytes: [UInt8], name: String, directory: String?) -> Result<Source, Diagnostic> {
    var b: [UInt8] = []
    b.reserveCapacity(bytes.count)
    var k = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while k < bytes.count {
        let c = bytes[k]
        if c == 0x0D {
            b.append(0x0A)
            if k + 1 < bytes.count, bytes[k + 1] == 0x0A { k += 1 }
        } else {
            b.append(c)
        }
        k += 1
    }
    if let bad = firstInvalidUTF8(b) {
        var line = 1, col = 1, i = 0
        while i < bad {
            if b[i] == 0x0A { line += 1; col = 1 } else if b[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        let hex = String(b[bad], radix: 16)
        // Not source text: the location is reported, no line of it is quoted.
        let shown = Source(name: name, text: "", directory: directory)
        return .failure(Diagnostic(b[bad] == 0 ? "source code cannot contain null bytes"
                                                 : "invalid UTF-8 byte 0x\(hex.count < 2 ? "0" + hex : hex)",
                                   at: Loc(line: line, col: col), in: shown, kind: .syntaxError))
    }
    return .success(Source(name: name, text: String(decoding: b, as: UTF8.self), directory: directory))
}

/// Index of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
/// overlong forms, no surrogates, nothing above U+10FFFF) or is NUL, or nil.
func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
    var i = 0
    while i < b.count {
        let c = b[i]
        if c < 0x80 { if c == 0 { return i }; i += 1; continue }
        let n: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF      // allowed range of the second byte
        switch c {
        case 0xC2...0xDF: n = 2
        case 0xE0: n = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: n = 3
        case 0xED: n = 3; hi = 0x9F
        case 0xF0: n = 4; lo = 0x90
        case 0xF1...0xF3: n = 4
        case 0xF4: n = 4; hi = 0x8F
        default: return i
        }
        guard i + n <= b.count, b[i + 1] >= lo, b[i + 1] <= hi else { return i }
        for j in 2..<max(2, n) where b[i + j] & 0xC0 != 0x80 { return i }
        i += n
    }
    return nil
}
