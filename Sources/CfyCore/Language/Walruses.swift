// Walruses: the `name := value` bindings inside an expression, in the order they run, for the
// binding rule (Resolve/LocalNames.swift: the name is local to the enclosing function, also from
// a comprehension) and the shared-objects check (PyAliasing.swift). A lambda is a scope of its
// own and is not entered.

extension Expr {
    /// `(name, value)` of each `name := value` in this expression.
    var walruses: [(name: String, value: Expr)] {
        var out: [(name: String, value: Expr)] = []
        collectWalruses(self, &out)
        return out
    }
}

private func collectWalruses(_ e: Expr, _ out: inout [(name: String, value: Expr)]) {
    switch e {
    case .walrus(let n, let v, _): collectWalruses(v, &out); out.append((n, v))
    case .literal, .name, .lambda: break
    case .fstring(let parts, _): collectWalruses(parts, &out)
    case .list(let xs, _), .tuple(let xs, _), .set(let xs, _): for x in xs { collectWalruses(x, &out) }
    case .starred(let x, _): collectWalruses(x, &out)
    case .dictUnpack(let items, _):
        for item in items {
            switch item {
            case .pair(let k, let v): collectWalruses(k, &out); collectWalruses(v, &out)
            case .unpack(let m, _): collectWalruses(m, &out)
            }
        }
    case .dict(let pairs, _): for p in pairs { collectWalruses(p.key, &out); collectWalruses(p.value, &out) }
    case .unary(_, let x, _), .attribute(let x, _, _): collectWalruses(x, &out)
    case .binary(_, let a, let b, _), .and(let a, let b, _), .or(let a, let b, _), .index(let a, let b, _):
        collectWalruses(a, &out); collectWalruses(b, &out)
    case .compare(let a, let rest, _): collectWalruses(a, &out); for r in rest { collectWalruses(r.rhs, &out) }
    case .ternary(let c, let t, let f, _): collectWalruses(c, &out); collectWalruses(t, &out); collectWalruses(f, &out)
    case .slice(let a, let b, let c, _): for x in [a, b, c] { if let x { collectWalruses(x, &out) } }
    case .call(let f, let args, _):
        collectWalruses(f, &out)
        for a in args {
            switch a {
            case .positional(let x), .keyword(_, let x, _), .star(let x), .doubleStar(let x): collectWalruses(x, &out)
            }
        }
    case .listComp(let x, let cs, _), .genExpr(let x, let cs, _), .setComp(let x, let cs, _):
        collectWalruses(cs, &out); collectWalruses(x, &out)
    case .dictComp(let k, let v, let cs, _): collectWalruses(cs, &out); collectWalruses(k, &out); collectWalruses(v, &out)
    }
}

private func collectWalruses(_ parts: [FStringPart], _ out: inout [(name: String, value: Expr)]) {
    for p in parts {
        if case .expr(let x, _, let spec, _) = p { collectWalruses(x, &out); if let spec { collectWalruses(spec, &out) } }
    }
}

private func collectWalruses(_ cs: [CompClause], _ out: inout [(name: String, value: Expr)]) {
    for c in cs { switch c { case .for(_, let x), .if(let x): collectWalruses(x, &out) } }
}
