// PythonPrinter: cfy syntax trees back to Python source — Python's precedence, `x if c else y`,
// f-strings, comprehensions, and braces turned into indentation.

/// Prints cfy expressions and statements as Python with the same behaviour.
///
/// ```swift
/// var p = PythonPrinter()
/// p.expr(tree)                      // "a if c else (b + 1) * 2"
/// p.block(body, indent: 1)          // ["    x = 1", "    return x"]
/// ```
struct PythonPrinter {
    /// Free names that resolve to cfy builtins: calls to `map`, `zip`, ... get `list(...)` around
    /// them, because cfy's versions return lists where Python's return iterators.
    var builtinNames: Set<String> = []
    /// The hashing method to write for `.args_hash` / `.params_hash` (the target curifactory's).
    var hashMethod = "args_hash"
    /// Set when a `.keys()`, `.values()` or `.items()` call was wrapped in `_cfy_list(...)`.
    var usesViewHelper = false
    /// What cannot be written as Python, with where it is.
    var problems: [(String, Loc)] = []

    static let listReturning: Set<String> = ["map", "filter", "zip", "enumerate", "reversed"]

    // MARK: precedence

    enum Prec: Int, Comparable {
        case lambda = 0, ternary, or, and, not, compare, bitOr, bitXor, bitAnd, shift, sum, product, unary, power,
             await_, primary, atom
        static func < (a: Prec, b: Prec) -> Bool { a.rawValue < b.rawValue }
        var next: Prec { Prec(rawValue: rawValue + 1) ?? .atom }
    }

    func precedence(_ e: Expr) -> Prec {
        switch e {
        case .lambda: return .lambda
        case .ternary: return .ternary
        case .or: return .or
        case .and: return .and
        case .unary(.not, _, _): return .not
        case .compare: return .compare
        case .binary(let op, _, _, _):
            switch op {
            case .add, .sub: return .sum
            case .mul, .div, .floorDiv, .mod: return .product
            case .pow: return .power
            case .or: return .bitOr
            case .xor: return .bitXor
            case .and: return .bitAnd
            case .shl, .shr: return .shift
            }
        case .unary: return .unary
        case .literal(.int(let i), _) where i < 0: return .unary
        case .literal(.bigint(let b), _) where b.negative: return .unary
        case .literal(.float(let d), _) where d.sign == .minus && !d.isNaN: return .unary
        case .attribute, .index, .call: return .primary
        default: return .atom
        }
    }

    // MARK: expressions

    /// `e` as Python source, in parentheses when it binds more loosely than `min`.
    mutating func expr(_ e: Expr, _ min: Prec = .lambda) -> String {
        let text = raw(e)
        return precedence(e) < min ? "(" + text + ")" : text
    }

