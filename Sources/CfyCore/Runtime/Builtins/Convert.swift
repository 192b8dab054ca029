// Convert: calling a builtin type — int("3"), float("inf"), str(x), list(xs), dict(a=1), ...

import Foundation

extension Interpreter {
    func convert(_ t: BuiltinType, _ a: Args, _ l: Loc) throws -> Value {
        let x = a.positional.first
        switch t {
        case .int:
            try arity("int", a, 0...2, l)
            guard let x else { return .int(0) }
            if a.positional.count == 2 || a.keyword("base") != nil {
                guard case .str(let s) = x else { throw fail("int() can't convert non-string with explicit base", l, .typeError) }
                let base = try intArg(a.positional.count == 2 ? a.positional[1] : (a.keyword("base") ?? .int(10)), "int", l)
                guard base == 0 || (2...36).contains(base) else {
                    throw fail("int() base must be >= 2 and <= 36, or 0", l, .valueError)
                }
                return try parseInt(s, base: Int(base), l)
            }
            switch x {
            case .int, .bool: return .int(asInt(x) ?? 0)
            case .bigint: return x
            case .float(let d): return try floatToInt(d, l)
            case .str(let s): return try parseInt(s, base: 10, l)
            default: throw fail("int() argument must be a string or a number, not '\(x.typeName)'", l, .typeError)
            }
        case .float:
            try arity("float", a, 0...1, l)
            guard let x else { return .float(0) }
            switch x {
            case .float: return x
            case .int, .bool: return .float(asDouble(x) ?? 0)
            case .bigint(let b): return .float(try toDouble(b, l))
            case .str(let s):
                if let d = parseFloat(s) { return newFloat(d) }
                throw fail("could not convert string to float: \(pyStringRepr(s))", l, .valueError)
            default: throw fail("float() argument must be a string or a real number, not '\(x.typeName)'", l, .typeError)
            }
        case .str:
            try arity("str", a, 0...1, l)
            return .str(try x.map { try str($0) } ?? "")
        case .bool:
            try arity("bool", a, 0...1, l)
            return .bool(x?.truthy ?? false)
        case .list:
            try arity("list", a, 0...1, l)
            return .list(try x.map { try elements($0, l) } ?? [])
        case .tuple:
            try arity("tuple", a, 0...1, l)
            return .tuple(try x.map { try elements($0, l) } ?? [])
        case .dict:
            try arity("dict", a, 0...1, l)
            var d = PyDict()
            if let x {
                if case .dict(let src) = x { d = src } else {
                    for item in try elements(x, l) {
                        let pair = try elements(item, l)
                        guard pair.count == 2 else {
                            throw fail("dictionary update sequence element has length \(pair.count); 2 is required", l, .valueError)
                        }
                        try dictSet(&d, pair[0], pair[1], l)
                    }
                }
            }
            for (k, v) in a.keywords { d.set(.str(PyStr(k)), key: .str(k), value: v) }
            return .dict(d)
        case .set, .frozenset:
            try arity(t.rawValue, a, 0...1, l)
            if !a.keywords.isEmpty { throw fail("\(t.rawValue)() takes no keyword arguments", l, .typeError) }
            return .set(try makeSet(x, frozen: t == .frozenset, l))
        case .range:
            try arity("range", a, 1...3, l)
            for v in a.positional where isInt(v) && asInt(v) == nil {
                throw fail("cfy cannot make a range with bounds past 64 bits", l, .overflowError)
            }
            let ns = try a.positional.map { try intArg($0, "range", l) }
            let (start, stop, step) = ns.count == 1 ? (0, ns[0], 1) : (ns[0], ns[1], ns.count == 3 ? ns[2] : 1)
            if step == 0 { throw fail("range() arg 3 must not be zero", l, .valueError) }
            return .range(start: start, stop: stop, step: step)
        case .typeType:
            try arity("type", a, 1...1, l)
            return typeOf(a.positional[0])
        case .object, .noneType, .function, .method, .module, .builtinFunction, .methodDescriptor,
             .dictKeys, .dictValues, .dictItems, .map, .filter, .zip, .enumerate, .listReverseIterator, .reversed,
             .rangeIterator, .generator:
            throw fail("cannot create '\(t.rawValue)' instances", l, .typeError)
        }
    }

    /// `int(s, base)`: CPython's grammar (PyIntText: Unicode digits, underscores, prefixes), any
    /// size; decimal (any base not a power of two) up to 4300 digits, as CPython 3.11.
    func parseInt(_ raw: String, base: Int, _ l: Loc) throws -> Value {
        guard let text = PyIntText(raw, base: base) else {
            throw fail("invalid literal for int() with base \(base): \(pyStringRepr(raw))", l, .valueError)
        }
        var m: UInt64 = 0, small = true
        for d in text.digits {
            let (p, o1) = m.multipliedReportingOverflow(by: UInt64(text.base))
            let (q, o2) = p.addingReportingOverflow(UInt64(d))
            if o1 || o2 { small = false; break }
            m = q
        }
        if small {
            if text.negative, m <= UInt64(Int64.max) + 1 { return .int(m == UInt64(Int64.max) + 1 ? .min : -Int64(m)) }
            if !text.negative, m <= UInt64(Int64.max) { return .int(Int64(m)) }
        }
        if text.base & (text.base - 1) != 0 && text.digits.count > BigInt.maxStrDigits {
            throw fail(BigInt.parseLimitMessage(text.digits.count), l, .valueError)
        }
        let chars = String(decoding: text.digits.map { $0 < 10 ? $0 + 0x30 : $0 - 10 + 0x61 }, as: UTF8.self)
        guard let big = BigInt(digits: Substring(chars).utf8, radix: text.base, negative: text.negative) else {
            throw fail("invalid literal for int() with base \(base): \(pyStringRepr(raw))", l, .valueError)
        }
        return .integer(big)
    }

    /// `int(x)` of a float: truncated, exactly.
    func floatToInt(_ d: Double, _ l: Loc) throws -> Value {
        if d.isNaN { throw fail("cannot convert float NaN to integer", l, .valueError) }
        if d.isInfinite { throw fail("cannot convert float infinity to integer", l, .overflowError) }
        if let i = Int64(exactly: d.rounded(.towardZero)) { return .int(i) }
        return .integer(BigInt(truncating: d))
    }
}
