// WalrusNode: `name := value`, which stores and gives the value. In a comprehension it binds in
// the scope around the comprehension (its function or module), as Python's PEP 572 says.

final class WalrusNode: ExprNode {
    let store: TargetNode, value: ExprNode
    init(_ store: TargetNode, _ value: ExprNode, _ loc: Loc) { self.store = store; self.value = value; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        let v = try value.eval(i, env)
        try store.assign(i, env, v)
        return v
    }
}

/// A slot `depth` scopes out of the running one (a `:=` inside a comprehension).
final class OuterStore: TargetNode {
    let depth: Int, slot: Int
    init(_ depth: Int, _ slot: Int) { self.depth = depth; self.slot = slot }
    override func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws {
        var e = env
        for _ in 0..<depth { guard let p = e.parent else { break }; e = p }
        e.set(slot, v)
    }
}

/// A store that is Python's SyntaxError when it runs.
final class ErrorStore: TargetNode {
    let message: String, loc: Loc
    init(_ message: String, _ loc: Loc) { self.message = message; self.loc = loc }
    override func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws {
        throw i.fail(message, loc, .syntaxError)
    }
}

extension Compiler {
    /// Where `name :=` stores: the innermost scope that is not a comprehension.
    func walrusStore(_ name: String, _ loc: Loc) -> TargetNode {
        var depth = 0
        var s = scope
        while s.kind == .comprehension, let p = s.parent {
            if s.layout.find(name) != nil {
                return ErrorStore("assignment expression cannot rebind comprehension iteration variable '\(name)'", loc)
            }
            depth += 1
            s = p
        }
        if depth == 0 { return store(name) }
        switch s.kind {
        case .classBody: return ErrorStore("assignment expression within a comprehension cannot be used in a class body", loc)
        case .module: return GlobalStore(s.layout.slot(name))
        case .function, .comprehension:
            if s.globalNames.contains(name) { return GlobalStore(s.module.layout.slot(name)) }
            if s.nonlocalNames.contains(name) {
                return ErrorStore("cfy cannot run `:=` on a nonlocal name inside a comprehension yet", loc)
            }
            return OuterStore(depth, s.layout.slot(name))
        }
    }
}
