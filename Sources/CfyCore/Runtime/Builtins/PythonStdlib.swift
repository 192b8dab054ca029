// Python stdlib: the parts of `itertools`, `math` and `functools` that params files use, as the
// members of those built-in modules (Runtime/PythonModules.swift), never as global names.
// Results are CPython 3.11's: math calls the C library exactly where CPython's mathmodule.c does
// (sqrt, exp, log, log10, pow), with its domain and range errors; Tests/Python/stdlib/ holds
// CPython's own answers (scripts/golden/python_stdlib.py).

import Foundation

/// The members of each stdlib module cfy provides, by module name.
let pythonStdlib: [String: [String: Value]] = {
    var out: [String: [String: Value]] = [:]
    func table(_ decls: [BuiltinDecl]) -> [String: Value] {
        var t: [String: Value] = [:]
        for d in decls { t[d.name] = .builtin(Builtin(d.name, kind: d.kind, d.impl)) }
        return t
    }
    out["itertools"] = table(itertoolsFunctions)
    var math = table(mathFunctions)
    math["pi"] = .float(Double.pi)
    math["e"] = .float(M_E)
    math["tau"] = .float(2 * Double.pi)
    math["inf"] = .float(.infinity)
    math["nan"] = .float(.nan)
    out["math"] = math
    out["functools"] = table(functoolsFunctions)
    return out
}()

let itertoolsFunctions: [BuiltinDecl] = [
    BuiltinDecl("product", "product(*iterables, repeat=1)",
                "Cartesian product of the iterables, as nested for-loops (the last one fastest).", kind: .pythonClass) { i, a, l in
        try i.onlyKeywords("product", a, ["repeat"], l)
        let repeatCount = try a.keyword("repeat").map { try i.intArg($0, "product", l) } ?? 1
        if repeatCount < 0 { throw i.fail("repeat argument cannot be negative", l, .valueError) }
        let pools = try a.positional.map { try i.elements($0, l) }
        var all: [[Value]] = []
        for _ in 0..<repeatCount { all.append(contentsOf: pools) }
        var total = 1
        for p in all {
            let (m, o) = total.multipliedReportingOverflow(by: p.count)
            try i.checkSize((Int64(m), o), l)
            total = m
        }
        var out: [[Value]] = [[]]
        for pool in all { out = out.flatMap { prefix in pool.map { prefix + [$0] } } }
        return .iter(PyIter(.generator, out.map { .tuple($0) }))
    },
    BuiltinDecl("chain", "chain(*iterables)",
                "The items of the first iterable, then of the next, and so on.", kind: .pythonClass) { i, a, l in
        try i.onlyKeywords("chain", a, [], l)
        var out: [Value] = []
        for x in a.positional {
            let xs = try computedEarly { try i.elements(x, l) }       // Python reaches each one lazily
            try i.checkGrowth(out, by: xs.count, l)
            out += xs
        }
        return .iter(PyIter(.generator, out))
    },
]

/// A number argument of a math function as a float, as CPython's `PyFloat_AsDouble`.
private func mathArg(_ i: BuiltinContext, _ v: Value, _ fn: String, _ l: Loc) throws -> Double {
    if case .bigint(let b) = v {
        guard let d = b.double else { throw i.fail("int too large to convert to float", l, .overflowError) }
        return d
    }
    guard let d = asDouble(v) else { throw i.fail("must be real number, not \(v.typeName)", l, .typeError) }
    return d
}

/// One float argument, with CPython's errors: a NaN result from a non-NaN argument is a domain
/// error, an infinite result from a finite one a range error (`math_1` in mathmodule.c).
private func math1(_ name: String, _ doc: String, overflows: Bool, _ f: @escaping @Sendable (Double) -> Double) -> BuiltinDecl {
    BuiltinDecl(name, "\(name)(x, /)", doc) { i, a, l in
        try i.arity(name, a, 1...1, l)
        try i.onlyKeywords(name, a, [], l)
        let x = try mathArg(i, a.positional[0], name, l)
        let r = f(x)
        if r.isNaN && !x.isNaN { throw i.fail("math domain error", l, .valueError) }
        if r.isInfinite && x.isFinite {
            throw overflows ? i.fail("math range error", l, .overflowError) : i.fail("math domain error", l, .valueError)
        }
        return .float(r)
    }
}

/// `math.floor` / `math.ceil`: an int stays itself; a float becomes an int.
private func rounding(_ name: String, _ doc: String, _ f: @escaping @Sendable (Double) -> Double) -> BuiltinDecl {
    BuiltinDecl(name, "\(name)(x, /)", doc) { i, a, l in
        try i.arity(name, a, 1...1, l)
        switch a.positional[0] {
        case .int, .bigint: return a.positional[0]
        case .bool(let b): return .int(b ? 1 : 0)
        default: return try i.floatToInt(f(try mathArg(i, a.positional[0], name, l)), l)
        }
    }
}

/// `math.log`, `log10`, `log2` of one argument, as CPython's `loghelper`: an int too large for a
/// float is taken as `m * 2**e` (`log(m) + log(2) * e`); an int <= 0 or a float <= 0 is a domain error.
private func logHelper(_ i: BuiltinContext, _ v: Value, _ name: String, _ l: Loc,
                       _ f: (Double) -> Double) throws -> Double {
    if case .bigint(let b) = v, b.double == nil {
        if b.negative || b.isZero { throw i.fail("math domain error", l, .valueError) }
        let (m, e) = b.frexp
        return f(m) + f(2.0) * Double(e)
    }
    let x = try mathArg(i, v, name, l)
    if x.isNaN { return x }
    if x <= 0 { throw i.fail("math domain error", l, .valueError) }
    return f(x)
}

