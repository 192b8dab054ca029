// Methods of int (and bool, its subclass) and float, as CPython 3.11 has them: bit_length,
// bit_count, as_integer_ratio, conjugate; float's is_integer and hex. (int.is_integer is 3.12's.)

import Foundation

/// A method without arguments, of an int (a bool as the int it is) or of a float.
private func int(_ name: String, _ doc: String, _ f: @escaping @Sendable (BuiltinContext, Value, Loc) throws -> Value) -> MethodDecl {
    MethodDecl(name, "int.\(name)()", doc, .value { i, name, recv, a, l in
        try i.arity(name, a, 0...0, l)
        return try f(i, asInt(recv).map(Value.int) ?? recv, l)
    })
}

private func float(_ name: String, _ doc: String, _ f: @escaping @Sendable (BuiltinContext, Double, Value, Loc) throws -> Value) -> MethodDecl {
    MethodDecl(name, "float.\(name)()", doc, .value { i, name, recv, a, l in
        try i.arity(name, a, 0...0, l)
        guard case .float(let d) = recv else { throw i.fail("'\(recv.typeName)' object has no attribute '\(name)'", l, .attributeError) }
        return try f(i, d, recv, l)
    })
}

/// The methods of int.
let intMethods = MethodTable("int", [
    int("as_integer_ratio", "Return a pair of integers whose ratio equals the int: (self, 1).") { _, n, _ in .tuple([n, .int(1)]) },
    int("bit_count", "Number of ones in the binary representation of the absolute value of self.") { _, n, _ in
        if case .bigint(let b) = n { return .int(Int64(b.mag.reduce(0) { $0 + $1.nonzeroBitCount })) }
        return .int(Int64((asInt(n) ?? 0).magnitude.nonzeroBitCount))
    },
    int("bit_length", "Number of bits necessary to represent self in binary (without sign and leading zeros).") { _, n, _ in
        if case .bigint(let b) = n { return .int(Int64(b.bitLength)) }
        return .int(Int64(64 - (asInt(n) ?? 0).magnitude.leadingZeroBitCount))
    },
    int("conjugate", "Return self, the complex conjugate of any int.") { _, n, _ in n },
])

/// The methods of bool: int's.
let boolMethods = MethodTable("bool", intMethods.decls)

/// The methods of float.
let floatMethods = MethodTable("float", [
    float("as_integer_ratio", "Return a pair of integers whose ratio is exactly the float (with a positive denominator).") { i, d, _, l in
        if d.isNaN { throw i.fail("cannot convert NaN to integer ratio", l, .valueError) }
        if d.isInfinite { throw i.fail("cannot convert Infinity to integer ratio", l, .overflowError) }
        if d == 0 { return .tuple([.int(0), .int(1)]) }
        // d = m * 2**e with m odd.
        var m = Int64(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0))
        var e = Int64(d.exponent) - 52
        if !d.isNormal { e = -1074 }
        let shift = Int64(m.trailingZeroBitCount)
        m >>= shift; e += shift
        let num: Value = .int(d < 0 ? -m : m)
        if e >= 0 { return .tuple([try i.binary(.shl, num, .int(e), l), .int(1)]) }
        return .tuple([num, try i.binary(.shl, .int(1), .int(-e), l)])
    },
    float("conjugate", "Return self, the complex conjugate of any float.") { _, _, recv, _ in recv },
    float("hex", "Return a hexadecimal representation of the float: 0x1.8p+1 for 3.0.") { _, d, _, _ in .str(floatHex(d)) },
    float("is_integer", "Return True if the float is an integer.") { _, d, _, _ in .bool(d.isFinite && d == d.rounded()) },
])

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
