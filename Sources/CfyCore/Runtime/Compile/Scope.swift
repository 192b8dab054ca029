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
