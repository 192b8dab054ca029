// CfyPrinter: the syntax tree (Language/Syntax.swift) written back as `.cfy` text, the printer
// `cfy convert` uses. Expressions here, with Python's precedence (parentheses only where
// needed); statements, classes and functions in CfyPrinterStmt.swift, literals and strings in
// CfyPrinterText.swift. Names go through `Hooks`, so the converter can rename what a Python
// file imports (`cf.ExperimentArgs` is `ExperimentArgs`) and note what each definition uses.

/// What the printer asks its user while printing.
struct PrintHooks {
    /// The text for a name read in an expression (the name itself when nothing changes).
    var name: (String, Loc) throws -> String = { n, _ in n }
    /// The text for `base.attr` where `base` is a plain name, or nil to print it as written.
    var attribute: (String, String, Loc) throws -> String? = { _, _, _ in nil }
    /// The text for a longer dotted chain `a.b.c` (three names or more), or nil.
    var dotted: ([String], Loc) throws -> String? = { _, _ in nil }
    /// Whether a Python class body's `name = value` for `name` should be left out (it names an
    /// inherited field: a Python dataclass ignores it, while in `.cfy` it re-sets the default).
    var dropsClassAssign: (_ bases: [String], _ name: String) -> Bool = { _, _ in false }
    /// Whether a global name holds a value of a module cfy does not run (an opaque import, or a
    /// name only statements using one define: `logger = logging.getLogger(...)`).
    var isOpaque: (String) -> Bool = { _ in false }
    /// Whether a name read here is the builtin of that name (no definition or import shadows it).
    var isBuiltin: (String) -> Bool = { _ in true }
}

/// An error of the printer: what cannot be written as `.cfy`, at its place.
struct PrintError: Error {
    var message: String
    var loc: Loc
}

/// Precedence levels, lowest first (Python's grammar).
enum Prec {
    static let lambda = 0, ternary = 1, or = 2, and = 3, not = 4, compare = 5, bitOr = 6, bitXor = 7
    static let bitAnd = 8, shift = 9, arith = 10, term = 11, unary = 12, power = 13, postfix = 14, atom = 15

    static func of(_ op: BinaryOp) -> Int {
        switch op {
        case .or: return bitOr
        case .xor: return bitXor
        case .and: return bitAnd
        case .shl, .shr: return shift
        case .add, .sub: return arith
        case .mul, .div, .floorDiv, .mod: return term
        case .pow: return power
        }
    }
}

struct CfyPrinter {
    var hooks = PrintHooks()
    /// Inside an f-string's `{...}`: string literals there use single quotes.
    var inFString = false
    /// The names local to the functions, lambdas and comprehensions being printed: they are
    /// written as they are, never through the hooks (a parameter `P` is not the imported `P`).
    var locals: Set<String> = []

    /// This printer inside a scope that binds `names`.
    func within(_ names: [String]) -> CfyPrinter {
        var p = self
        p.locals.formUnion(names)
        return p
    }

    /// `e` as text, in parentheses when it binds less tightly than `min`.
    func expr(_ e: Expr, _ min: Int = Prec.lambda) throws -> String {
        let (text, prec) = try bare(e)
        return prec < min ? "(" + text + ")" : text
    }

    /// A name as written in `.cfy`: the parser's internal names become plain identifiers.
    func identifier(_ n: String, _ loc: Loc) throws -> String {
        if n.hasPrefix("<loop-else ") {
            // The flag of a `for ... else:` (PyParser.loopWithElse, "<loop-else LINE:COL>").
            let numbers = n.split(whereSeparator: { !$0.isNumber }).joined(separator: "_")
            return "_loop_else_" + numbers
        }
        if n.hasPrefix("<") { throw PrintError(message: "the internal name '\(n)' has no .cfy spelling", loc: loc) }
        return n
    }

