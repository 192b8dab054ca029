// Numeric builtins: abs, round, divmod, pow (with a modulus), hex/oct/bin, for ints of any size.

import Foundation

/// The numeric builtin functions.
let numericFunctions: [BuiltinDecl] = [
    BuiltinDecl("abs", "abs(x, /)", "Return the absolute value of the argument.") { i, a, l in
        try i.arity("abs", a, 1...1, l)
        switch a.positional[0] {
        case .float(let d): return newFloat(Swift.abs(d))
        case .bigint(let n): return .bigint(n.magnitude)
        case let v where asInt(v) != nil:
            let n = asInt(v) ?? 0
            return n == .min ? .bigint(BigInt(n).magnitude) : .int(Swift.abs(n))
        case let v: throw i.fail("bad operand type for abs(): '\(v.typeName)'", l, .typeError)
        }
    },
    BuiltinDecl("round", "round(number, ndigits=None)",
                "Round a number to ndigits decimal digits (half to even); an int when ndigits is omitted or None.") {
        i, a, l in try i.builtinRound(a, l)
    },
    BuiltinDecl("divmod", "divmod(x, y, /)", "Return the tuple (x//y, x%y).") { i, a, l in
        try i.arity("divmod", a, 2...2, l)
        // A float operand and a zero divisor: CPython's float divmod() words.
        let (x, y) = (a.positional[0], a.positional[1])
        let zero: Bool
        switch y { case .int(0), .bool(false): zero = true; case .float(let d): zero = d == 0; default: zero = false }
        let float: Bool
        switch (x, y) { case (.float, _), (_, .float): float = true; default: float = false }
        if zero, float, isNumber(x) { throw i.fail("float divmod()", l, .zeroDivisionError) }
        return .tuple([try i.binary(.floorDiv, a.positional[0], a.positional[1], l),
                       try i.binary(.mod, a.positional[0], a.positional[1], l)])
    },
    BuiltinDecl("pow", "pow(base, exp, mod=None)", "base**exp with two arguments, base**exp % mod (computed modularly) with three.") { i, a, l in
        try i.arity("pow", a, 2...3, l)
        if a.positional.count == 3, !a.positional[2].isNone {
            return try i.modPow(a.positional[0], a.positional[1], a.positional[2], l)
        }
        return try i.binary(.pow, a.positional[0], a.positional[1], l)
    },
    radixFunction("bin", 2, "0b", "binary", example: "'0b1010'"),
    radixFunction("hex", 16, "0x", "hexadecimal", example: "'0xa'"),
    radixFunction("oct", 8, "0o", "octal", example: "'0o12'"),
]

/// `hex`, `oct` or `bin`: an integer's digits in `radix`, after `prefix`.
private func radixFunction(_ name: String, _ radix: Int, _ prefix: String, _ what: String, example: String) -> BuiltinDecl {
    BuiltinDecl(name, "\(name)(number, /)", "Return the \(what) representation of an integer: \(name)(10) is \(example).") { i, a, l in
        try i.arity(name, a, 1...1, l)
        if case .bigint(let n) = a.positional[0] {
            return .str((n.negative ? "-" : "") + prefix + n.magnitudeDigits(radix: radix))
        }
        let n = try i.intArg(a.positional[0], name, l)
        return .str((n < 0 ? "-" : "") + prefix + String(n.magnitude, radix: radix))
    }
}

extension BuiltinContext {
    /// `pow(x, e, m)`: ints only; a negative exponent uses the inverse of x modulo m.
    func modPow(_ x: Value, _ e: Value, _ m: Value, _ l: Loc) throws -> Value {
        guard let b = asBig(x), let p = asBig(e), let n = asBig(m) else {
            throw fail("pow() 3rd argument not allowed unless all arguments are integers", l, .typeError)
        }
        if n.isZero { throw fail("pow() 3rd argument cannot be 0", l, .valueError) }
        var base = b
        if p.negative {
            guard let inv = b.modInverse(n) else {
                throw fail("base is not invertible for the given modulus", l, .valueError)
            }
            base = inv
        }
        return .integer(base.modPow(p.magnitude, n))
    }

    func builtinRound(_ a: Args, _ l: Loc) throws -> Value {
        try arity("round", a, 1...2, l)
        let x = a.positional[0]
        let nd = a.positional.count > 1 ? a.positional[1] : (a.keyword("ndigits") ?? .none)
        if let n = asBig(x) {
            if !nd.isNone, !isInt(nd) {
                throw fail("'\(nd.typeName)' object cannot be interpreted as an integer", l, .typeError)
            }
            guard let d = asBig(nd), d.negative else { return .integer(n) }
            if let k = d.int64, let x64 = asInt(x), k >= -18 { return try roundInt64(x64, -k, l) }
            // |n| < 10**digits <= 10**-d / 2 (when -d exceeds n's digits): rounds to 0.
            guard let k = d.int64, k >= -Int64(n.bitLength / 3 + 2) else { return .int(0) }
            let p = BigInt(10).power(UInt64(-k))
            var (q, r) = n.floorDivMod(p)
            let c = BigInt.compare(r + r, p)
            if c > 0 || (c == 0 && !q.isZero && q.mag[0] & 1 == 1) { q = q + BigInt(1) }
            return .integer(q * p)
        }
        guard case .float(let d) = x else { throw fail("type \(x.typeName) doesn't define __round__ method", l, .typeError) }
        if nd.isNone {
            if d.isNaN { throw fail("cannot convert float NaN to integer", l, .valueError) }
            if d.isInfinite { throw fail("cannot convert float infinity to integer", l, .overflowError) }
            return try floatToInt(d.rounded(.toNearestOrEven), l)
        }
        // ndigits clips to the 64-bit range, as CPython's PyNumber_AsSsize_t(…, NULL) does.
        let n: Int
        if case .bigint(let b) = nd { n = b.negative ? Int.min : Int.max } else { n = Int(clamping: try intArg(nd, "round", l)) }
        switch pyRoundFloat(d, n) {
        case .value(let r): return newFloat(r)
        case .overflow: throw fail("rounded value too large to represent", l, .overflowError)
        }
    }

    /// `round(n, -k)` for a 64-bit n and 0 < k <= 18, half to even.
    func roundInt64(_ n: Int64, _ k: Int64, _ l: Loc) throws -> Value {
        var p: Int64 = 1
        for _ in 0..<k { p *= 10 }
        var q = n / p, r = n % p
        if r < 0 { q -= 1; r += p }
        if r * 2 > p || (r * 2 == p && q & 1 == 1) { q += 1 }
        return try intOp(.mul, q, p, l)
    }
}

extension Interpreter {
    /// An Int64 result that must fit (a count or an index): else Python's OverflowError.
    func chkIndex(_ r: (partialValue: Int64, overflow: Bool), _ loc: Loc) throws -> Int64 {
        if r.overflow { throw fail("Python int too large to convert to C ssize_t", loc, .overflowError) }
        return r.partialValue
    }
}
