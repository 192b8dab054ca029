// ExprNodes: compiled expressions. Each node evaluates itself; names are slots (see Scope.swift).
// The semantics (messages, locations, order of evaluation) are the interpreter's helpers'
// (Operators, Access, Calls): the nodes only replace the walk over the syntax tree.

/// A compiled expression.
class ExprNode {
    let loc: Loc
    init(_ loc: Loc) { self.loc = loc }
    func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        throw i.fail("internal error: expression node without evaluation", loc)
    }
}

final class ConstNode: ExprNode {
    let value: Value
    init(_ value: Value, _ loc: Loc) { self.value = value; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value { value }
}

// MARK: names

/// A name in the running scope's own slot.
final class LocalRead: ExprNode {
    let name: String, slot: Int
    init(_ name: String, _ slot: Int, _ loc: Loc) { self.name = name; self.slot = slot; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        if let v = env.get(slot) { return v }
        guard env.kind == .function else { return try i.lookupFurther(name, env, from: env, loc) }
        // A function's local read before it is bound is Python's error, even when a global or an
        // enclosing function has the name (Python never falls back to it).
        throw i.fail("cannot access local variable '\(name)' where it is not associated with a value", loc,
                     .unboundLocalError)
    }
}

/// A name in an enclosing function's (or comprehension's, or class body's) slot.
final class OuterRead: ExprNode {
    let name: String, depth: Int, slot: Int
    init(_ name: String, _ depth: Int, _ slot: Int, _ loc: Loc) {
        self.name = name; self.depth = depth; self.slot = slot; super.init(loc)
    }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        var e = env
        for _ in 0..<depth { guard let p = e.parent else { break }; e = p }
        if let v = e.get(slot) { return v }
        return try i.lookupFurther(name, env, from: e, loc)
    }
}

/// A module-level name, then a builtin.
final class GlobalRead: ExprNode {
    let name: String, slot: Int
    let builtin: Value?
    init(_ name: String, _ slot: Int, builtin: Value?, _ loc: Loc) {
        self.name = name; self.slot = slot; self.builtin = builtin; super.init(loc)
    }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        if let v = env.getGlobal(slot) { return v }
        if let b = builtin { return b }
        throw i.undefinedName(name, loc, env)
    }
}

/// A name looked up by name (declared `nonlocal`).
final class DynamicRead: ExprNode {
    let name: String
    init(_ name: String, _ loc: Loc) { self.name = name; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        if let v = env.lookup(name) ?? i.builtins[name] { return v }
        throw i.undefinedName(name, loc, env)
    }
}

extension Interpreter {
    /// A slot was unbound: look further out by name, then in builtins.
    func lookupFurther(_ name: String, _ env: Environment, from e: Environment, _ loc: Loc) throws -> Value {
        if let v = e.parent?.lookup(name) ?? builtins[name] { return v }
        throw undefinedName(name, loc, env)
    }
}

// MARK: literals

/// `[a, b]` or `(a, b)`: the items in order.
final class SequenceNode: ExprNode {
    let items: [ExprNode]
    let isTuple: Bool
    init(_ items: [ExprNode], tuple: Bool, _ loc: Loc) { self.items = items; isTuple = tuple; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for x in items { out.append(try x.eval(i, env)) }
        return isTuple ? .tuple(out) : .list(out)
    }
}

final class DictNode: ExprNode {
    let pairs: [(key: ExprNode, value: ExprNode)]
    init(_ pairs: [(key: ExprNode, value: ExprNode)], _ loc: Loc) { self.pairs = pairs; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        var d = PyDict()
        d.reserve(pairs.count)
        for p in pairs {
            let k = try p.key.eval(i, env)
            let v = try p.value.eval(i, env)
            try i.dictSet(&d, k, v, p.key.loc)
        }
        return .dict(d)
    }
}

/// A piece of a compiled f-string.
enum FPart {
    case text(String)
    case expr(ExprNode, conversion: Character?, spec: [FPart]?, debugText: String?)
}

