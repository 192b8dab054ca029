// Operators: Python's arithmetic on 64-bit ints and doubles, comparisons and equality. Ints past
// 64 bits (and 64-bit results that overflow) go to IntOps.swift.

import Foundation

extension Interpreter {
    func unary(_ op: UnaryOp, _ v: Value, _ loc: Loc) throws -> Value {
        if op == .not { return .bool(!v.truthy) }
        if let n = asInt(v) {
            switch op {
            case .neg: if n == .min { return .bigint(-BigInt(n)) }; return .int(-n)
            case .pos: return .int(n)
            default: return .int(~n)
            }
        }
        if case .bigint(let b) = v {
            switch op {
            case .neg: return .integer(-b)
            case .pos: return v
            default: return .integer(b.inverted)
            }
        }
        if case .float(let d) = v, op != .invert { return op == .neg ? newFloat(-d) : v }
        throw fail("bad operand type for unary \(op.rawValue): '\(v.typeName)'", loc, .typeError)
    }

    func binary(_ op: BinaryOp, _ a: Value, _ b: Value, _ loc: Loc) throws -> Value {
        if let x = asInt(a), let y = asInt(b) {
            if case .bool(let p) = a, case .bool(let q) = b, op.isBitwise, let r = boolBitwise(op, p, q) { return r }
            return try intOp(op, x, y, loc)
        }
        if let x = asBig(a), let y = asBig(b) { return try bigOp(op, x, y, loc) }
        if isNumber(a), isNumber(b), !op.isBitwise, let x = try floatOperand(a, loc), let y = try floatOperand(b, loc) {
            return try floatOp(op, x, y, loc)
        }
        if case .set(let x) = a, case .set(let y) = b, let r = try setBinary(op, x, y, loc) { return r }
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)):
            try checkSize(Int64(x.utf8.count).addingReportingOverflow(Int64(y.utf8.count)), loc)
            return .str(x + y)
        case (.or, .dict(var x), .dict(let y)):     // 3.9's merge: the right side wins, left order kept
            for (k, v) in y.entries {
                guard let dk = DictKey(k) else { throw fail("unhashable type: '\(k.typeName)'", loc, .typeError) }
                x.set(dk, key: k, value: v)
            }
            return .dict(x)
        case (.add, .list(let x), .list(let y)):
            try checkSize(Int64(x.count).addingReportingOverflow(Int64(y.count)), loc)
            return .list(x + y)
        case (.add, .tuple(let x), .tuple(let y)):
            try checkSize(Int64(x.count).addingReportingOverflow(Int64(y.count)), loc)
            return .tuple(x + y)
        case (.mul, .str(let s), _) where isInt(b): return .str(try repeatStr(s, try repeatCount(b, loc), loc))
        case (.mul, _, .str(let s)) where isInt(a): return .str(try repeatStr(s, try repeatCount(a, loc), loc))
        case (.mul, .list(let xs), _) where isInt(b): return .list(try repeatArr(xs, try repeatCount(b, loc), loc))
        case (.mul, _, .list(let xs)) where isInt(a): return .list(try repeatArr(xs, try repeatCount(a, loc), loc))
        case (.mul, .tuple(let xs), _) where isInt(b): return .tuple(try repeatArr(xs, try repeatCount(b, loc), loc))
        case (.mul, _, .tuple(let xs)) where isInt(a): return .tuple(try repeatArr(xs, try repeatCount(a, loc), loc))
        case (.mod, .str(let s), _): return .str(try percentFormat(s, b, loc))
        default:
            // CPython's words when a sequence's own `+` or `*` refuses the other operand.
            let seq = { (v: Value) -> Bool in switch v { case .str, .list, .tuple: return true; default: return false } }
            let opaque = { (v: Value) -> Bool in if case .builtin(let o) = v, o.opaque != nil { return true }; return false }
            if !opaque(a), !opaque(b) {
                if op == .add, seq(a) {
                    throw fail("can only concatenate \(a.typeName) (not \"\(b.typeName)\") to \(a.typeName)", loc, .typeError)
                }
                if op == .mul, seq(a) || seq(b) {
                    throw fail("can't multiply sequence by non-int of type '\((seq(a) ? b : a).typeName)'", loc, .typeError)
                }
            }
            throw fail("unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'",
                       loc, .typeError)
        }
    }

    func repeatStr(_ s: String, _ n: Int64, _ loc: Loc) throws -> String {
        if n <= 0 || s.isEmpty { return "" }
        try checkSize(Int64(s.utf8.count).multipliedReportingOverflow(by: n), loc)
        return String(repeating: s, count: Int(n))
    }

    func repeatArr(_ xs: [Value], _ n: Int64, _ loc: Loc) throws -> [Value] {
        if n <= 0 || xs.isEmpty { return [] }
        try checkSize(Int64(xs.count).multipliedReportingOverflow(by: n), loc)
        var out: [Value] = []
        out.reserveCapacity(xs.count * Int(n))
        for _ in 0..<n { out += xs }
        return out
    }

    /// The memory guard for a size given as an Int.
    func checkSize(_ n: Int, _ loc: Loc) throws { try checkSize((Int64(n), false), loc) }

    /// The memory guard: refuses to build a string or list over `maxElements`.
    func checkSize(_ r: (partialValue: Int64, overflow: Bool), _ loc: Loc) throws {
        if r.overflow || r.partialValue > maxElements {
            throw fail("result too large (limit \(maxElements) elements)", loc, .memoryError)
        }
        if memory.note(r.partialValue) { try checkMemory(adding: r.partialValue, loc) }
    }

    /// The memory guards for a list growing in place by `k` elements: its length, and the total
    /// when the growth reallocates (doubling: counted once per reallocation, not per element).
    @inline(__always) func checkGrowth(_ xs: [Value], by k: Int, _ loc: Loc) throws {
        let n = xs.count + k
        if n > maxElements { try checkSize((Int64(xs.count).addingReportingOverflow(Int64(k))), loc) }
        if n > xs.capacity, memory.note(Int64(n)) { try checkMemory(adding: Int64(n), loc) }
    }

    /// The total memory guard for `n` elements allocated (counted, looked at every 1M).
    @inline(__always) func checkAllocated(_ n: Int64, _ loc: Loc) throws {
        if memory.note(n) { try checkMemory(adding: n, loc) }
    }

    /// The total memory guard (MemoryBudget): a MemoryError when `n` more elements would not fit.
    func checkMemory(adding n: Int64, _ loc: Loc) throws {
        if let why = memory.shortfall(adding: n) {
            throw fail("out of memory: \(why)", loc, .memoryError)
        }
    }

    func intOp(_ op: BinaryOp, _ x: Int64, _ y: Int64, _ loc: Loc) throws -> Value {
        switch op {
        case .add:
            let r = x.addingReportingOverflow(y)
            if r.overflow { return try promoted(op, x, y, loc) }
            return .int(r.partialValue)
        case .sub:
            let r = x.subtractingReportingOverflow(y)
            if r.overflow { return try promoted(op, x, y, loc) }
            return .int(r.partialValue)
        case .mul:
            let r = x.multipliedReportingOverflow(by: y)
            if r.overflow { return try promoted(op, x, y, loc) }
            return .int(r.partialValue)
        case .div:
            if y == 0 { throw fail("division by zero", loc, .zeroDivisionError) }
            return .float(trueDivide(x, y))
        case .floorDiv, .mod:
            if y == 0 {
                throw fail(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero", loc, .zeroDivisionError)
            }
            if x == .min && y == -1 { return op == .mod ? .int(0) : try promoted(op, x, y, loc) }
            var q = x / y, r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { q -= 1; r += y }
            return .int(op == .mod ? r : q)
        case .pow:
            if y < 0 {
                if x == 0 { throw fail("0.0 cannot be raised to a negative power", loc, .zeroDivisionError) }
                return try floatOp(.pow, Double(x), Double(y), loc)
            }
            var result: Int64 = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 {
                    let r = result.multipliedReportingOverflow(by: base)
                    if r.overflow { return try promoted(op, x, y, loc) }
                    result = r.partialValue
                }
                e >>= 1
                if e > 0 {
                    let r = base.multipliedReportingOverflow(by: base)
                    if r.overflow { return try promoted(op, x, y, loc) }
                    base = r.partialValue
                }
            }
            return .int(result)
        case .and: return .int(x & y)
        case .or: return .int(x | y)
        case .xor: return .int(x ^ y)
        case .shl, .shr:
            if y < 0 { throw fail("negative shift count", loc, .valueError) }
            if op == .shr { return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y) }
            if x == 0 { return .int(0) }
            if y < 63, (x << y) >> y == x { return .int(x << y) }
            return try promoted(op, x, y, loc)
        }
    }

    /// Python's int/int: the exact quotient, correctly rounded (round-half-even) to a double.
    func trueDivide(_ x: Int64, _ y: Int64) -> Double {
        let lim: UInt64 = 1 << 53
        if x.magnitude <= lim && y.magnitude <= lim { return Double(x) / Double(y) }   // both exact
        if x == 0 { return (y < 0) ? -0.0 : 0.0 }
        let n = UInt128(x.magnitude), d = UInt128(y.magnitude)
        let k = 127 - (128 - n.leadingZeroBitCount)          // scale n up to 127 bits
        let (q, r) = (n << k).quotientAndRemainder(dividingBy: d)
        let shift = (128 - q.leadingZeroBitCount) - 53       // q has >= 63 bits
        var kept = q >> shift
        let rem = q & ((1 << shift) - 1), half = UInt128(1) << (shift - 1)
        if rem > half || (rem == half && (r != 0 || kept & 1 == 1)) { kept += 1 }
        let mag = Double(UInt64(kept)) * Foundation.pow(2.0, Double(shift - k))
        return (x < 0) != (y < 0) ? -mag : mag
    }

    func floatOp(_ op: BinaryOp, _ x: Double, _ y: Double, _ loc: Loc) throws -> Value {
        switch op {
        case .and, .or, .xor, .shl, .shr:
            throw fail("unsupported operand type(s) for \(op.rawValue): 'float' and 'float'", loc, .typeError)
        case .add: return newFloat(x + y)
        case .sub: return newFloat(x - y)
        case .mul: return newFloat(x * y)
        case .div:
            if y == 0 { throw fail("float division by zero", loc, .zeroDivisionError) }
            return newFloat(x / y)
        case .floorDiv, .mod:
            if y == 0 { throw fail(op == .mod ? "float modulo" : "float floor division by zero", loc, .zeroDivisionError) }
            var m = fmod(x, y)
            var div = (x - m) / y
            if m != 0 { if (y < 0) != (m < 0) { m += y; div -= 1 } } else { m = copysign(0, y) }
            if op == .mod { return newFloat(m) }
            var fd: Double
            if div != 0 { fd = div.rounded(.down); if div - fd > 0.5 { fd += 1 } } else { fd = copysign(0, x / y) }
            return newFloat(fd)
        case .pow: return newFloat(try floatPow(x, y, loc))
        }
    }

    /// `x ** y` for floats, with CPython 3.11's special cases (float_pow) before the C library's pow.
    func floatPow(_ x: Double, _ y: Double, _ loc: Loc) throws -> Double {
        func isOddInteger(_ d: Double) -> Bool { d.isFinite && d == d.rounded() && fmod(d, 2) != 0 }
        if y == 0 { return 1 }
        if x.isNaN { return x }
        if y.isNaN { return x == 1 ? 1 : y }
        if y.isInfinite {
            let a = Swift.abs(x)
            if a == 1 { return 1 }
            return (y > 0) == (a > 1) ? .infinity : 0
        }
        if x.isInfinite {
            if y > 0 { return isOddInteger(y) ? x : Swift.abs(x) }
            return isOddInteger(y) ? copysign(0, x) : 0
        }
        if x == 0 {
            if y < 0 { throw fail("0.0 cannot be raised to a negative power", loc, .zeroDivisionError) }
            return isOddInteger(y) ? x : 0
        }
        var base = x, negate = false
        if x < 0 {
            if y != y.rounded(.down) {
                throw fail("negative number cannot be raised to a fractional power (the result is complex; cfy has no complex numbers)", loc, .valueError)
            }
            base = -x
            negate = isOddInteger(y)
        }
        if base == 1 { return negate ? -1 : 1 }
        let r = Foundation.pow(base, y)
        if r.isInfinite {
            throw fail("(34, 'Numerical result out of range')", loc, .overflowError)
                .pythonArgs([.int(34), .str("Numerical result out of range")])
        }
        return negate ? -r : r
    }

    // MARK: comparison

    func compare(_ op: CompareOp, _ a: Value, _ b: Value, _ loc: Loc) throws -> Bool {
        if case .instance(let x) = a, case .instance(let y) = b, x.cls.isException, y.cls.isException {
            try exceptionsCompared(op, loc)
        }
        switch op {
        case .eq: return valueEquals(a, b)
        case .ne: return !valueEquals(a, b)
        case .is: return identical(a, b)
        case .isNot: return !identical(a, b)
        case .in: return try contains(b, a, loc)
        case .notIn: return try !contains(b, a, loc)
        case .lt, .le, .gt, .ge:
            if case .set(let x) = a, case .set(let y) = b { return setOrder(op, x, y) }
            guard let c = try order(a, b, op, loc) else { return false }   // nan
            switch op {
            case .lt: return c < 0
            case .le: return c <= 0
            case .gt: return c > 0
            default: return c >= 0
            }
        }
    }

    func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.function(let x), .function(let y)): return x === y
        case (.cls(let x), .cls(let y)): return x === y
        case (.builtin(let x), .builtin(let y)): return x === y
        case (.type(let x), .type(let y)): return x == y
        case (.module(let x), .module(let y)): return x === y
        case (.iter(let x), .iter(let y)): return x === y
        case (.float(let x), .float(let y)): return x.isNaN || y.isNaN ? sameNaN(x, y) : x == y
        case (.method(let x), .method(let y)) where x.isUnbound && y.isUnbound:   // one descriptor per type and name
            return x.name == y.name && identical(x.receiver, y.receiver)
        case (.int, .int), (.bigint, .bigint), (.str, .str), (.tuple, .tuple): return valueEquals(a, b)
        default: return false
        }
    }

    /// -1, 0, 1; nil when unordered (nan).
    func order(_ a: Value, _ b: Value, _ op: CompareOp, _ loc: Loc) throws -> Int? {
        switch (a, b) {
        case (.str(let x), .str(let y)): return strEq(x, y) ? 0 : (strLess(x, y) ? -1 : 1)
        case (.list(let x), .list(let y)), (.tuple(let x), .tuple(let y)):
            for (p, q) in zip(x, y) where !itemEquals(p, q) { return try order(p, q, op, loc) }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        default:
            if let x = asInt(a), let y = asInt(b) { return x == y ? 0 : (x < y ? -1 : 1) }
            if let x = asBig(a), let y = asBig(b) { return BigInt.compare(x, y) }
            if let c = numCompare(a, b) { return c }
            if isNumber(a), isNumber(b) { return nil }
            throw fail("'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'",
                       loc, .typeError)
        }
    }

    func contains(_ container: Value, _ x: Value, _ loc: Loc) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = x else {
                throw fail("'in <string>' requires string as left operand, not \(x.typeName)", loc, .typeError)
            }
            return sub.isEmpty || s.utf8.firstRange(of: sub.utf8) != nil
        case .list(let xs), .tuple(let xs): return xs.contains { itemEquals($0, x) }
        case .dict(let d):
            guard let k = DictKey(x) else { throw fail("unhashable type: '\(x.typeName)'", loc, .typeError) }
            return d.contains(k)
        case .set(let s): return try setContains(s, x, loc)
        case .iter(let it):                 // an iterator is consumed up to the element found
            var found = false
            it.take { if itemEquals($0, x) { found = true; return false }; return true }
            return found
        case .range(let a, let b, let s):
            guard let i = asInt(x) ?? asDouble(x).flatMap({ Int64(exactly: $0) }) else { return false }
            if s > 0 ? (i < a || i >= b) : (i > a || i <= b) { return false }
            return (Int128(i) - Int128(a)) % Int128(s) == 0
        default:
            throw fail("argument of type '\(container.typeName)' is not iterable", loc, .typeError)
        }
    }
}

