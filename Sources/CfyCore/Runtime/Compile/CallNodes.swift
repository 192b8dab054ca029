// CallNodes: calls, in-place method calls, lambdas and comprehensions.

/// A compiled call argument.
enum ArgNode {
    case positional(ExprNode)
    case keyword(String, ExprNode, Loc)
    case star(ExprNode)
    case doubleStar(ExprNode)
}

final class CallNode: ExprNode {
    let callee: ExprNode
    let args: [ArgNode]
    /// Set when every argument is a plain positional one.
    let positional: [ExprNode]?
    /// Set when the arguments are positional ones, then keyword ones with distinct names.
    let plainArgs: (nodes: [ExprNode], positional: Int, keywords: [String])?
    /// Caches of `Cls(...)` at this site (ConstructSite.swift).
    var plan: ConstructPlan?
    var meta: InstanceMeta?

    init(_ callee: ExprNode, _ args: [ArgNode], _ loc: Loc) {
        self.callee = callee
        self.args = args
        var plain: [ExprNode]? = []
        for a in args { if case .positional(let e) = a { plain?.append(e) } else { plain = nil } }
        positional = plain
        var nodes: [ExprNode] = [], count = 0, names: [String] = [], ok = true
        for a in args {
            switch a {
            case .positional(let e) where names.isEmpty: nodes.append(e); count += 1
            case .keyword(let n, let e, _) where !names.contains(n): nodes.append(e); names.append(n)
            default: ok = false
            }
        }
        plainArgs = ok ? (nodes, count, names) : nil
        methodSite = (callee as? AttributeNode).map { MethodSite($0.name) }
        super.init(loc)
    }

    /// For `x.name(...)` on a builtin value: what `name` is for its type (MethodCalls.swift).
    let methodSite: MethodSite?
    /// For `x.name(...)` on instances: the class last seen, and what `x.name` is for it.
    var methodClass: ClassInfo?
    var methodKind: MethodKind = .other

    enum MethodKind { case builtin, function(Function), other }

    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        if let attr = callee as? AttributeNode { return try evalMethod(attr, i, env) }
        return try finish(try callee.eval(i, env), i, env)
    }

    /// `x.name(...)`: on an instance whose class's `name` is a method (builtin or `def`), or on a
    /// builtin value whose type has the method `name`, the call goes straight to it (no bound
    /// method is made); otherwise as any call.
    private func evalMethod(_ attr: AttributeNode, _ i: Interpreter, _ env: Environment) throws -> Value {
        let recv = try attr.base.eval(i, env)
        if case .instance(let inst) = recv {
            if methodClass !== inst.cls {
                methodClass = inst.cls
                switch try? i.getAttr(recv, attr.name, attr.loc) {
                case .method(let m)? where m.function == nil: methodKind = .builtin
                case .method(let m)?: methodKind = m.function.map { .function($0) } ?? .other
                default: methodKind = .other
                }
            }
            switch methodKind {
            case .builtin: return try i.callBuiltinMethod(recv, attr.name, try i.evalArgs(args, env), loc)
            case .function(let f):
                var a = try i.evalArgs(args, env)
                a.positional.insert(recv, at: 0)
                return try i.callFunction(f, a, loc)
            case .other: break
            }
        } else if let method = methodSite?.method(of: recv) {
            return try method._withUnsafeGuaranteedRef { try i.callMethod($0, recv, try i.evalArgs(args, env), loc) }
        }
        return try finish(try i.getAttr(recv, attr.name, attr.loc), i, env)
    }

    private func finish(_ f: Value, _ i: Interpreter, _ env: Environment) throws -> Value {
        switch f {
        case .function(let fn):
            if let ps = positional, fn.code.simple, ps.count == fn.params.count { return try i.callSimple(fn, ps, env, loc) }
        case .cls(let c):
            if let v = try i.construct(c, at: self, env) { return v }
        default: break
        }
        return try i.call(f, try i.evalArgs(args, env), loc)
    }
}

/// `x.append(v)` and other mutating methods on storage (`x`, `x.a`, `x[i]`): in place.
final class MutatingCallNode: ExprNode {
    let base: PlaceNode, name: String, nameLoc: Loc
    let args: [ArgNode]
    /// What `name` is for the receiver's type (MethodCalls.swift).
    let site: MethodSite
    init(_ base: PlaceNode, _ name: String, _ nameLoc: Loc, _ args: [ArgNode], _ loc: Loc) {
        self.base = base; self.name = name; self.nameLoc = nameLoc; self.args = args; site = MethodSite(name)
        super.init(loc)
    }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        let a = try i.evalArgs(args, env)
        var result = Value.none
        try base.modify(i, env) { recv in
            if let r = try i.callMutatingMethod(&recv, site, a, nameLoc) { result = r }
            else { result = try i.call(try i.getAttr(recv, name, nameLoc), a, loc) }
        }
        return result
    }
}

