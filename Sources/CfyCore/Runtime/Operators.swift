// Operators: Python's arithmetic on 64-bit ints and doubles, comparisons and equality.

import Foundation

extension Interpreter {
    func unary(_ op: UnaryOp, _ v: Value, _ loc: Loc) throws -> Value {
        if op == .not { return .bool(!v.truthy) }
        if let n = asInt(v) {
            switch op {
            case .neg: if n == .min { throw overflow(loc) }; return .int(-n)
            case .pos: return .int(n)
            default: return .int(~n)
            }
        }
        if case .float(let d) = v, op != .invert { return .float(op == .neg ? -d : d) }
        throw fail("bad operand type for unary \(op.rawValue): '\(v.typeName)'", loc, "TypeError")
    }

    func overflow(_ loc: Loc) -> Diagnostic {
        fail("integer overflow: the result does not fit in 64 bits", loc, "OverflowError")
    }

    func binary(_ op: BinaryOp, _ a: Value, _ b: Value, _ loc: Loc) throws -> Value {
        if let x = asInt(a), let y = asInt(b) { return try intOp(op, x, y, loc) }
        if let x = asDouble(a), let y = asDouble(b) { return try floatOp(op, x, y, loc) }
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)):
            try checkSize(Int64(x.utf8.count).addingReportingOverflow(Int64(y.utf8.count)), loc)
            return .str(x + y)
        case (.add, .list(let x), .list(let y)):
            try checkSize(Int64(x.count).addingReportingOverflow(Int64(y.count)), loc)
            return .list(x + y)
        case (.add, .tuple(let x), .tuple(let y)):
            try checkSize(Int64(x.count).addingReportingOverflow(Int64(y.count)), loc)
            return .tuple(x + y)
        case (.mul, .str(let s), _) where asInt(b) != nil: return .str(try repeatStr(s, asInt(b) ?? 0, loc))
        case (.mul, _, .str(let s)) where asInt(a) != nil: return .str(try repeatStr(s, asInt(a) ?? 0, loc))
        case (.mul, .list(let xs), _) where asInt(b) != nil: return .list(try repeatArr(xs, asInt(b) ?? 0, loc))
        case (.mul, _, .list(let xs)) where asInt(a) != nil: return .list(try repeatArr(xs, asInt(a) ?? 0, loc))
        case (.mul, .tuple(let xs), _) where asInt(b) != nil: return .tuple(try repeatArr(xs, asInt(b) ?? 0, loc))
        case (.mul, _, .tuple(let xs)) where asInt(a) != nil: return .tuple(try repeatArr(xs, asInt(a) ?? 0, loc))
        case (.mod, .str(let s), _): return .str(try percentFormat(s, b, loc))
        default:
            throw fail("unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'",
                       loc, "TypeError")
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
            throw fail("result too large (limit \(maxElements) elements)", loc, "MemoryError")
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
            throw fail("out of memory: \(why)", loc, "MemoryError")
        }
    }

    func intOp(_ op: BinaryOp, _ x: Int64, _ y: Int64, _ loc: Loc) throws -> Value {
        func chk(_ r: (partialValue: Int64, overflow: Bool)) throws -> Value {
            if r.overflow { throw overflow(loc) }
            return .int(r.partialValue)
        }
        switch op {
        case .add: return try chk(x.addingReportingOverflow(y))
        case .sub: return try chk(x.subtractingReportingOverflow(y))
        case .mul: return try chk(x.multipliedReportingOverflow(by: y))
        case .div:
            if y == 0 { throw fail("division by zero", loc, "ZeroDivisionError") }
            return .float(trueDivide(x, y))
        case .floorDiv, .mod:
            if y == 0 { throw fail("integer division or modulo by zero", loc, "ZeroDivisionError") }
            if x == .min && y == -1 { if op == .mod { return .int(0) }; throw overflow(loc) }
            var q = x / y, r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { q -= 1; r += y }
            return .int(op == .mod ? r : q)
        case .pow:
            if y < 0 {
                if x == 0 { throw fail("0.0 cannot be raised to a negative power", loc, "ZeroDivisionError") }
                return try floatOp(.pow, Double(x), Double(y), loc)
            }
            var result: Int64 = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 { result = try chkInt(result.multipliedReportingOverflow(by: base), loc) }
                e >>= 1
                if e > 0 { base = try chkInt(base.multipliedReportingOverflow(by: base), loc) }
            }
            return .int(result)
        }
    }

    func chkInt(_ r: (partialValue: Int64, overflow: Bool), _ loc: Loc) throws -> Int64 {
        if r.overflow { throw overflow(loc) }
        return r.partialValue
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
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw fail("float division by zero", loc, "ZeroDivisionError") }
            return .float(x / y)
        case .floorDiv, .mod:
            if y == 0 { throw fail(op == .mod ? "float modulo" : "float floor division by zero", loc, "ZeroDivisionError") }
            var m = fmod(x, y)
            var div = (x - m) / y
            if m != 0 { if (y < 0) != (m < 0) { m += y; div -= 1 } } else { m = copysign(0, y) }
            if op == .mod { return .float(m) }
            var fd: Double
            if div != 0 { fd = div.rounded(.down); if div - fd > 0.5 { fd += 1 } } else { fd = copysign(0, x / y) }
            return .float(fd)
        case .pow:
            if x == 0 && y < 0 { throw fail("0.0 cannot be raised to a negative power", loc, "ZeroDivisionError") }
            if x < 0 && y != y.rounded() && y.isFinite {
                throw fail("negative number cannot be raised to a fractional power (complex numbers are not supported)", loc, "ValueError")
            }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw fail("numerical result out of range", loc, "OverflowError") }
            return .float(r)
        }
    }

    // MARK: comparison

    func compare(_ op: CompareOp, _ a: Value, _ b: Value, _ loc: Loc) throws -> Bool {
        switch op {
        case .eq: return valueEquals(a, b)
        case .ne: return !valueEquals(a, b)
        case .is: return identical(a, b)
        case .isNot: return !identical(a, b)
        case .in: return try contains(b, a, loc)
        case .notIn: return try !contains(b, a, loc)
        case .lt, .le, .gt, .ge:
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
        case (.int, .int), (.float, .float), (.str, .str), (.tuple, .tuple): return valueEquals(a, b)
        default: return false
        }
    }

    /// -1, 0, 1; nil when unordered (nan).
    func order(_ a: Value, _ b: Value, _ op: CompareOp, _ loc: Loc) throws -> Int? {
        switch (a, b) {
        case (.str(let x), .str(let y)): return strEq(x, y) ? 0 : (strLess(x, y) ? -1 : 1)
        case (.list(let x), .list(let y)), (.tuple(let x), .tuple(let y)):
            for (p, q) in zip(x, y) where !valueEquals(p, q) { return try order(p, q, op, loc) }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        default:
            if let x = asInt(a), let y = asInt(b) { return x == y ? 0 : (x < y ? -1 : 1) }
            if let c = numCompare(a, b) { return c }
            if asDouble(a) != nil, asDouble(b) != nil { return nil }
            throw fail("'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'",
                       loc, "TypeError")
        }
    }

    func contains(_ container: Value, _ x: Value, _ loc: Loc) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = x else {
                throw fail("'in <string>' requires string as left operand, not \(x.typeName)", loc, "TypeError")
            }
            return sub.isEmpty || s.utf8.firstRange(of: sub.utf8) != nil
        case .list(let xs), .tuple(let xs): return xs.contains { valueEquals($0, x) }
        case .dict(let d):
            guard let k = DictKey(x) else { throw fail("unhashable type: '\(x.typeName)'", loc, "TypeError") }
            return d.contains(k)
        case .range(let a, let b, let s):
            guard let i = asInt(x) ?? asDouble(x).flatMap({ Int64(exactly: $0) }) else { return false }
            if s > 0 ? (i < a || i >= b) : (i > a || i <= b) { return false }
            return (Int128(i) - Int128(a)) % Int128(s) == 0
        default:
            throw fail("argument of type '\(container.typeName)' is not iterable", loc, "TypeError")
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