/// ints and bools as Int64.
@inline(__always) func asInt(_ v: Value) -> Int64? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
}

/// Any number as Double (an int past the doubles' range as infinity: see `floatOperand`).
@inline(__always) func asDouble(_ v: Value) -> Double? {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .bigint(let b): return b.double ?? (b.negative ? -.infinity : .infinity)
    default: return nil
    }
}

/// ints (any size) and bools as BigInt.
func asBig(_ v: Value) -> BigInt? {
    switch v {
    case .int(let i): return BigInt(i)
    case .bigint(let b): return b
    case .bool(let b): return BigInt(b ? 1 : 0)
    default: return nil
    }
}

/// int, bool or a big int.
@inline(__always) func isInt(_ v: Value) -> Bool {
    switch v {
    case .int, .bool, .bigint: return true
    default: return false
    }
}

/// Any number.
@inline(__always) func isNumber(_ v: Value) -> Bool {
    if case .float = v { return true }
    return isInt(v)
}

/// Exact comparison of two numbers where at least one is a float; nil for nan or non-numbers.
func numCompare(_ a: Value, _ b: Value) -> Int? {
    switch (a, b) {
    case (.float(let x), .float(let y)):
        if x.isNaN || y.isNaN { return nil }
        return x == y ? 0 : (x < y ? -1 : 1)
    case (.float(let x), .bigint(let i)): return i.compare(toDouble: x).map { -$0 }
    case (.bigint(let i), .float(let y)): return i.compare(toDouble: y)
    case (.float(let x), _):
        guard let i = asInt(b) else { return nil }
        return intFloatCompare(i, x).map { -$0 }
    case (_, .float(let y)):
        guard let i = asInt(a) else { return nil }
        return intFloatCompare(i, y)
    default: return nil
    }
}