    private mutating func raw(_ e: Expr) -> String {
        switch e {
        case .literal(let l, _):
            switch l {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .int(let i): return String(i)
            case .bigint(let b): return bigIntLiteral(b)
            case .float(let d): return literalText(.float(d)) ?? "float('nan')"
            case .str(let s): return pyStringRepr(s)
            }
        case .name(let n, let loc):
            if pythonKeywords.contains(n) { problems.append(("the name '\(n)' is a Python keyword", loc)) }
            return n
        case .fstring(let parts, _): return fstring(parts)
        case .list(let xs, _): return "[" + xs.map { expr($0) }.joined(separator: ", ") + "]"
        case .tuple(let xs, _):
            if xs.count == 1 { return "(" + expr(xs[0]) + ",)" }
            return "(" + xs.map { expr($0) }.joined(separator: ", ") + ")"
        case .dict(let pairs, _):
            return "{" + pairs.map { expr($0.key, .ternary) + ": " + expr($0.value) }.joined(separator: ", ") + "}"
        case .unary(let op, let x, _):
            switch op {
            case .not: return "not " + expr(x, .not)
            case .neg: return "-" + expr(x, .unary)
            case .pos: return "+" + expr(x, .unary)
            case .invert: return "~" + expr(x, .unary)
            }
        case .binary(let op, let a, let b, _):
            if op == .pow { return expr(a, .await_) + " ** " + expr(b, .unary) }
            let p = precedence(e)
            return expr(a, p) + " " + op.rawValue + " " + expr(b, p.next)
        case .compare(let first, let rest, _):
            return ([expr(first, .bitOr)] + rest.map { $0.op.rawValue + " " + expr($0.rhs, .bitOr) }).joined(separator: " ")
        case .and(let a, let b, _): return expr(a, .and) + " and " + expr(b, .not)
        case .or(let a, let b, _): return expr(a, .or) + " or " + expr(b, .and)
        case .ternary(let c, let t, let f, _):
            return expr(t, .or) + " if " + expr(c, .or) + " else " + expr(f, .lambda)
        case .attribute(let base, let name, _):
            return receiver(base) + "." + attributeName(name)
        case .index(let base, let idx, _):
            return receiver(base) + "[" + subscriptText(idx) + "]"
        case .slice: return subscriptText(e)
        case .call(let callee, let args, _):
            let text = receiver(callee) + "(" + args.map { argument($0) }.joined(separator: ", ") + ")"
            if case .name(let n, _) = callee, builtinNames.contains(n), Self.listReturning.contains(n) {
                return "list(" + text + ")"
            }
            if case .attribute(_, let m, _) = callee, ["keys", "values", "items"].contains(m), args.isEmpty {
                usesViewHelper = true
                return "_cfy_list(" + text + ")"
            }
            return text
        case .lambda(let params, let body, _):
            let ps = parameters(params)
            return "lambda" + (ps.isEmpty ? "" : " " + ps) + ": " + expr(body, .lambda)
        case .listComp(let elt, let clauses, _):
            return "[" + expr(elt, .ternary) + comprehension(clauses) + "]"
        case .genExpr(let elt, let clauses, _):
            return "(" + expr(elt, .ternary) + comprehension(clauses) + ")"
        case .dictComp(let k, let v, let clauses, _):
            return "{" + expr(k, .ternary) + ": " + expr(v, .ternary) + comprehension(clauses) + "}"
        case .walrus(let n, let v, _):
            return "(" + n + " := " + expr(v, .ternary) + ")"
        case .starred(let x, _): return "*" + expr(x, .bitOr)
        case .dictUnpack(let items, _):
            return "{" + items.map { item in
                switch item {
                case .pair(let k, let v): return expr(k, .ternary) + ": " + expr(v)
                case .unpack(let m, _): return "**" + expr(m, .bitOr)
                }
            }.joined(separator: ", ") + "}"
        case .set(let xs, _): return "{" + xs.map { expr($0) }.joined(separator: ", ") + "}"
        case .setComp(let elt, let clauses, _): return "{" + expr(elt, .ternary) + comprehension(clauses) + "}"
        }
    }

    private func attributeName(_ name: String) -> String {
        name == "args_hash" || name == "params_hash" ? hashMethod : name
    }

    /// The object of `.attr`, `[i]` or `(...)`: a primary, and never a bare int literal (`(1).real`).
    private mutating func receiver(_ e: Expr) -> String {
        if case .literal(.int, _) = e { return "(" + raw(e) + ")" }
        if case .literal(.bigint, _) = e { return "(" + raw(e) + ")" }
        return expr(e, .primary)
    }

    private mutating func subscriptText(_ idx: Expr) -> String {
        guard case .slice(let lo, let hi, let step, _) = idx else { return expr(idx) }
        var s = (lo.map { expr($0, .ternary) } ?? "") + ":" + (hi.map { expr($0, .ternary) } ?? "")
        if let step { s += ":" + expr(step, .ternary) }
        return s
    }

    private mutating func argument(_ a: Argument) -> String {
        switch a {
        case .positional(let e): return expr(e)
        case .keyword(let n, let e, _): return n + "=" + expr(e)
        case .star(let e): return "*" + expr(e, .primary)
        case .doubleStar(let e): return "**" + expr(e, .primary)
        }
    }

    mutating func parameters(_ params: [Param]) -> String {
        Param.join(params, params.map { p in
            switch p.kind {
            case .star: return "*" + p.name
            case .doubleStar: return "**" + p.name
            case .normal: return p.name + (p.defaultValue.map { "=" + expr($0) } ?? "")
            }
        })
    }