    private func bare(_ e: Expr) throws -> (String, Int) {
        switch e {
        case .literal(let lit, let l): return try literal(lit, l)
        case .name(let n, let l):
            let id = try identifier(n, l)
            return (locals.contains(n) ? id : try hooks.name(id, l), Prec.atom)
        case .fstring(let parts, let l): return (try fstring(parts, l), Prec.atom)
        case .walrus(_, _, let l): throw PrintError(message: "`:=` has no .cfy spelling", loc: l)
        case .list(let xs, _): return ("[" + (try items(xs)) + "]", Prec.atom)
        case .tuple(let xs, _):
            let body = try items(xs)
            return ("(" + body + (xs.count == 1 ? ",)" : ")"), Prec.atom)
        case .dict(let pairs, _):
            let body = try pairs.map { try expr($0.key, Prec.ternary) + ": " + expr($0.value, Prec.ternary) }
            return ("{" + body.joined(separator: ", ") + "}", Prec.atom)
        case .unary(let op, let x, _):
            if op == .not { return ("not " + (try expr(x, Prec.not)), Prec.not) }
            return (op.rawValue + (try expr(x, Prec.power)), Prec.unary)
        case .binary(let op, let a, let b, _):
            let p = Prec.of(op)
            if op == .pow { return (try expr(a, Prec.postfix) + " ** " + expr(b, Prec.unary), p) }
            return (try expr(a, p) + " \(op.rawValue) " + expr(b, p + 1), p)
        case .compare(let first, let rest, _):
            var s = try expr(first, Prec.bitOr)
            for r in rest { s += " \(r.op.rawValue) " + (try expr(r.rhs, Prec.bitOr)) }
            return (s, Prec.compare)
        case .and(let a, let b, _): return (try expr(a, Prec.and) + " and " + expr(b, Prec.and + 1), Prec.and)
        case .or(let a, let b, _): return (try expr(a, Prec.or) + " or " + expr(b, Prec.or + 1), Prec.or)
        case .ternary(let c, let t, let f, _):
            return (try expr(t, Prec.or) + " if " + expr(c, Prec.or) + " else " + expr(f, Prec.ternary), Prec.ternary)
        case .attribute(let base, let attr, let l):
            if let parts = dottedNames(e), parts.count > 2, !locals.contains(parts[0]), let text = try hooks.dotted(parts, l) {
                return (text, Prec.postfix)
            }
            if case .name(let n, let nl) = base, !locals.contains(n), let text = try hooks.attribute(try identifier(n, nl), attr, l) {
                return (text, Prec.postfix)
            }
            var b = try expr(base, Prec.postfix)
            if case .literal(.int, _) = base { b = "(" + b + ")" }     // `1.real` would read as a float
            return (b + "." + attr, Prec.postfix)
        case .index(let base, let i, _):
            let inner: String
            switch i {
            case .slice: inner = try bare(i).0
            case .tuple(let xs, _) where !xs.isEmpty: inner = try items(xs) + (xs.count == 1 ? "," : "")   // `a[b, c]`
            default: inner = try expr(i, Prec.ternary)
            }
            return (try expr(base, Prec.postfix) + "[" + inner + "]", Prec.postfix)
        case .slice(let lo, let hi, let step, _):
            var s = try (lo.map { try expr($0, Prec.ternary) } ?? "") + ":" + (hi.map { try expr($0, Prec.ternary) } ?? "")
            if let step { s += ":" + (try expr(step, Prec.ternary)) }
            return (s, Prec.atom)
        case .call(.name("<decorate>", _), let args, let l):
            // `@d def f` (PyParser.decorated): `f = d(f)`.
            guard args.count == 2, case .positional(let d) = args[0], case .positional(let f) = args[1] else {
                throw PrintError(message: "a decorator cfy cannot write", loc: l)
            }
            return (try expr(d, Prec.postfix) + "(" + expr(f) + ")", Prec.postfix)
        case .call(let callee, let args, _):
            return (try expr(callee, Prec.postfix) + "(" + (try arguments(args)) + ")", Prec.postfix)
        case .lambda(let params, let body, _):
            let ps = try parameters(params)
            return ("lambda" + (ps.isEmpty ? "" : " " + ps) + ": " + (try within(params.map(\.name)).expr(body)), Prec.lambda)
        case .listComp(let elt, let clauses, _):
            let inner = scope(of: clauses)
            return ("[" + (try inner.expr(elt, Prec.ternary)) + (try comprehension(clauses)) + "]", Prec.atom)
        case .genExpr(let elt, let clauses, _):
            let inner = scope(of: clauses)
            return ("(" + (try inner.expr(elt, Prec.ternary)) + (try comprehension(clauses)) + ")", Prec.atom)
        case .dictComp(let k, let v, let clauses, _):
            let inner = scope(of: clauses)
            return ("{" + (try inner.expr(k, Prec.ternary)) + ": " + (try inner.expr(v, Prec.ternary))
                    + (try comprehension(clauses)) + "}", Prec.atom)
        case .setComp(let elt, let clauses, _):
            let inner = scope(of: clauses)
            return ("{" + (try inner.expr(elt, Prec.ternary)) + (try comprehension(clauses)) + "}", Prec.atom)
        case .set(let xs, _): return ("{" + (try items(xs)) + "}", Prec.atom)
        case .starred(let x, _): return ("*" + (try expr(x, Prec.bitOr)), Prec.atom)
        case .dictUnpack(let entries, _):
            let body = try entries.map { item -> String in
                switch item {
                case .pair(let k, let v): return try expr(k, Prec.ternary) + ": " + expr(v, Prec.ternary)
                case .unpack(let m, _): return "**" + (try expr(m, Prec.bitOr))
                }
            }
            return ("{" + body.joined(separator: ", ") + "}", Prec.atom)
        }
    }

