// IntOps: Python's int operators past 64 bits (BigInt), the memory guard for huge ints, and the
// conversions of ints to floats and counts that raise Python's errors.

extension Interpreter {
    /// The largest int cfy builds, in bits: a bigger result is a MemoryError before it is made.
    /// At most 1,000,000 bits (301,030 digits), since multiplication is quadratic: the largest
    /// squaring then takes about 0.3 s. Follows a smaller memory guard (`maxElements`).
    var maxIntBits: Int { Int(min(maxElements, 1_000_000)) }

    func checkBits(_ bits: Int, _ loc: Loc) throws {
        if bits > maxIntBits {
            throw fail("result too large (limit \(maxIntBits) bits)", loc, .memoryError)
        }
    }

    /// A 64-bit operation whose result does not fit, redone in BigInt. Kept out of line so that
    /// `intOp`, the interpreter's hot path, stays small.
    @inline(never)
    func promoted(_ op: BinaryOp, _ x: Int64, _ y: Int64, _ loc: Loc) throws -> Value {
        try bigOp(op, BigInt(x), BigInt(y), loc)
    }

    /// `x op y` for ints of any size.
    func bigOp(_ op: BinaryOp, _ x: BigInt, _ y: BigInt, _ loc: Loc) throws -> Value {
        switch op {
        case .add: return .integer(x + y)
        case .sub: return .integer(x - y)
        case .mul:
            try checkBits(x.bitLength + y.bitLength - 1, loc)
            return .integer(x * y)
        case .div:
            if y.isZero { throw fail("division by zero", loc, .zeroDivisionError) }
            guard let d = BigInt.trueDivide(x, y) else {
                throw fail("integer division result too large for a float", loc, .overflowError)
            }
            return .float(d)
        case .floorDiv, .mod:
            if y.isZero {
                throw fail(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero", loc, .zeroDivisionError)
            }
            let (q, r) = x.floorDivMod(y)
            return .integer(op == .mod ? r : q)
        case .pow: return try bigPow(x, y, loc)
        case .and: return .integer(BigInt.bitwise(.and, x, y))
        case .or: return .integer(BigInt.bitwise(.or, x, y))
        case .xor: return .integer(BigInt.bitwise(.xor, x, y))
        case .shl, .shr:
            if y.negative { throw fail("negative shift count", loc, .valueError) }
            if x.isZero { return .int(0) }
            if op == .shr {
                guard let n = y.int64, n < Int64(x.bitLength) else { return .int(x.negative ? -1 : 0) }
                return .integer(x.shiftedRight(Int(n)))
            }
            guard let n = y.int64, n <= Int64(maxIntBits) else { try checkBits(.max, loc); return .int(0) }
            try checkBits(x.bitLength + Int(n), loc)
            return .integer(x.shiftedLeft(Int(n)))
        }
    }

    /// `x ** y`: an int for y >= 0, else a float (as Python).
    func bigPow(_ x: BigInt, _ y: BigInt, _ loc: Loc) throws -> Value {
        if y.negative {
            if x.isZero { throw fail("0.0 cannot be raised to a negative power", loc, .zeroDivisionError) }
            return try floatOp(.pow, try toDouble(x, loc), try toDouble(y, loc), loc)
        }
        if y.isZero { return .int(1) }
        if x.isZero || x == BigInt(1) { return .integer(x) }
        if x == BigInt(-1) { return .int(y.mag[0] & 1 == 1 ? -1 : 1) }
        guard let e = y.int64 else { try checkBits(.max, loc); return .int(0) }
        let (bits, o) = Int(x.bitLength - 1).multipliedReportingOverflow(by: Int(e))
        try checkBits(o || bits >= maxIntBits ? .max : bits + 1, loc)
        let k = x.bitLength - 1
        if x.magnitude == BigInt(1).shiftedLeft(k) {            // ±2**k: a shift
            let p = BigInt(1).shiftedLeft(k * Int(e))
            return .integer(x.negative && e & 1 == 1 ? -p : p)
        }
        return .integer(x.power(UInt64(e)))
    }

    /// `float(x)`, or Python's OverflowError.
    func toDouble(_ x: BigInt, _ loc: Loc) throws -> Double {
        guard let d = x.double else { throw fail("int too large to convert to float", loc, .overflowError) }
        return d
    }

    /// A number as the float operand of an arithmetic operator; nil for a non-number.
    @inline(__always) func floatOperand(_ v: Value, _ loc: Loc) throws -> Double? {
        if case .bigint(let b) = v { return try toDouble(b, loc) }
        return asDouble(v)
    }

    /// The count of `seq * n` (an int): a big one cannot be an index, as in Python.
    func repeatCount(_ v: Value, _ loc: Loc) throws -> Int64 {
        if let n = asInt(v) { return n }
        throw fail("cannot fit 'int' into an index-sized integer", loc, .overflowError)
    }

    /// `&`, `|`, `^` of two bools stay bools.
    func boolBitwise(_ op: BinaryOp, _ p: Bool, _ q: Bool) -> Value? {
        switch op {
        case .and: return .bool(p && q)
        case .or: return .bool(p || q)
        case .xor: return .bool(p != q)
        default: return nil
        }
    }
}
