// Sum192, the fixed-width sum args_hash() adds digests into, against WideSum (whose hex is checked
// against Python's in WideSumTests): single digests, sums of sums (a grid's remembered part), hex.

import Testing
@testable import CfyCore

@Suite struct Sum192Tests {
    @Test func zeroIsZero() { #expect(Sum192().hex == "0") }

    @Test func maximalDigestsCarryAsPythonDoes() throws {
        for (_, k, want) in try md5Golden().filter({ $0.0 == "summax" }) {
            var s = Sum192()
            for _ in 0..<(Int(k) ?? 0) { s.add((UInt64.max, UInt64.max)) }
            #expect(s.hex == want, "k=\(k)")
        }
    }

    @Test func agreesWithWideSum() {
        var rng = SplitMix(192)
        let extremes: [UInt64] = [0, 1, 0xF, 0x10, UInt64.max, UInt64.max - 1, 1 << 63, 0x0FFF_FFFF_FFFF_FFFF]
        for trial in 0..<2_000 {
            var whole = Sum192(), a = Sum192(), b = Sum192(), wide = WideSum()
            for i in 0..<(1 + rng.below(40)) {
                let hi = rng.chance(0.3) ? rng.pick(extremes) : rng.next() >> UInt64(rng.below(64))
                let lo = rng.chance(0.3) ? rng.pick(extremes) : rng.next() >> UInt64(rng.below(64))
                whole.add((hi, lo)); wide.add((hi, lo))
                if i % 3 == 0 { a.add((hi, lo)) } else { b.add((hi, lo)) }
            }
            a.add(b)
            #expect(whole.hex == wide.hex, "trial \(trial)")
            #expect(a.hex == wide.hex, "trial \(trial): a sum of sums")
        }
    }

    @Test func everyDigitPosition() {
        // One nonzero nibble at each of the 48 positions, each value 1...15.
        for pos in 0..<48 {
            for v in UInt64(1)...15 {
                var s = Sum192()
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