    /// `a.b.c` as ["a", "b", "c"]; nil for anything but names and attributes.
    func dottedNames(_ e: Expr) -> [String]? {
        switch e {
        case .name(let n, _): return [n]
        case .attribute(let b, let a, _): return dottedNames(b).map { $0 + [a] }
        default: return nil
        }
    }

    private func items(_ xs: [Expr]) throws -> String {
        try xs.map { try expr($0, Prec.ternary) }.joined(separator: ", ")
    }

    func arguments(_ args: [Argument]) throws -> String {
        if args.count == 1, case .positional(let g) = args[0], case .genExpr = g {
            let t = try expr(g)                          // `sum(x for x in xs)`
            return String(t.dropFirst().dropLast())
        }
        return try args.map { a -> String in
            switch a {
            case .positional(let x): return try expr(x)
            case .keyword(let k, let x, _): return k + "=" + (try expr(x))
            case .star(let x): return "*" + (try expr(x, Prec.postfix))
            case .doubleStar(let x): return "**" + (try expr(x, Prec.postfix))
            }
        }.joined(separator: ", ")
    }

    func parameters(_ params: [Param]) throws -> String {
        Param.join(params, try params.map { p -> String in
            let n = try identifier(p.name, p.loc)
            switch p.kind {
            case .star: return "*" + n
            case .doubleStar: return "**" + n
            case .normal: return n + (try p.defaultValue.map { "=" + (try expr($0, Prec.ternary)) } ?? "")
            }
        })
    }

    /// The printer for a comprehension's element: its `for` targets are local to it.
    private func scope(of clauses: [CompClause]) -> CfyPrinter {
        let targets = clauses.compactMap { c -> Target? in
            if case .for(let t, _) = c { return t }
            return nil
        }
        return within(LocalNames(targets: targets).bound)
    }

    /// The clauses; the first iterable is read in the enclosing scope, as in Python.
    private func comprehension(_ clauses: [CompClause]) throws -> String {
        let inner = scope(of: clauses)
        return try clauses.enumerated().map { i, c -> String in
            switch c {
            case .for(let t, let iter):
                return " for " + (try inner.target(t)) + " in " + (try (i == 0 ? self : inner).expr(iter, Prec.or))
            case .if(let cond): return " if " + (try inner.expr(cond, Prec.or))
            }
        }.joined()
    }

    /// An assignment or loop target: `x`, `a.b`, `a[i]`, `a, (b, c)`.
    func target(_ t: Target, nested: Bool = false) throws -> String {
        switch t {
        case .name(let n, let l):
            let id = try identifier(n, l)
            return locals.contains(n) ? id : try hooks.name(id, l)
        case .attribute(let base, let attr, _): return try expr(.attribute(base, attr, t.loc))
        case .index(let base, let i, _): return try expr(.index(base, i, t.loc))
        case .tuple(let ts, _):
            let body = try ts.map { try target($0, nested: true) }.joined(separator: ", ") + (ts.count == 1 ? "," : "")
            return nested || ts.isEmpty ? "(" + body + ")" : body
        case .starred(let inner, _): return "*" + (try target(inner, nested: true))
        }
    }
}
