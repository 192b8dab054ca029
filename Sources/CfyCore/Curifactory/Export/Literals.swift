// Literals: values as source text that reads back as the same value, in Python and in cfy
// (the two share literal syntax), and the reverse for Python reprs.

/// Source text for a literal value: `repr` where that reads back exactly, `float('inf')`,
/// `float('-inf')` and `float('nan')` for the floats whose repr is not a literal. Nil for values
/// that are not literals (functions, classes, instances, modules).
///
/// ```swift
/// literalText(.list([.float(.infinity), .str("a\n")]))   // "[float('inf'), 'a\\n']"
/// ```
public func literalText(_ v: Value) -> String? {
    if stackIsLow() { return nil }
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .bigint(let b): return bigIntLiteral(b)
    case .float(let d):
        if d.isNaN { return "float('nan')" }
        if d.isInfinite { return d < 0 ? "float('-inf')" : "float('inf')" }
        return pyFloatRepr(d)
    case .str(let s): return pyStringRepr(s)
    case .list(let xs):
        guard let items = literalItems(xs) else { return nil }
        return "[" + items.joined(separator: ", ") + "]"
    case .tuple(let xs):
        guard let items = literalItems(xs) else { return nil }
        return xs.count == 1 ? "(" + items[0] + ",)" : "(" + items.joined(separator: ", ") + ")"
    case .dict(let d):
        var parts: [String] = []
        for (k, x) in d.entries {
            guard let kt = literalText(k), let xt = literalText(x) else { return nil }
            parts.append(kt + ": " + xt)
        }
        return "{" + parts.joined(separator: ", ") + "}"
    case .range(let a, let b, let s): return s == 1 ? "range(\(a), \(b))" : "range(\(a), \(b), \(s))"
    default: return nil
    }
}

/// A big int as Python source: decimal, or hexadecimal past the 4300-digit limit (which Python
/// applies to decimal literals too).
func bigIntLiteral(_ b: BigInt) -> String {
    b.decimal ?? ((b.negative ? "-0x" : "0x") + b.magnitudeDigits(radix: 16))
}

private func literalItems(_ xs: [Value]) -> [String]? {
    var out: [String] = []
    for x in xs { guard let t = literalText(x) else { return nil }; out.append(t) }
    return out
}

/// The value a Python repr stands for, when it is a literal that reads back to exactly that text
/// (`'knn'`, `[64, 64]`, `0.001`, `inf`, `range(0, 3)`); nil otherwise (a qualname, a custom
/// representation, a non-canonical spelling such as `1.50`).
///
/// ```swift
/// valueOfRepr("(1, 'a')")   // .tuple([.int(1), .str("a")])
/// valueOfRepr("relu")       // nil
/// ```
public func valueOfRepr(_ text: String) -> Value? {
    guard !text.contains("\n"), case .success(let program) = Parser.parse(Source(name: "<repr>", text: text)),
          program.statements.count == 1, case .expr(let e, _) = program.statements[0],
          let v = literalValue(e), let back = try? Repr().repr(v), strEq(back, text)
    else { return nil }
    return v
}

/// A literal expression's value: constants, signed numbers, lists, tuples, dicts, `inf`, `nan`
/// and `range(...)` of ints.
func literalValue(_ e: Expr) -> Value? {
    if stackIsLow() { return nil }
    switch e {
    case .literal(let l, _):
        switch l {
        case .none: return Value.none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigint(let b): return .integer(b)
        case .float(let d): return .float(d)
        case .str(let s): return .str(s)
        }
    case .name("inf", _): return .float(.infinity)
    case .name("nan", _): return .float(freshNaN(.nan))   // each one a new nan object, as Python reads it
    case .unary(let op, let x, _):
        guard op == .neg || op == .pos, let v = literalValue(x) else { return nil }
        switch v {
        case .int(let i): return op == .pos ? .int(i) : (i == .min ? .integer(-BigInt(i)) : .int(-i))
        case .bigint(let b): return .integer(op == .pos ? b : -b)
        case .float(let d): return .float(op == .pos ? d : -d)
        default: return nil
        }
    case .list(let xs, _):
        var out: [Value] = []
        for x in xs { guard let v = literalValue(x) else { return nil }; out.append(v) }
        return .list(out)
    case .tuple(let xs, _):
        var out: [Value] = []
        for x in xs { guard let v = literalValue(x) else { return nil }; out.append(v) }
        return .tuple(out)
    case .dict(let pairs, _):
        var d = PyDict()
        for p in pairs {
            guard let k = literalValue(p.key), let v = literalValue(p.value), let dk = DictKey(k) else { return nil }
            d.set(dk, key: k, value: v)
        }
        return .dict(d)
    case .call(.name("range", _), let args, _):
        var ints: [Int64] = []
        for a in args {
            guard case .positional(let x) = a, case .int(let i)? = literalValue(x) else { return nil }
            ints.append(i)
        }
        switch ints.count {
        case 2: return .range(start: ints[0], stop: ints[1], step: 1)
        case 3 where ints[2] != 0: return .range(start: ints[0], stop: ints[1], step: ints[2])
        default: return nil
        }
    default: return nil
    }
}
