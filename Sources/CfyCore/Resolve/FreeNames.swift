// FreeNames: which names a function reads from outside itself (Python's scoping rules: a name
// assigned anywhere in a function is local to it), and where it changes a value it may share.

/// The outside names a function body uses, in first-use order, and its in-place changes of
/// values that Python would share with the caller (cfy copies them).
///
/// ```swift
/// let f = FreeNames(params: fn.params, body: fn.body)
/// f.free        // ["scale", "len"]: read but never assigned inside
/// f.mutations   // [("v", loc)]: `v.sort()` on a parameter
/// ```
struct FreeNames {
    private(set) var free: [String] = []
    /// Names declared `global` (they resolve in the module even if a closure has them).
    private(set) var globals: Set<String> = []
    private(set) var mutations: [(name: String, loc: Loc)] = []

    private var bound: Set<String> = []
    private var shared: Set<String> = []
    private var seen: Set<String> = []

    init(params: [Param], body: Function.FunctionBody) {
        bound = Set(params.map(\.name))
        shared = bound
        switch body {
        case .expr(let e):
            visit(e)
        case .block(let stmts):
            let names = LocalNames(params: params, body: stmts)
            globals = names.globals
            bound = Set(names.bound).subtracting(names.globals).subtracting(names.nonlocals)
            for s in stmts { visit(s) }
        }
    }

    private mutating func use(_ n: String) {
        if globals.contains(n) || !bound.contains(n) {
            shared.insert(n)
            if seen.insert(n).inserted { free.append(n) }
        }
    }

    /// Free names of a nested function or lambda count as uses here (when not bound here).
    private mutating func nested(_ params: [Param], _ body: Function.FunctionBody) {
        for p in params { if let d = p.defaultValue { visit(d) } }
        let inner = FreeNames(params: params, body: body)
        for n in inner.free { use(n) }
        mutations += inner.mutations.filter { !bound.contains($0.name) || shared.contains($0.name) }
    }

    // MARK: walking

    private mutating func visit(_ s: Stmt) {
        switch s {
        case .expr(let e, _): visit(e)
        case .assign(let ts, let e, _):
            visit(e)
            let aliasing = isPath(e)
            for t in ts {
                visitTarget(t, mutating: true)
                if case .name(let n, _) = t, aliasing { shared.insert(n) }
            }
        case .augAssign(let t, _, let e, _):
            visit(e)
            if case .name(let n, _) = t { use(n) }
            visitTarget(t, mutating: true)
        case .def(let d): nested(d.params, .block(d.body))
        case .classDecl: break
        case .if(let branches, let elseBody, _):
            for b in branches { visit(b.cond); b.body.forEach { visit($0) } }
            elseBody?.forEach { visit($0) }
        case .for(let t, let iter, let body, _):
            visit(iter)
            visitTarget(t, mutating: false)
            body.forEach { visit($0) }
        case .while(let c, let body, _):
            visit(c)
            body.forEach { visit($0) }
        case .return(let e, _): if let e { visit(e) }
        case .assert(let c, let m, _): visit(c); if let m { visit(m) }
        case .raise(let e, let c, _): if let e { visit(e) }; if let c { visit(c) }
        case .try(let t):
            t.body.forEach { visit($0) }
            for h in t.handlers { if let e = h.type { visit(e) }; h.body.forEach { visit($0) } }
            t.orElse?.forEach { visit($0) }
            t.finally?.forEach { visit($0) }
        case .del(let ts, _): for t in ts { visitTarget(t, mutating: true) }
        case .with(let items, let body, _):
            for item in items {
                visit(item.context)
                if let t = item.target { visitTarget(t, mutating: true) }
            }
            body.forEach { visit($0) }
        case .break, .continue, .pass, .global, .nonlocal, .import, .fromImport, .unsupported: break
        }
    }

    private mutating func visitTarget(_ t: Target, mutating: Bool) {
        switch t {
        case .name: break
        case .tuple(let ts, _): for x in ts { visitTarget(x, mutating: mutating) }
        case .starred(let x, _): visitTarget(x, mutating: mutating)
        case .attribute(let b, _, let loc):
            visit(b)
            if mutating, let r = root(b), shared.contains(r) { mutations.append((r, loc)) }
        case .index(let b, let i, let loc):
            visit(b); visit(i)
            if mutating, let r = root(b), shared.contains(r) { mutations.append((r, loc)) }
        }
    }

    private mutating func visit(_ e: Expr) {
        switch e {
        case .literal: break
        case .name(let n, _): use(n)
        case .fstring(let parts, _): visitParts(parts)
        case .list(let xs, _), .tuple(let xs, _), .set(let xs, _): xs.forEach { visit($0) }
        case .dict(let pairs, _): for p in pairs { visit(p.key); visit(p.value) }
        case .dictUnpack(let items, _):
            for item in items {
                switch item {
                case .pair(let k, let v): visit(k); visit(v)
                case .unpack(let m, _): visit(m)
                }
            }
        case .unary(_, let x, _), .starred(let x, _): visit(x)
        case .binary(_, let a, let b, _), .and(let a, let b, _), .or(let a, let b, _): visit(a); visit(b)
        case .compare(let a, let rest, _): visit(a); rest.forEach { visit($0.rhs) }
        case .ternary(let c, let t, let f, _): visit(c); visit(t); visit(f)
        case .attribute(let b, _, _): visit(b)
        case .index(let b, let i, _): visit(b); visit(i)
        case .slice(let a, let b, let c, _): [a, b, c].forEach { if let x = $0 { visit(x) } }
        case .call(let callee, let args, let loc):
            visit(callee)
            for a in args {
                switch a {
                case .positional(let x), .keyword(_, let x, _), .star(let x), .doubleStar(let x): visit(x)
                }
            }
            if case .attribute(let b, let m, _) = callee, mutatingMethods.contains(m), let r = root(b), shared.contains(r) {
                mutations.append((r, loc))
            }
        case .lambda(let params, let body, _): nested(params, .expr(body))
        case .listComp(let elt, let clauses, _), .genExpr(let elt, let clauses, _), .setComp(let elt, let clauses, _):
            comprehension(clauses, [elt])
        case .dictComp(let k, let v, let clauses, _): comprehension(clauses, [k, v])
        case .walrus(_, let v, _): visit(v)
        }
    }

    private mutating func visitParts(_ parts: [FStringPart]) {
        for p in parts {
            if case .expr(let x, _, let spec, _) = p { visit(x); if let spec { visitParts(spec) } }
        }
    }

    /// A comprehension is its own scope: its `for` targets are bound only inside it.
    private mutating func comprehension(_ clauses: [CompClause], _ results: [Expr]) {
        let saved = bound
        for c in clauses {
            switch c {
            case .for(let t, let iter):
                visit(iter)
                bound.formUnion(LocalNames(targets: [t]).bound)
            case .if(let cond): visit(cond)
            }
        }
        results.forEach { visit($0) }
        bound = saved
    }

    private func root(_ e: Expr) -> String? {
        switch e {
        case .name(let n, _): return n
        case .attribute(let b, _, _), .index(let b, _, _): return root(b)
        default: return nil
        }
    }

    private func isPath(_ e: Expr) -> Bool {
        switch e {
        case .name, .attribute, .index: return true
        case .ternary(_, let a, let b, _): return isPath(a) || isPath(b)
        default: return false
        }
    }
}
