// Scope: how the compiler sees scopes, and where each name lives.
//
// The compiler mirrors the runtime chain of environments: a function body is compiled in a
// scope whose parent is the scope of the `def`, and its calls run in environments whose parent
// is the closure. So a name resolves to (how many scopes up, which slot) once, at compile time.
// A slot that is still unbound at run time falls back to a lookup by name further out, which is
// exactly what a dynamic lookup would have found (the scopes in between do not have the name).

/// A scope as the compiler sees it.
final class CompileScope {
    let kind: ScopeKind
    let layout: Layout
    let parent: CompileScope?
    let globalNames: Set<String>
    let nonlocalNames: Set<String>
    let qualPrefix: String
    /// For a method's body: its `self` parameter and its qualname (what `super()` needs).
    var method: (selfName: String, qualname: String)?

    /// The scope of a running environment (a module, or wherever a statement is compiled).
    init(_ env: Environment) {
        kind = env.kind
        layout = env.layout
        parent = env.parent.map { CompileScope($0) }
        globalNames = env.globalNames
        nonlocalNames = env.nonlocalNames
        qualPrefix = env.qualPrefix
    }

    init(kind: ScopeKind, layout: Layout, parent: CompileScope, globalNames: Set<String> = [],
         nonlocalNames: Set<String> = [], qualPrefix: String) {
        self.kind = kind; self.layout = layout; self.parent = parent
        self.globalNames = globalNames; self.nonlocalNames = nonlocalNames; self.qualPrefix = qualPrefix
    }

    var module: CompileScope {
        var s = self
        while let p = s.parent { s = p }
        return s
    }

    /// Where `name` lives, seen from this scope.
    func resolve(_ name: String) -> NameRef {
        if kind == .module { return .global(layout.slot(name)) }
        if nonlocalNames.contains(name) { return .dynamic }
        if globalNames.contains(name) { return .global(module.layout.slot(name)) }
        var depth = 0
        var s: CompileScope? = self
        while let sc = s {
            if sc.kind == .module { return .global(sc.layout.slot(name)) }
            if let k = sc.layout.find(name) { return .slot(depth: depth, slot: k) }
            depth += 1
            s = sc.parent
        }
        return .dynamic
    }

    /// Where an assignment to `name` in this scope writes.
    func resolveStore(_ name: String) -> NameRef {
        if kind == .module { return .global(layout.slot(name)) }
        if nonlocalNames.contains(name) { return .dynamic }
        if globalNames.contains(name) { return .global(module.layout.slot(name)) }
        return .slot(depth: 0, slot: layout.slot(name))
    }
}

/// A resolved name.
enum NameRef {
    /// A slot `depth` scopes up from the running one (0: its own).
    case slot(depth: Int, slot: Int)
    /// A slot of the module scope.
    case global(Int)
    /// Looked up by name at run time (`nonlocal` names).
    case dynamic
}

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
        case .import(let name, let alias, _): add(alias ?? name)
        case .fromImport(_, let names, _): for (n, alias) in names { add(alias ?? n) }
        case .expr, .break, .continue, .pass, .return, .assert: break
        }
    }
}
