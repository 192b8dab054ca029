// Methods of int (and bool, its subclass) and float, as CPython 3.11 has them: bit_length,
// bit_count, as_integer_ratio, conjugate; float's is_integer and hex. (int.is_integer is 3.12's.)

import Foundation

extension Interpreter {
    /// A method of an int, bool or float; nil when `recv` is none of those.
    func numberMethod(_ recv: Value, _ name: String, _ a: Args, _ l: Loc) throws -> Value? {
        switch recv {
        case .int, .bool, .bigint:
            let n: Value = asInt(recv).map(Value.int) ?? recv          // a bool as the int it is
            switch name {
            case "bit_length":
                try arity(name, a, 0...0, l)
                if case .bigint(let b) = n { return .int(Int64(b.bitLength)) }
                return .int(Int64(64 - (asInt(n) ?? 0).magnitude.leadingZeroBitCount))
            case "bit_count":
                try arity(name, a, 0...0, l)
                if case .bigint(let b) = n { return .int(Int64(b.mag.reduce(0) { $0 + $1.nonzeroBitCount })) }
                return .int(Int64((asInt(n) ?? 0).magnitude.nonzeroBitCount))
            case "as_integer_ratio":
                try arity(name, a, 0...0, l)
                return .tuple([n, .int(1)])
            case "conjugate":
                try arity(name, a, 0...0, l)
                return n
            default: return nil
            }
        case .float(let d):
            switch name {
            case "is_integer":
                try arity(name, a, 0...0, l)
                return .bool(d.isFinite && d == d.rounded())
            case "hex":
                try arity(name, a, 0...0, l)
                return .str(floatHex(d))
            case "conjugate":
                try arity(name, a, 0...0, l)
                return recv
            case "as_integer_ratio":
                try arity(name, a, 0...0, l)
                if d.isNaN { throw fail("cannot convert NaN to integer ratio", l, .valueError) }
                if d.isInfinite { throw fail("cannot convert Infinity to integer ratio", l, .overflowError) }
                if d == 0 { return .tuple([.int(0), .int(1)]) }
                // d = m * 2**e with m odd.
                var m = Int64(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0))
                var e = Int64(d.exponent) - 52
                if !d.isNormal { e = -1074 }
                let shift = Int64(m.trailingZeroBitCount)
                m >>= shift; e += shift
                let num: Value = .int(d < 0 ? -m : m)
                if e >= 0 { return .tuple([try binary(.shl, num, .int(e), l), .int(1)]) }
                return .tuple([num, try binary(.shl, .int(1), .int(-e), l)])
            default: return nil
            }
        default: return nil
        }
    }
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals `0x0.…p-1022`, `0x0.0p+0`, `inf`, `nan`.
func floatHex(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0x0.0p+0" }
    let frac = String(d.significandBitPattern, radix: 16)
    let digits = String(repeating: "0", count: 13 - frac.count) + frac
    let lead = d.isNormal ? "1" : "0"
    let exp = d.isNormal ? Int(d.exponent) : -1022
    return sign + "0x" + lead + "." + digits + "p" + (exp < 0 ? "-" : "+") + String(Swift.abs(exp))
}
