// ReprTests.swift -- pyFloatRepr / pyStringRepr / pyIsPrintable against CPython.
// Golden files come from scripts/golden/repr.py (run by CPython 3.11).

import Foundation
import Testing
import CfyCore
import CfyDev

/// Path of a golden file, found beside this source file.
private func golden(_ name: String) -> String {
    let here = "\(#filePath)"
    let dir = here.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    return dir + "/Golden/" + name
}

@Suite struct FloatReprTests {
    @Test(arguments: [
        (0.1, "0.1"), (1.0, "1.0"), (1e-05, "1e-05"), (1e16, "1e+16"),
        (1.2345678901234568e+17, "1.2345678901234568e+17"), (-0.0, "-0.0"), (0.0, "0.0"),
        (Double.infinity, "inf"), (-Double.infinity, "-inf"), (Double.nan, "nan"), (-Double.nan, "nan"),
        (Double.signalingNaN, "nan"), (9007199254740994.0, "9007199254740994.0"),
        (123456789012345.6, "123456789012345.6"), (1e100, "1e+100"), (Double(bitPattern: 1), "5e-324"),
        (0.0001, "0.0001"), (1e15, "1000000000000000.0"), (9999999999999998.0, "9999999999999998.0"),
        (-2.5, "-2.5"), (1e22, "1e+22"), (1.7976931348623157e308, "1.7976931348623157e+308"),
        (0.00012, "0.00012"), (1.5e-7, "1.5e-07"), (100.0, "100.0"), (0.25, "0.25"),
    ])
    func spot(_ d: Double, _ want: String) {
        #expect(pyFloatRepr(d) == want)
        #expect(pyFloatStr(d) == want)
    }

    @Test func goldenFloats() {
        let r = ReprSelfCheck.checkFloats(path: golden("floats.txt"))
        #expect(r.checked == 5000)
        #expect(r.mismatches.isEmpty, "\(r.mismatches.prefix(20))")
    }
}

@Suite struct StringReprTests {
    @Test(arguments: [
        ("", "''"), ("a", "'a'"), ("it's", "\"it's\""), ("\"", "'\"'"), ("'\"", "'\\'\"'"),
        ("a\\b", "'a\\\\b'"), ("\n\r\t", "'\\n\\r\\t'"), ("\0", "'\\x00'"), ("\u{7F}", "'\\x7f'"),
        ("\u{200B}", "'\\u200b'"), ("é", "'é'"), ("e\u{301}", "'e\u{301}'"), ("\u{A0}", "'\\xa0'"),
        ("\u{AD}", "'\\xad'"), ("\u{2028}", "'\\u2028'"), ("\u{E000}", "'\\ue000'"),
        ("\u{F0000}", "'\\U000f0000'"), ("😀", "'😀'"), ("\u{1FAE8}", "'\\U0001fae8'"),  // 1FAE8: Unicode 15
        ("\u{3000}", "'\\u3000'"), (" ", "' '"),
    ])
    func spot(_ s: String, _ want: String) {
        #expect(pyStringRepr(s) == want)
    }

    @Test func goldenStrings() {
        let r = ReprSelfCheck.checkStrings(path: golden("strings.txt"))
        #expect(r.checked == 2000)
        #expect(r.mismatches.isEmpty, "\(r.mismatches.prefix(20))")
    }

    /// Every code point's printability, against CPython's runs of equal isprintable().
    @Test func everyScalarPrintable() throws {
        let text = try String(contentsOfFile: golden("printable.txt"), encoding: .utf8)
        var covered = 0, bad: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: " ")
            guard f.count == 3, let a = UInt32(f[0], radix: 16), let b = UInt32(f[1], radix: 16) else {
                Issue.record("malformed line \(line)"); continue
            }
            let want = f[2] == "1"
            for v in a...b {
                covered += 1
                guard let c = Unicode.Scalar(v) else { bad.append("\(v) not a scalar"); continue }
                if pyIsPrintable(c) != want { bad.append(String(v, radix: 16)) }
            }
        }
        #expect(covered == 0x110000 - 0x800)
        #expect(bad.isEmpty, "\(bad.prefix(20))")
    }
}

@Suite struct SelfCheckTests {
    /// A wrong golden record is reported, with its line; a missing file is reported.
    @Test func reportsMismatches() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cfy-selfcheck-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "# header\n3fb999999999999a 0.1\n3ff0000000000000 1\nzz 1.0\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = ReprSelfCheck.checkFloats(path: path)
        #expect(r.checked == 3)
        #expect(r.mismatches == ["line 3: bits 3ff0000000000000: want 1, got 1.0", "line 4: malformed"])
        let s = ReprSelfCheck.checkScalars(path: path + ".missing")
        #expect(s.checked == 0 && s.mismatches.count == 1)
    }
}
