// ReprSelfCheck.swift -- check pyFloatRepr / pyStringRepr against CPython's
// golden files, as written by scripts/golden/repr.py (its docstring has the
// formats).  Test-only code (the CfyDev library, not part of cfy): `cfy-dev
// selfcheck`, which scripts/repr-parity runs over a million doubles and every
// code point, and the unit tests, which run small files.
//
// Each check returns how many records it compared and one line per mismatch
// ("line N: ..."); an unreadable file or malformed record is a mismatch too.

import CfyCore
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Checks cfy's Python reprs against golden files made by CPython.
///
///     let r = ReprSelfCheck.checkFloats(path: "floats.txt")
///     print(r.checked, r.mismatches.count)
public enum ReprSelfCheck {
    /// Lines `<16 hex IEEE bits> <repr>`.
    public static func checkFloats(path: String) -> (checked: Int, mismatches: [String]) {
        check(path) { f0, f1 in
            guard f0.count == 16, let b = parseHex(f0) else { return "malformed" }
            let d = Double(bitPattern: b)
            let got = pyFloatRepr(d)
            return got.utf8.elementsEqual(f1) ? nil : "bits \(ascii(f0)): want \(ascii(f1)), got \(got)"
        }
    }

    /// Lines `<hex code point> <hex UTF-8 of repr(chr(c))>`.
    public static func checkScalars(path: String) -> (checked: Int, mismatches: [String]) {
        check(path) { f0, f1 in
            guard let v = parseHex(f0), let c = Unicode.Scalar(UInt32(truncatingIfNeeded: v)),
                  v <= 0x10FFFF, let want = hexBytes(f1) else { return "malformed" }
            let got = pyStringRepr(String(c))
            return got.utf8.elementsEqual(want) ? nil
                : "U+\(ascii(f0)): want \(shown(want)), got \(got)"
        }
    }

    /// Lines `<hex UTF-8 of s, or -> <hex UTF-8 of repr(s)>`.
    public static func checkStrings(path: String) -> (checked: Int, mismatches: [String]) {
        check(path) { f0, f1 in
            guard let s = hexBytes(f0), let want = hexBytes(f1) else { return "malformed" }
            let got = pyStringRepr(String(decoding: s, as: UTF8.self))
            return got.utf8.elementsEqual(want) ? nil
                : "\(ascii(f0)): want \(shown(want)), got \(got)"
        }
    }
}

// -- file walking -------------------------------------------------------------

/// Runs `cmp` on the two fields of every record line of the file at `path`.
/// `cmp` returns nil on a match, else a description of the mismatch.
private func check(_ path: String,
                   _ cmp: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> String?) -> (checked: Int, mismatches: [String]) {
    guard let data = readFile(path) else { return (0, ["cannot read \(path)"]) }
    var checked = 0, bad: [String] = [], lineNo = 0, start = 0
    while start < data.count {
        var end = start
        while end < data.count && data[end] != 0x0A { end += 1 }
        lineNo += 1
        let line = data[start..<end]
        start = end + 1
        if line.isEmpty || line.first == 0x23 { continue }       // blank, '#'
        checked += 1
        guard let sp = line.firstIndex(of: 0x20) else { bad.append("line \(lineNo): malformed"); continue }
        if let m = cmp(line[line.startIndex..<sp], line[(sp + 1)...]) { bad.append("line \(lineNo): \(m)") }
    }
    return (checked, bad)
}

/// The whole file, or nil if it cannot be read.
private func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
        if n > 0 { out.append(contentsOf: chunk[0..<n]) }
        if n < chunk.count { break }
    }
    return ferror(f) == 0 ? out : nil
}

// -- field decoding -----------------------------------------------------------

/// A hex number of up to 16 digits.
private func parseHex(_ s: ArraySlice<UInt8>) -> UInt64? {
    guard !s.isEmpty, s.count <= 16 else { return nil }
    var v: UInt64 = 0
    for c in s {
        guard let n = nibble(c) else { return nil }
        v = v << 4 | UInt64(n)
    }
    return v
}

/// Bytes from a hex string; "-" is the empty byte string.
private func hexBytes(_ s: ArraySlice<UInt8>) -> [UInt8]? {
    if s.elementsEqual([0x2D]) { return [] }
    guard s.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(s.count / 2)
    var i = s.startIndex
    while i < s.endIndex {
        guard let h = nibble(s[i]), let l = nibble(s[i + 1]) else { return nil }
        out.append(h << 4 | l)
        i += 2
    }
    return out
}

private func nibble(_ c: UInt8) -> UInt8? {
    switch c {
    case 0x30...0x39: return c - 0x30
    case 0x61...0x66: return c - 0x57
    case 0x41...0x46: return c - 0x37
    default: return nil
    }
}

private func ascii(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self) }
private func shown(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }
