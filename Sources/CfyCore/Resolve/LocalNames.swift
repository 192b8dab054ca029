// LocalNames: Python's binding rule, stated once: which names a scope binds (assigned, defined,
// imported or a loop target anywhere in its body: such a name is local throughout), and its
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
        case .assign(let ts, _, _): for t in ts { target(t) }
        case .augAssign(let t, _, _, _): target(t)
        case .def(let d): add(d.name)
        case .classDecl(let c): add(c.name)
        case .if(let branches, let elseBody, _):
            for b in branches { block(b.body) }
            if let e = elseBody { block(e) }
        case .for(let t, _, let body, _): target(t); block(body)
        case .while(_, let body, _): block(body)
        case .global(let names, _): globals.formUnion(names)
        case .nonlocal(let names, _): nonlocals.formUnion(names)
        case .import(let name, let alias, _): add(alias ?? name.split(separator: ".").first.map(String.init) ?? name)
        case .fromImport(_, let names, _): for (n, alias) in names { add(alias ?? n) }
        case .expr, .break, .continue, .pass, .return, .assert, .unsupported: break
        }
    }
}