    private mutating func comprehension(_ clauses: [CompClause]) -> String {
        clauses.map { c in
            switch c {
            case .for(let t, let iter): return " for " + target(t, bare: true) + " in " + expr(iter, .or)
            case .if(let cond): return " if " + expr(cond, .or)
            }
        }.joined()
    }

    mutating func target(_ t: Target, bare: Bool = false) -> String {
        switch t {
        case .name(let n, _): return n
        case .attribute(let b, let n, _): return receiver(b) + "." + n
        case .index(let b, let i, _): return receiver(b) + "[" + subscriptText(i) + "]"
        case .tuple(let ts, _):
            let inner = ts.map { target($0) }.joined(separator: ", ") + (ts.count == 1 ? "," : "")
            return bare ? inner : "(" + inner + ")"
        case .starred(let x, _): return "*" + target(x)
        }
    }

    // MARK: f-strings

    /// An f-string as a Python f-string when its expressions allow one (no backslash, one quote
    /// kind free), else as `''.join([...])` with `format()`.
    private mutating func fstring(_ parts: [FStringPart]) -> String {
        let pieces = parts.map { fpiece($0) }
        for q in ["'", "\""] {
            if pieces.allSatisfy({ $0.exprText.allSatisfy { !$0.contains(q) && !$0.contains("\\") } }) {
                return "f" + q + pieces.map { $0.fText(q) }.joined() + q
            }
        }
        return joined(parts)
    }

    private struct FPiece {
        var literal: String?
        var exprs: [String] = []
        var render: (String) -> String = { _ in "" }
        var exprText: [String] { exprs }
        func fText(_ q: String) -> String { render(q) }
    }

    private mutating func fpiece(_ p: FStringPart) -> FPiece {
        switch p {
        case .text(let t):
            var piece = FPiece(literal: t)
            piece.render = { q in fLiteral(t, q) }
            return piece
        case .expr(let e, let conv, let spec, let debug):
            var text = expr(e, .ternary)
            if text.contains(where: { ":!{}=<>\"'".contains($0) }) || text.hasPrefix("{") { text = "(" + text + ")" }
            var conversion = conv.map { "!" + String($0) } ?? ""
            if debug != nil, conv == nil, spec == nil { conversion = "!r" }
            let specPieces = (spec ?? []).map { fpiece($0) }
            var piece = FPiece(literal: nil, exprs: [text] + specPieces.flatMap(\.exprs))
            let hasSpec = spec != nil
            piece.render = { q in
                (debug.map { fLiteral($0, q) } ?? "") + "{" + text + conversion
                    + (hasSpec ? ":" + specPieces.map { $0.fText(q) }.joined() : "") + "}"
            }
            return piece
        }
    }

    /// The fallback: `''.join([TEXT, format(EXPR, SPEC), ...])`.
    private mutating func joined(_ parts: [FStringPart]) -> String {
        var items: [String] = []
        for p in parts {
            switch p {
            case .text(let t): items.append(pyStringRepr(t))
            case .expr(let e, let conv, let spec, let debug):
                if let d = debug { items.append(pyStringRepr(d)) }
                var value = expr(e)
                switch conv {
                case "r": value = "repr(" + value + ")"
                case "s": value = "str(" + value + ")"
                case "a": value = "ascii(" + value + ")"
                default: if debug != nil, spec == nil { value = "repr(" + value + ")" }
                }
                let specText = spec.map { $0.isEmpty ? "''" : joinedOrLiteral($0) } ?? "''"
                items.append("format(" + value + ", " + specText + ")")
            }
        }
        return "''.join([" + items.joined(separator: ", ") + "])"
    }

    private mutating func joinedOrLiteral(_ parts: [FStringPart]) -> String {
        if parts.count == 1, case .text(let t) = parts[0] { return pyStringRepr(t) }
        return joined(parts)
    }
}

/// Literal text inside an f-string quoted with `q`: braces doubled, escapes as in a repr.
private func fLiteral(_ t: String, _ q: String) -> String {
    pyLiteralBody(t, quote: q.unicodeScalars.first ?? "'", braces: true)
}
