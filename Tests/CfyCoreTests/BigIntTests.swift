// BigInt: the arbitrary-precision int behind Value.bigint. Identities over many operands, and
// values computed by CPython 3.11.

@testable import CfyCore
import Testing

private func big(_ s: String) -> BigInt {
    let neg = s.hasPrefix("-")
    return BigInt(digits: Substring(neg ? String(s.dropFirst()) : s).utf8, radix: 10, negative: neg) ?? BigInt(0)
}

private func text(_ b: BigInt) -> String { (b.negative ? "-" : "") + b.magnitudeDigits() }

/// Deterministic operands of 1 to ~20 limbs, both signs, some with all-ones or zero limbs.
private let operands: [BigInt] = {
    var out: [BigInt] = []
    var x: UInt64 = 0x9E3779B97F4A7C15
    for i in 0..<60 {
        var limbs: [UInt64] = []
        for _ in 0...(i % 20) {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            limbs.append(i % 7 == 0 ? .max : (i % 5 == 0 ? 0 : x))
        }
        if limbs.last == 0 { limbs[limbs.count - 1] = 1 }
        out.append(BigInt(negative: i % 2 == 1, mag: limbs))
    }
    return out + [BigInt(1), BigInt(-1), BigInt(Int64.max), BigInt(Int64.min)]
}()

@Suite struct BigIntTests {
    @Test func cpythonValues() {
        #expect("0x" + big("515377520732011331036461129765621272702107522001").magnitudeDigits(radix: 16)
                == "0x5a4653ca673768565b41f775d6947d55cf3813d1")                      // hex(3**100)
        let (q, r) = (big("-1361129467683753853853498429727072833479") ).floorDivMod(big("18446744073709551619"))
        #expect(text(q) == "-73786976294838206452" && text(r) == "12309")               // divmod(-(2**130)+12345, 2**64+3)
        #expect(BigInt(1).shiftedLeft(54).shiftedLeft(0) + BigInt(3) == big("18014398509481987"))
        #expect((big("18014398509481987").double ?? 0) == 1.8014398509481988e+16)       // float(2**54+3), half-even
        #expect(BigInt.trueDivide(big("18446744073709551617"), big("18446744073709551615")) == 1.0)
        #expect(text((-BigInt(1).shiftedLeft(100)).shiftedRight(70)) == "-1073741824")
        #expect(text(BigInt.bitwise(.and, -BigInt(1).shiftedLeft(100) + BigInt(1), BigInt(0xffff))) == "1")
        #expect(text(BigInt.bitwise(.xor, BigInt(1).shiftedLeft(70), -BigInt(1).shiftedLeft(65))) == "-1217485108864830406656")
        #expect(text(BigInt(5).modPow(BigInt(1).shiftedLeft(100), big("2305843009213693951"))) == "384904227086860771")
        #expect(text(BigInt(3).modInverse(big("18446744073709551629")) ?? BigInt(0)) == "6148914691236517210")
        #expect(big("-1798465042647412146620280340569649349251249") == -BigInt(7).power(50))
    }

    @Test func divisionIdentity() {
        for a in operands {
            for b in operands where !b.isZero {
                let (q, r) = a.floorDivMod(b)
                #expect(q * b + r == a)
                #expect(r.isZero || r.negative == b.negative)
                #expect(BigInt.compare(r.magnitude, b.magnitude) < 0)
            }
        }
    }

    @Test func ringIdentities() {
        for (a, b) in zip(operands, operands.reversed()) {
            #expect(a + b - b == a)
            #expect((a * b).floorDivMod(b).q == a || b.isZero)
            #expect(a * (b + BigInt(1)) == a * b + a)
            #expect(BigInt.bitwise(.xor, BigInt.bitwise(.xor, a, b), b) == a)
            #expect(BigInt.bitwise(.and, a, b) + BigInt.bitwise(.or, a, b) == a + b)
            #expect(a.inverted == -a - BigInt(1))
        }
    }

    @Test func shiftsAreFloorMultiplication() {
        for a in operands {
            for n in [0, 1, 63, 64, 65, 130, 2000] {
                let p = BigInt(1).shiftedLeft(n)
                #expect(a.shiftedLeft(n) == a * p)
                #expect(a.shiftedRight(n) == a.floorDivMod(p).q)
            }
        }
    }

    @Test func textRoundTrips() {
        for a in operands {
            for radix in [2, 8, 10, 16, 36] {
                let d = a.magnitudeDigits(radix: radix)
                #expect(BigInt(digits: Substring(d).utf8, radix: radix, negative: a.negative) == a)
            }
        }
        #expect(BigInt(digits: Substring("12a").utf8, radix: 10) == nil)
    }

    @Test func normalisation() {
        #expect(BigInt(negative: true, mag: [0, 0]) == BigInt(0))
        #expect(!BigInt(negative: true, mag: []).negative)
        #expect(BigInt(negative: true, mag: [1 << 63]).int64 == Int64.min)
        #expect(BigInt(negative: false, mag: [1 << 63]).int64 == nil)
        if case .int(let i) = Value.integer(BigInt(Int64.max) + BigInt(1) - BigInt(1)) { #expect(i == .max) }
        else { Issue.record("a result that fits is not .int") }
    }

    @Test func floatConversions() {
        #expect(BigInt(truncating: 1e300).double == 1e300)
        #expect(BigInt(truncating: -0x1p80) == -BigInt(1).shiftedLeft(80))
        #expect(BigInt(1).shiftedLeft(1024).double == nil)
        #expect((BigInt(1).shiftedLeft(1024) - BigInt(1)).double == nil)           // rounds up to 2**1024
        #expect((BigInt(1).shiftedLeft(1024) - BigInt(1).shiftedLeft(970)).double == nil)          // a tie: to 2**1024
        #expect((BigInt(1).shiftedLeft(1024) - BigInt(1).shiftedLeft(971)).double == .greatestFiniteMagnitude)
        #expect(BigInt(1).shiftedLeft(64).compare(toDouble: 0x1p64) == 0)
        #expect((BigInt(1).shiftedLeft(64) + BigInt(1)).compare(toDouble: 0x1p64) == 1)
        #expect(BigInt(1).shiftedLeft(64).compare(toDouble: .nan) == nil)
        #expect(BigInt.trueDivide(BigInt(1), BigInt(1).shiftedLeft(1100)) == 0)
        #expect(BigInt.trueDivide(BigInt(1).shiftedLeft(2000), BigInt(3)) == nil)
    }
}