/// Compares an int with a double exactly, as Python does.
func intFloatCompare(_ i: Int64, _ d: Double) -> Int? {
    if d.isNaN { return nil }
    if d >= 9223372036854775808.0 { return -1 }
    if d < -9223372036854775808.0 { return 1 }
    let f = d.rounded(.down)
    let fi = Int64(f)
    if i < fi { return -1 }
    if i > fi { return 1 }
    return d > f ? -1 : 0
}

/// Whether two arrays share their storage (copies not yet written to: one Python object).
@inline(__always) func sameStorage(_ x: [Value], _ y: [Value]) -> Bool {
    x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
}

/// Python `==`.
public func valueEquals(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.int(let x), .int(let y)): return x == y
    case (.bigint(let x), .bigint(let y)): return x == y
    case (.str(let x), .str(let y)): return strEq(x, y)
    case (.list(let x), .list(let y)), (.tuple(let x), .tuple(let y)):
        guard x.count == y.count else { return false }
        if sameStorage(x, y) { return true }     // one list: equal, as Python's identity check says
        if stackIsLow() { return false }
        return zip(x, y).allSatisfy { itemEquals($0, $1) }
    case (.dict(let x), .dict(let y)):
        if stackIsLow() { return false }
        guard x.count == y.count else { return false }
        for (k, v) in x.entries {
            guard let dk = DictKey(k), let w = y.get(dk), itemEquals(v, w) else { return false }
        }
        return true
    case (.set(let x), .set(let y)): return x.equals(y)
    case (.instance(let x), .instance(let y)):
        if stackIsLow() { return false }
        return x.cls === y.cls && x.cls.fields.indices.allSatisfy { !x.cls.fields[$0].compare || itemEquals(x[$0], y[$0]) }
    case (.range(let a1, let b1, let s1), .range(let a2, let b2, let s2)):
        let n1 = rangeCountExact(a1, b1, s1), n2 = rangeCountExact(a2, b2, s2)
        return n1 == n2 && (n1 == 0 || (a1 == a2 && (n1 == 1 || s1 == s2)))
    case (.function(let x), .function(let y)): return x === y
    case (.builtin(let x), .builtin(let y)): return x === y
    case (.cls(let x), .cls(let y)): return x === y
    case (.type(let x), .type(let y)): return x == y
    case (.module(let x), .module(let y)): return x === y
    case (.method(let x), .method(let y)):
        if stackIsLow() { return false }
        return x.name == y.name && valueEquals(x.receiver, y.receiver)
    case (.iter(let x), .iter(let y)):
        if x === y { return true }
        // keys and items views are set-like: equal when they hold the same elements; values views
        // and iterators compare by identity.
        let setLike: Set<PyIter.Kind> = [.dictKeys, .dictItems]
        guard setLike.contains(x.kind), setLike.contains(y.kind), x.items.count == y.items.count else { return false }
        if stackIsLow() { return false }
        return x.items.allSatisfy { a in y.items.contains { itemEquals(a, $0) } }
    default:
        if let x = asInt(a), let y = asInt(b) { return x == y }
        return numCompare(a, b) == 0
    }
}