final class FStringNode: ExprNode {
    let parts: [FPart]
    init(_ parts: [FPart], _ loc: Loc) { self.parts = parts; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        .str(try i.fstring(parts, env))
    }
}

// MARK: operators

final class UnaryNode: ExprNode {
    let op: UnaryOp, x: ExprNode
    init(_ op: UnaryOp, _ x: ExprNode, _ loc: Loc) { self.op = op; self.x = x; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        try i.unary(op, try x.eval(i, env), loc)
    }
}

final class BinaryNode: ExprNode {
    let op: BinaryOp, a: ExprNode, b: ExprNode
    init(_ op: BinaryOp, _ a: ExprNode, _ b: ExprNode, _ loc: Loc) { self.op = op; self.a = a; self.b = b; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        let l = try a.eval(i, env)
        let r = try b.eval(i, env)
        if case .int(let x) = l, case .int(let y) = r { return try i.intOp(op, x, y, loc) }
        return try i.binary(op, l, r, loc)
    }
}

final class CompareNode: ExprNode {
    let first: ExprNode
    let rest: [(op: CompareOp, rhs: ExprNode, loc: Loc)]
    init(_ first: ExprNode, _ rest: [(op: CompareOp, rhs: ExprNode, loc: Loc)], _ loc: Loc) {
        self.first = first; self.rest = rest; super.init(loc)
    }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        var lhs = try first.eval(i, env)
        for c in rest {
            let rhs = try c.rhs.eval(i, env)
            if !(try i.compare(c.op, lhs, rhs, c.loc)) { return .bool(false) }
            lhs = rhs
        }
        return .bool(true)
    }
}

final class AndNode: ExprNode {
    let a: ExprNode, b: ExprNode
    init(_ a: ExprNode, _ b: ExprNode, _ loc: Loc) { self.a = a; self.b = b; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        let l = try a.eval(i, env)
        return l.truthy ? try b.eval(i, env) : l
    }
}

final class OrNode: ExprNode {
    let a: ExprNode, b: ExprNode
    init(_ a: ExprNode, _ b: ExprNode, _ loc: Loc) { self.a = a; self.b = b; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        let l = try a.eval(i, env)
        return l.truthy ? l : try b.eval(i, env)
    }
}

final class TernaryNode: ExprNode {
    let c: ExprNode, t: ExprNode, f: ExprNode
    init(_ c: ExprNode, _ t: ExprNode, _ f: ExprNode, _ loc: Loc) { self.c = c; self.t = t; self.f = f; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        try c.eval(i, env).truthy ? try t.eval(i, env) : try f.eval(i, env)
    }
}

// MARK: access

final class AttributeNode: ExprNode {
    let base: ExprNode, name: String
    init(_ base: ExprNode, _ name: String, _ loc: Loc) { self.base = base; self.name = name; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        try i.getAttr(try base.eval(i, env), name, loc)
    }
}

final class IndexNode: ExprNode {
    let base: ExprNode, index: ExprNode
    init(_ base: ExprNode, _ index: ExprNode, _ loc: Loc) { self.base = base; self.index = index; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        let b = try base.eval(i, env)
        return try i.getItem(b, try index.eval(i, env), loc)
    }
}

final class SliceNode: ExprNode {
    let base: ExprNode, lo: ExprNode?, hi: ExprNode?, step: ExprNode?
    init(_ base: ExprNode, _ lo: ExprNode?, _ hi: ExprNode?, _ step: ExprNode?, _ loc: Loc) {
        self.base = base; self.lo = lo; self.hi = hi; self.step = step; super.init(loc)
    }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        let b = try base.eval(i, env)
        return try i.slice(b, try lo.map { try $0.eval(i, env) }, try hi.map { try $0.eval(i, env) },
                           try step.map { try $0.eval(i, env) }, loc)
    }
}

/// A node that fails when evaluated (a slice outside `[ ]`).
final class ErrorNode: ExprNode {
    let message: String, kind: ErrorKind
    init(_ message: String, _ kind: ErrorKind, _ loc: Loc) { self.message = message; self.kind = kind; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value { throw i.fail(message, loc, kind) }
}