/// Any number as Double.
@inline(__always) func asDouble(_ v: Value) -> Double? {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
}

/// Exact comparison of two numbers where at least one is a float; nil for nan or non-numbers.
func numCompare(_ a: Value, _ b: Value) -> Int? {
    switch (a, b) {
    case (.float(let x), .float(let y)):
        if x.isNaN || y.isNaN { return nil }
        return x == y ? 0 : (x < y ? -1 : 1)
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
    case (.str(let x), .str(let y)): return strEq(x, y)
    case (.list(let x), .list(let y)), (.tuple(let x), .tuple(let y)):
        guard x.count == y.count else { return false }
        if sameStorage(x, y) { return true }     // one list: equal, as Python's identity check says
        if stackIsLow() { return false }
        return zip(x, y).allSatisfy { valueEquals($0, $1) }
    case (.dict(let x), .dict(let y)):
        if stackIsLow() { return false }
        guard x.count == y.count else { return false }
        for (k, v) in x.entries {
            guard let dk = DictKey(k), let w = y.get(dk), valueEquals(v, w) else { return false }
        }
        return true
    case (.instance(let x), .instance(let y)):
        if stackIsLow() { return false }
        return x.cls === y.cls && x.cls.fields.indices.allSatisfy { valueEquals(x[$0], y[$0]) }
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
    default:
        if let x = asInt(a), let y = asInt(b) { return x == y }
        return numCompare(a, b) == 0
    }
}