/// `math.log10(x)` / `math.log2(x)`.
private func log1(_ name: String, _ doc: String, _ f: @escaping @Sendable (Double) -> Double) -> BuiltinDecl {
    BuiltinDecl(name, "\(name)(x, /)", doc) { i, a, l in
        try i.arity(name, a, 1...1, l)
        try i.onlyKeywords(name, a, [], l)
        return .float(try logHelper(i, a.positional[0], name, l, f))
    }
}

let mathFunctions: [BuiltinDecl] = [
    math1("sqrt", "Return the square root of x.", overflows: false) { $0.squareRoot() },
    math1("exp", "Return e raised to the power of x.", overflows: true) { Foundation.exp($0) },
    log1("log10", "Return the base 10 logarithm of x.") { Foundation.log10($0) },
    log1("log2", "Return the base 2 logarithm of x.") { Foundation.log2($0) },
    rounding("floor", "Return the floor of x as an Integral.") { $0.rounded(.down) },
    rounding("ceil", "Return the ceiling of x as an Integral.") { $0.rounded(.up) },
    BuiltinDecl("log", "log(x, [base=math.e])", "Return the logarithm of x to the given base (e by default).") { i, a, l in
        try i.arity("log", a, 1...2, l)
        func ln(_ v: Value) throws -> Double { try logHelper(i, v, "log", l) { Foundation.log($0) } }
        let num = try ln(a.positional[0])
        guard a.positional.count == 2 else { return .float(num) }
        let den = try ln(a.positional[1])
        if den == 0 { throw i.fail("float division by zero", l, .zeroDivisionError) }
        return .float(num / den)
    },
    BuiltinDecl("pow", "pow(x, y, /)", "Return x**y (x to the power of y), as floats.") { i, a, l in
        try i.arity("pow", a, 2...2, l)
        let x = try mathArg(i, a.positional[0], "pow", l), y = try mathArg(i, a.positional[1], "pow", l)
        // mathmodule.c's math_pow: NaNs and infinities by C99's rules, then libm's pow.
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return .float(y == 0 ? 1 : x) }
            if y.isNaN { return .float(x == 1 ? 1 : y) }
            return .float(Foundation.pow(x, y))
        }
        if x == 0, y < 0 { throw i.fail("math domain error", l, .valueError) }
        if x < 0, y != y.rounded() { throw i.fail("math domain error", l, .valueError) }
        let r = Foundation.pow(x, y)
        if r.isInfinite { throw i.fail("math range error", l, .overflowError) }
        return .float(r)
    },
    BuiltinDecl("isnan", "isnan(x, /)", "Return True if x is a NaN (not a number), and False otherwise.") { i, a, l in
        try i.arity("isnan", a, 1...1, l)
        return .bool(try mathArg(i, a.positional[0], "isnan", l).isNaN)
    },
    BuiltinDecl("isinf", "isinf(x, /)", "Return True if x is a positive or negative infinity, and False otherwise.") { i, a, l in
        try i.arity("isinf", a, 1...1, l)
        return .bool(try mathArg(i, a.positional[0], "isinf", l).isInfinite)
    },
    BuiltinDecl("isclose", "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)",
                "Determine whether two floating point numbers are close in value.") { i, a, l in
        try i.arity("isclose", a, 2...2, l)
        try i.onlyKeywords("isclose", a, ["rel_tol", "abs_tol"], l)
        let x = try mathArg(i, a.positional[0], "isclose", l), y = try mathArg(i, a.positional[1], "isclose", l)
        let rel = try a.keyword("rel_tol").map { try mathArg(i, $0, "isclose", l) } ?? 1e-09
        let abs = try a.keyword("abs_tol").map { try mathArg(i, $0, "isclose", l) } ?? 0
        if rel < 0 || abs < 0 { throw i.fail("tolerances must be non-negative", l, .valueError) }
        if x == y { return .bool(true) }
        if x.isInfinite || y.isInfinite { return .bool(false) }
        let diff = Swift.abs(y - x)
        return .bool((diff <= Swift.abs(rel * y)) || (diff <= Swift.abs(rel * x)) || (diff <= abs))
    },
]

let functoolsFunctions: [BuiltinDecl] = [
    BuiltinDecl("partial", "partial(func, /, *args, **keywords)",
                "A callable that calls func with args and keywords before the ones it is given.", kind: .pythonClass) { i, a, l in
        guard let f = a.positional.first else {
            throw i.fail("type 'partial' takes at least one argument", l, .typeError)
        }
        let bound = Array(a.positional.dropFirst()), keywords = a.keywords
        let name = (try? i.getAttr(f, "__qualname__", l)).flatMap { if case .str(let s) = $0 { return s } else { return nil } } ?? "partial"
        let b = Builtin("functools.partial(\(name))", kind: .pythonFunction) { i, more, l in
            var kw = keywords
            for (k, v) in more.keywords {
                if let j = kw.firstIndex(where: { $0.name == k }) { kw[j].value = v } else { kw.append((k, v)) }
            }
            return try i.call(f, Args(bound + more.positional, kw), l)
        }
        b.opaque = OpaqueOrigin(module: "functools", text: "functools.partial(\(name), ...)", line: l.line, col: l.col,
                                source: nil, pythonError: "'functools.partial' object has no attribute '__qualname__'")
        OpaqueOrigin.exists = true
        return .builtin(b)
    },
]
