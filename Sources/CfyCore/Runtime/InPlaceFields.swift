// InPlaceFields: which fields a method changes in place through `self` (`self.f[k] = v`,
// `self.f.x = v`, `self.f.append(v)`, `self.f += [v]`), read from its syntax. In Python,
// `replace()` hands the new set the source set's own list, dict or nested set, so such a change
// in `__post_init__` reaches the source set (and every other variant made from it) too; cfy's
// copies cannot, and says so instead of giving a different hash (PostInit.swift).

/// The fields `body` changes in place through the parameter `selfName`.
func inPlaceFields(_ body: [Stmt], selfName: String) -> Set<String> {
    var out = Set<String>()
    /// `self.f` under at least one more attribute or item: f.
    func rootField(_ e: Expr, deeper: Bool) -> String? {
        switch e {
        case .attribute(.name(let n, _), let f, _) where n == selfName: return deeper ? f : nil
        case .attribute(let b, _, _), .index(let b, _, _): return rootField(b, deeper: true)
        default: return nil
        }
    }
    func target(_ t: Target, aug: Bool) {
        switch t {
        case .attribute(let b, let f, _):
            if aug, case .name(let n, _) = b, n == selfName { out.insert(f) }   // list += is in place
            if let r = rootField(b, deeper: true) { out.insert(r) }
        case .index(let b, _, _): if let r = rootField(b, deeper: true) { out.insert(r) }
        case .tuple(let ts, _): for t in ts { target(t, aug: aug) }
        case .starred(let t, _): target(t, aug: aug)
        case .name: break
        }
    }
    func expr(_ e: Expr) {
        switch e {
        case .call(let f, let args, _):
            if case .attribute(let b, let m, _) = f, mutatingMethods.contains(m), let r = rootField(b, deeper: true)
                ?? { if case .attribute(.name(let n, _), let x, _) = b, n == selfName { return x }; return nil }() {
                out.insert(r)
            }
            expr(f)
            for a in args {
                switch a {
                case .positional(let x), .keyword(_, let x, _), .star(let x), .doubleStar(let x): expr(x)
                }
            }
        case .list(let xs, _), .tuple(let xs, _), .set(let xs, _): xs.forEach(expr)
        case .dict(let ps, _): for p in ps { expr(p.key); expr(p.value) }
        case .dictUnpack(let items, _):
            for item in items {
                switch item {
                case .pair(let k, let v): expr(k); expr(v)
                case .unpack(let m, _): expr(m)
                }
            }
        case .unary(_, let x, _), .attribute(let x, _, _), .lambda(_, let x, _), .starred(let x, _): expr(x)
        case .binary(_, let a, let b, _), .and(let a, let b, _), .or(let a, let b, _), .index(let a, let b, _):
            expr(a); expr(b)
        case .compare(let a, let rest, _): expr(a); rest.forEach { expr($0.rhs) }
        case .ternary(let c, let t, let f, _): expr(c); expr(t); expr(f)
        case .slice(let a, let b, let c, _): [a, b, c].compactMap { $0 }.forEach(expr)
        case .listComp(let x, let cs, _), .genExpr(let x, let cs, _), .setComp(let x, let cs, _): expr(x); clauses(cs)
        case .dictComp(let k, let v, let cs, _): expr(k); expr(v); clauses(cs)
        case .walrus(_, let v, _): expr(v)
        case .literal, .name, .fstring: break
        }
    }
    func clauses(_ cs: [CompClause]) {
        for c in cs { switch c { case .for(_, let x), .if(let x): expr(x) } }
    }
    func stmts(_ ss: [Stmt]) {
        for s in ss {
            switch s {
            case .expr(let e, _): expr(e)
            case .assign(let ts, let e, _): ts.forEach { target($0, aug: false) }; expr(e)
            case .augAssign(let t, _, let e, _): target(t, aug: true); expr(e)
            case .if(let branches, let els, _):
                for b in branches { expr(b.cond); stmts(b.body) }
                stmts(els ?? [])
            case .for(_, let e, let body, _): expr(e); stmts(body)
            case .while(let c, let body, _): expr(c); stmts(body)
            case .return(let e?, _): expr(e)
            case .assert(let c, let m, _): expr(c); if let m { expr(m) }
            case .raise(let e, let c, _): if let e { expr(e) }; if let c { expr(c) }
            case .try(let t):
                stmts(t.body)
                for h in t.handlers { if let e = h.type { expr(e) }; stmts(h.body) }
                stmts(t.orElse ?? []); stmts(t.finally ?? [])
            case .del(let ts, _): ts.forEach { target($0, aug: true) }
            case .with(let items, let body, _):
                for item in items { expr(item.context); if let t = item.target { target(t, aug: false) } }
                stmts(body)
            default: break
            }
        }
    }
    stmts(body)
    return out
}
