// LocalNames: Python's binding rule, stated once: which names a scope binds (assigned, defined,
// imported, deleted, a loop, `except ... as` or `with ... as` target, or a `:=` target, also from
// a comprehension, anywhere in its body: such a name is local throughout), and its
// `global` / `nonlocal` declarations. The compiler lays out a scope's slots from it
// (Compile/Scope.swift) and the exporter finds a function's free names with it (FreeNames.swift),
// as jlox's Resolver serves both the interpreter and its tools.

/// The names a function body binds, and its `global` / `nonlocal` declarations. Nested `def`,
/// `class`, lambda and comprehension bodies are scopes of their own and are not entered.
struct LocalNames {
    var bound: [String] = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    private var seen: Set<String> = []

    init(params: [Param], body: [Stmt]) {
        for p in params { add(p.name) }
        block(body)
    }

    init(targets: [Target]) {
        for t in targets { target(t) }
    }

    /// The slots of the scope: the bound names, minus those declared global or nonlocal
    /// (parameters always keep theirs: they come first, in order).
    func layout(params: [Param] = []) -> Layout {
        let l = Layout(params.map(\.name))
        for n in bound where !globals.contains(n) && !nonlocals.contains(n) { _ = l.slot(n) }
        return l
    }

    private mutating func add(_ n: String) {
        if seen.insert(n).inserted { bound.append(n) }
    }

    private mutating func target(_ t: Target) {
        switch t {
        case .name(let n, _): add(n)
        case .tuple(let ts, _): for x in ts { target(x) }
        case .starred(let x, _): target(x)
        case .attribute, .index: break
        }
    }

    private mutating func block(_ body: [Stmt]) {
        for s in body { stmt(s) }
    }

    private mutating func stmt(_ s: Stmt) {
        switch s {
        case .assign(let ts, let e, _): walrus(e); for t in ts { target(t) }
        case .augAssign(let t, _, let e, _): walrus(e); target(t)
        case .def(let d): add(d.name)
        case .classDecl(let c): add(c.name)
        case .if(let branches, let elseBody, _):
            for b in branches { walrus(b.cond); block(b.body) }
            if let e = elseBody { block(e) }
        case .for(let t, let iter, let body, _): walrus(iter); target(t); block(body)
        case .while(let c, let body, _): walrus(c); block(body)
        case .global(let names, _): globals.formUnion(names)
        case .nonlocal(let names, _): nonlocals.formUnion(names)
        case .import(let name, let alias, _): add(alias ?? name.split(separator: ".").first.map(String.init) ?? name)
        case .fromImport(_, let names, _): for (n, alias) in names { add(alias ?? n) }
        case .try(let t):
            block(t.body)
            for h in t.handlers { if let n = h.name { add(n) }; block(h.body) }
            block(t.orElse ?? [])
            block(t.finally ?? [])
        case .del(let ts, _): for t in ts { target(t) }
        case .with(let items, let body, _):
            for item in items { walrus(item.context); if let t = item.target { target(t) } }
            block(body)
        case .expr(let e, _), .return(let e?, _): walrus(e)
        case .assert(let c, let m, _): walrus(c); if let m { walrus(m) }
        case .raise(let e, let c, _): if let e { walrus(e) }; if let c { walrus(c) }
        case .break, .continue, .pass, .return, .unsupported: break
        }
    }

    /// `name := value` binds in this scope, also from inside a comprehension (not a lambda).
    private mutating func walrus(_ e: Expr) {
        for w in e.walruses { add(w.name) }
    }
}