/// The compiled form of a `def` or lambda: made into a `Function` each time the definition runs.
final class FunctionCode: @unchecked Sendable {
    let name: String
    let qualname: String
    let params: [Param]
    let defaults: [ExprNode?]
    /// The source form (kept for tools that read it).
    let body: Function.FunctionBody
    let block: [StmtNode]
    let expr: ExprNode?
    let layout: Layout
    /// `qualname.<locals>.`: the prefix for what the body defines.
    let localsPrefix: String
    let loc: Loc
    /// A repeated parameter name (an error when the definition runs).
    let duplicate: Param?
    /// Only plain parameters: a call with exactly that many positional arguments binds them to
    /// slots 0..<n directly.
    let simple: Bool

    init(name: String, qualname: String, params: [Param], defaults: [ExprNode?], body: Function.FunctionBody,
         block: [StmtNode], expr: ExprNode?, layout: Layout, loc: Loc) {
        self.name = name; self.qualname = qualname; self.params = params; self.defaults = defaults
        self.body = body; self.block = block; self.expr = expr; self.layout = layout; self.loc = loc
        localsPrefix = qualname + ".<locals>."
        var seen = Set<String>()
        duplicate = params.first { !seen.insert($0.name).inserted }
        simple = params.allSatisfy { $0.kind == .normal && !$0.keywordOnly }
    }
}

final class LambdaNode: ExprNode {
    let code: FunctionCode
    init(_ code: FunctionCode) { self.code = code; super.init(code.loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        .function(try i.makeFunction(code, env))
    }
}

/// A compiled comprehension clause.
enum CompNode {
    case `for`(TargetNode, ExprNode)
    case `if`(ExprNode)
}

/// What a comprehension builds.
enum CompResult {
    case list(ExprNode)
    case dict(key: ExprNode, value: ExprNode)
    case set(ExprNode)
}

final class ComprehensionNode: ExprNode {
    let result: CompResult
    let clauses: [CompNode]
    let layout: Layout
    let prefix: String
    init(_ result: CompResult, _ clauses: [CompNode], layout: Layout, prefix: String, _ loc: Loc) {
        self.result = result; self.clauses = clauses; self.layout = layout; self.prefix = prefix; super.init(loc)
    }

    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        let scope = Environment(parent: env, layout: layout, kind: .comprehension, qualPrefix: prefix)
        switch result {
        case .list(let elt):
            var out: [Value] = []
            let items = {
                try self.run(0, i, scope, reserve: { if $0 <= i.maxElements { out.reserveCapacity($0) } }) {
                    if out.count & 0xFFFF == 0xFFFF { try i.checkAllocated(0x10000, self.loc) }   // every 64K
                    if out.count >= i.maxElements { try i.checkSize(out.count + 1, self.loc) }
                    out.append(try elt.eval(i, scope))
                }
            }
            // A generator expression is a generator object (computed at once, yielded one by one).
            guard prefix.hasSuffix("<genexpr>.") else { try items(); return .list(out) }
            try computedEarly(items)
            return .iter(PyIter(.generator, out))
        case .dict(let k, let v):
            var d = PyDict()
            try run(0, i, scope) {
                let key = try k.eval(i, scope)
                try i.dictSet(&d, key, try v.eval(i, scope), k.loc)
            }
            return .dict(d)
        case .set(let elt):
            var s = PySet()
            try run(0, i, scope) {
                let x = try elt.eval(i, scope)
                if s.count >= i.maxElements { try i.checkSize(s.count + 1, loc) }
                guard s.add(x) else { throw i.fail("unhashable type: '\(x.typeName)'", elt.loc, .typeError) }
            }
            return .set(s)
        }
    }

    /// Runs `body` once per binding the clauses from `at` on produce; `reserve` hears how many
    /// there will be when that is known (a single `for` over a list, tuple or range).
    private func run(_ at: Int, _ i: Interpreter, _ env: Environment, reserve: ((Int) -> Void)? = nil,
                     _ body: () throws -> Void) throws {
        guard at < clauses.count else { return try body() }
        switch clauses[at] {
        case .if(let c):
            if try c.eval(i, env).truthy { try run(at + 1, i, env, body) }
        case .for(let target, let iter):
            let seq = try iter.eval(i, env)
            let last = at + 1 == clauses.count
            if last, let reserve {
                switch seq {
                case .list(let xs), .tuple(let xs): reserve(xs.count)
                case .range(let a, let b, let s): reserve(Int(rangeCount(a, b, s)))
                default: break
                }
            }
            if case .range(let a, let b, let s) = seq {
                var x = a
                for _ in 0..<rangeCount(a, b, s) {
                    try i.tick(iter.loc)
                    try target.assign(i, env, .int(x))
                    if last { try body() } else { try run(at + 1, i, env, body) }
                    x &+= s
                }
                return
            }
            try i.iterate(seq, iter.loc) { item in
                try i.tick(iter.loc)
                try target.assign(i, env, item)
                if last { try body() } else { try self.run(at + 1, i, env, body) }
                return true
            }
        }
    }
}
