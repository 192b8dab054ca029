// MD5Tests.swift -- MD5 and WideSum against Python's hashlib.
// Expected values: Golden/md5.txt, written by scripts/golden/repr.py md5.

import Foundation
import Testing
import CfyCore

/// Records of Golden/md5.txt: (kind, argument, expected hex).
func md5Golden() throws -> [(String, String, String)] {
    let here = "\(#filePath)"
    let dir = here.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let text = try String(contentsOfFile: dir + "/Golden/md5.txt", encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
        let f = line.split(separator: " ").map(String.init)
        return (f[0], f.count > 1 ? f[1] : "", f.count > 2 ? f[2] : "")
    }
}

/// The test message of the golden file: byte i is (i*31+7) mod 256.
private func message(_ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) } }

private func unhex(_ s: String) -> [UInt8] {
    if s == "-" { return [] }
    let u = Array(s.utf8)
    return stride(from: 0, to: u.count, by: 2).compactMap { UInt8(String(decoding: u[$0..<$0 + 2], as: UTF8.self), radix: 16) }
}

@Suite struct MD5Tests {
    @Test func rfc1321Suite() throws {
        let rfc = try md5Golden().filter { $0.0 == "rfc" }
        #expect(rfc.count == 7)
        for (_, msg, want) in rfc {
            let bytes = unhex(msg)
            #expect(MD5.hex(bytes) == want)
            #expect(MD5.hex(String(decoding: bytes, as: UTF8.self)) == want)
        }
        #expect(MD5.hex("abc") == "900150983cd24fb0d6963f7d28e17f72")
    }

    @Test func lengthsAroundBlockEdges() throws {
        let cases = try md5Golden().filter { $0.0 == "md5" }
        #expect(cases.count == 18)
        for (_, n, want) in cases {
            let m = message(Int(n) ?? -1)
            #expect(MD5.hex(m) == want, "length \(n)")
            if m.count <= 1000 {       // a non-contiguous collection takes the copying path
                #expect(MD5.hex(m.lazy.map { $0 }) == want, "lazy length \(n)")
                #expect(MD5.hex(m[...].dropFirst(0)) == want, "slice length \(n)")
            }
        }
    }

    @Test func digestIsBigEndianNumber() {
        let (hi, lo) = MD5.digest("abc".utf8)
        #expect(hi == 0x900150983cd24fb0 && lo == 0xd6963f7d28e17f72)
        #expect(MD5.digest("abc") == MD5.digest(Array("abc".utf8)))
        // a substring's utf8 view, and a bridged-looking string made by concatenation
        let s = "xxabcxx".dropFirst(2).dropLast(2)
        #expect(MD5.digest(s.utf8) == (hi, lo))
    }
}

@Suite struct WideSumTests {
    @Test func empty() { #expect(WideSum().hex == "0" && WideSum().isZero) }

    @Test func maximalDigestsCarry() throws {
        for (_, k, want) in try md5Golden().filter({ $0.0 == "summax" }) {
            var s = WideSum()
            for _ in 0..<(Int(k) ?? 0) { s.add((UInt64.max, UInt64.max)) }
            #expect(s.hex == want, "k=\(k)")
        }
    }

    @Test func fieldDigests() throws {
        for (_, k, want) in try md5Golden().filter({ $0.0 == "sumfields" }) {
            var s = WideSum(), halves = (WideSum(), WideSum())
            for i in 0..<(Int(k) ?? 0) {
                let d = MD5.digest("f\(i)".utf8)
                s.add(d)
                if i % 2 == 0 { halves.0.add(d) } else { halves.1.add(d) }
            }
            #expect(s.hex == want, "k=\(k)")
            halves.0.add(halves.1)          // nested sums add up to the same total
            #expect(halves.0 == s)
        }
    }

    @Test func hexPadsInnerLimbs() {
        var s = WideSum()
        s.add((0, 1)); s.add((UInt64.max, UInt64.max))       // = 2^128
        #expect(s.hex == "1" + String(repeating: "0", count: 32))
        #expect(s.limbs == [0, 0, 1])
    }
}
