// WideSum (three fixed limbs) against an independent sum kept as hex nibbles: single
// digests, sums of sums (a grid's remembered part), every digit position of the hex.

import Testing
@testable import CfyCore

/// A reference sum: little-endian hex nibbles, added digit by digit.
private struct NibbleSum {
    var nibbles: [UInt8] = []
    mutating func add(_ hi: UInt64, _ lo: UInt64) {
        var carry: UInt8 = 0
        for k in 0..<max(nibbles.count, 32) {
            let limb = k < 16 ? lo : hi
            let d = k < 32 ? UInt8((limb >> UInt64(4 * (k % 16))) & 0xF) : 0
            if k == nibbles.count { nibbles.append(0) }
            let t = nibbles[k] + d + carry
            nibbles[k] = t & 0xF
            carry = t >> 4
        }
        if carry != 0 { nibbles.append(carry) }
    }
    var hex: String {
        let digits = nibbles.reversed().drop { $0 == 0 }
        return digits.isEmpty ? "0" : String(digits.map { Character(String($0, radix: 16)) })
    }
}

@Suite struct WideSumLimbTests {
    @Test func zeroIsZero() { #expect(WideSum().hex == "0") }

    @Test func maximalDigestsCarryAsPythonDoes() throws {
        for (_, k, want) in try md5Golden().filter({ $0.0 == "summax" }) {
            var s = WideSum()
            for _ in 0..<(Int(k) ?? 0) { s.add((UInt64.max, UInt64.max)) }
            #expect(s.hex == want, "k=\(k)")
        }
    }

    @Test func agreesWithANibbleByNibbleSum() {
        var rng = SplitMix(192)
        let extremes: [UInt64] = [0, 1, 0xF, 0x10, UInt64.max, UInt64.max - 1, 1 << 63, 0x0FFF_FFFF_FFFF_FFFF]
        for trial in 0..<2_000 {
            var whole = WideSum(), a = WideSum(), b = WideSum(), reference = NibbleSum()
            for i in 0..<(1 + rng.below(40)) {
                let hi = rng.chance(0.3) ? rng.pick(extremes) : rng.next() >> UInt64(rng.below(64))
                let lo = rng.chance(0.3) ? rng.pick(extremes) : rng.next() >> UInt64(rng.below(64))
                whole.add((hi, lo)); reference.add(hi, lo)
                if i % 3 == 0 { a.add((hi, lo)) } else { b.add((hi, lo)) }
            }
            a.add(b)
            #expect(whole.hex == reference.hex, "trial \(trial)")
            #expect(a.hex == reference.hex, "trial \(trial): a sum of sums")
        }
    }

    @Test func everyDigitPosition() {
        // One nonzero nibble at each of the 48 positions, each value 1...15.
        for pos in 0..<48 {
            for v in UInt64(1)...15 {
                var s = WideSum()
                let shift = UInt64(4 * (pos % 16))
                switch pos / 16 {
                case 0: s.l0 = v << shift
                case 1: s.l1 = v << shift
                default: s.l2 = v << shift
                }
                let want = String(v, radix: 16) + String(repeating: "0", count: pos)
                #expect(s.hex == want)
            }
        }
    }
}

/// The byte appenders args_hash() writes messages with, against Swift's own text.
@Suite struct HashBytesTests {
    @Test func decimalsAsSwiftPrintsThem() {
        var rng = SplitMix(10)
        var cases: [Int64] = [0, 1, -1, 9, 10, -10, 99, 100, Int64.max, Int64.min, Int64.min + 1, 1_000_000_007]
        for _ in 0..<5_000 { cases.append(Int64(bitPattern: rng.next() >> UInt64(rng.below(64)))) }
        for n in cases {
            var out: [UInt8] = [0x78]
            appendDecimal(n, into: &out)
            #expect(out == [0x78] + Array(String(n).utf8), "\(n)")
        }
    }

    @Test func utf8AsItIs() {
        for s in ["", "seed", "héllo 中文 ✓", String(repeating: "a", count: 100), "\u{0}x", "🦆"] {
            var out: [UInt8] = [1]
            appendUTF8(s, into: &out)
            #expect(out == [1] + Array(s.utf8))
        }
    }
}
