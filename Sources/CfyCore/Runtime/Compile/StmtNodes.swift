// StmtNodes: compiled statements, assignment targets and places (storage changed in place).

/// What a statement did to control flow.
enum Flow { case normal, breakLoop, continueLoop, returned(Value) }

/// A compiled statement.
class StmtNode {
    let loc: Loc
    init(_ loc: Loc) { self.loc = loc }
    func exec(_ i: Interpreter, _ env: Environment) throws -> Flow { .normal }
}

extension Interpreter {
    @inline(__always)
    func run(_ body: [StmtNode], _ env: Environment) throws -> Flow {
        for s in body {
            let f = try s.exec(self, env)
            if case .normal = f { continue }
            return f
        }
        return .normal
    }
}

final class ExprStmt: StmtNode {
    let e: ExprNode
    init(_ e: ExprNode, _ loc: Loc) { self.e = e; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        do { _ = try e.eval(i, env) } catch var d as Diagnostic where d.loc.line == 0 {
            d.loc = loc                     // an error of no place (a repr's limit): this statement's
            d.source = d.source ?? i.source
            throw d
        }
        return .normal
    }
}

final class AssignStmt: StmtNode {
    let targets: [TargetNode], value: ExprNode
    init(_ targets: [TargetNode], _ value: ExprNode, _ loc: Loc) { self.targets = targets; self.value = value; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        let v = try value.eval(i, env)
        for t in targets { try t.assign(i, env, v) }
        return .normal
    }
}

/// `t op= e`: the right side, then the current value, then the store (as Python reads it).
final class AugAssignStmt: StmtNode {
    let read: ExprNode, target: TargetNode, op: BinaryOp, value: ExprNode
    /// The variable or item, for `xs += iterable` on a list: extended in place, as Python's list
    /// `+=` is (any iterable, not only a list), instead of a new list each time (quadratic loops).
    let variable: PlaceNode?
    init(_ read: ExprNode, _ target: TargetNode, _ op: BinaryOp, _ value: ExprNode, variable: PlaceNode?, _ loc: Loc) {
        self.read = read; self.target = target; self.op = op; self.value = value; self.variable = variable
        super.init(loc)
    }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        let rhs = try value.eval(i, env)
        var cur = try read.eval(i, env)
        if op == .add, let variable, case .list = cur {
            cur = .none                     // let go: the variable's list is then the only reference
            var extended = false
            try variable.modify(i, env) { v in
                guard case .list(let bound) = v else { return }
                var xs = consume bound
                v = .none
                defer { v = .list(xs) }
                let more = try i.elements(rhs, loc)
                try i.checkGrowth(xs, by: more.count, loc)
                xs += more
                extended = true
            }
            if extended { return .normal }
            cur = try read.eval(i, env)
        }
        if case .set(var a) = cur, case .set(let b) = rhs {     // `s |= t`...: in place, as Python's set
            cur = .none
            if try i.setInPlace(op, &a, b, loc) { try target.assign(i, env, .set(a)); return .normal }
            cur = .set(a)
        }
        if case .int(let x) = cur, case .int(let y) = rhs { try target.assign(i, env, try i.intOp(op, x, y, loc)) }
        else { try target.assign(i, env, try i.binary(op, cur, rhs, loc)) }
        return .normal
    }
}

final class DefStmt: StmtNode {
    let code: FunctionCode, store: TargetNode
    init(_ code: FunctionCode, _ store: TargetNode) { self.code = code; self.store = store; super.init(code.loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        try store.assign(i, env, .function(try i.makeFunction(code, env)))
        return .normal
    }
}

final class IfStmt: StmtNode {
    let branches: [(cond: ExprNode, body: [StmtNode])], elseBody: [StmtNode]?
    init(_ branches: [(cond: ExprNode, body: [StmtNode])], _ elseBody: [StmtNode]?, _ loc: Loc) {
        self.branches = branches; self.elseBody = elseBody; super.init(loc)
    }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        for b in branches where try b.cond.eval(i, env).truthy { return try i.run(b.body, env) }
        if let e = elseBody { return try i.run(e, env) }
        return .normal
    }
}

final class ForStmt: StmtNode {
    let target: TargetNode, iter: ExprNode, body: [StmtNode]
    init(_ target: TargetNode, _ iter: ExprNode, _ body: [StmtNode], _ loc: Loc) {
        self.target = target; self.iter = iter; self.body = body; super.init(loc)
    }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        let seq = try iter.eval(i, env)
        if case .range(let a, let b, let s) = seq {
            var x = a
            for _ in 0..<rangeCount(a, b, s) {
                try i.tick(loc)
                try target.assign(i, env, .int(x))
                switch try i.run(body, env) {
                case .breakLoop: return .normal
                case .returned(let v): return .returned(v)
                case .normal, .continueLoop: break
                }
                x &+= s
            }
            return .normal
        }
        var result = Flow.normal
        try i.iterate(seq, loc) { item in
            try i.tick(loc)
            try target.assign(i, env, item)
            switch try i.run(body, env) {
            case .breakLoop: return false
            case .returned(let v): result = .returned(v); return false
            case .normal, .continueLoop: return true
            }
        }
        return result
    }
}

final class WhileStmt: StmtNode {
    let cond: ExprNode, body: [StmtNode]
    init(_ cond: ExprNode, _ body: [StmtNode], _ loc: Loc) { self.cond = cond; self.body = body; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        while try cond.eval(i, env).truthy {
            try i.tick(loc)
            switch try i.run(body, env) {
            case .breakLoop: return .normal
            case .returned(let v): return .returned(v)
            case .normal, .continueLoop: continue
            }
        }
        return .normal
    }
}

final class FlowStmt: StmtNode {
    let flow: Flow
    init(_ flow: Flow, _ loc: Loc) { self.flow = flow; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow { flow }
}

final class ReturnStmt: StmtNode {
    let e: ExprNode?
    init(_ e: ExprNode?, _ loc: Loc) { self.e = e; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        .returned(try e.map { try $0.eval(i, env) } ?? .none)
    }
}

final class AssertStmt: StmtNode {
    let cond: ExprNode, message: ExprNode?
    init(_ cond: ExprNode, _ message: ExprNode?, _ loc: Loc) { self.cond = cond; self.message = message; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        if !(try cond.eval(i, env).truthy) {
            let value = try message.map { try $0.eval(i, env) }
            let text = try value.map { try i.str($0) }
            throw i.fail(text.map { "assertion failed: \($0)" } ?? "assertion failed", loc, .assertionError)
                .pythonArgs(value.map { [$0] } ?? [])
        }
        return .normal
    }
}

final class DeclareStmt: StmtNode {
    let names: [String], nonlocal: Bool
    init(_ names: [String], nonlocal: Bool, _ loc: Loc) { self.names = names; self.nonlocal = nonlocal; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        if !nonlocal { env.globalNames.formUnion(names); return .normal }
        if env.parent == nil { throw i.fail("nonlocal declaration not allowed at module level", loc, .syntaxError) }
        env.nonlocalNames.formUnion(names)
        return .normal
    }
}

final class ImportStmt: StmtNode {
    let name: String, store: TargetNode, top: Bool
    /// `top`: `import a.b` binds the package `a` (Import.swift).
    init(_ name: String, _ store: TargetNode, top: Bool = false, _ loc: Loc) {
        self.name = name; self.store = store; self.top = top; super.init(loc)
    }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        try store.assign(i, env, .module(try top ? i.topPackage(name, loc) : i.importModule(name, loc)))
        return .normal
    }
}

final class FromImportStmt: StmtNode {
    let name: String, names: [(name: String, store: TargetNode)]
    init(_ name: String, _ names: [(name: String, store: TargetNode)], _ loc: Loc) {
        self.name = name; self.names = names; super.init(loc)
    }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        let m = try i.importModule(name, loc)
        for (n, store) in names {
            guard let v = try i.importedName(m, name, n, loc) else {
                if m.initializing {
                    throw i.fail("cannot import name '\(n)' from partially initialized module '\(name)' (most likely due to a "
                                 + "circular import) (\(i.relativeName(m.path)))", loc, .importError)
                }
                throw i.fail("cannot import name '\(n)' from '\(name)'" + didYouMean(n, m.env.vars.keys), loc, .importError)
            }
            try store.assign(i, env, v)
        }
        return .normal
    }
}

/// `from module import *` (a module's top level): its `__all__`, else its names not starting with
/// `_`, bound by name in the importing module.
final class StarImportStmt: StmtNode {
    let name: String
    init(_ name: String, _ loc: Loc) { self.name = name; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        let m = try i.importModule(name, loc)
        if m.path.hasPrefix(opaquePrefix) {
            throw i.fail("cfy cannot know which names `from \(name) import *` binds: '\(name)' is a module cfy does not run "
                         + "(it imports as opaque); import the names you use", loc, .importError)
        }
        var names: [String]
        if let all = m.env.vars["__all__"] {
            guard case .list(let xs) = all else { throw i.fail("__all__ of '\(name)' must be a list of str, not \(all.typeName)", loc, .typeError) }
            names = []
            for x in xs {
                guard case .str(let s) = x else {
                    throw i.fail("Item in \(name).__all__ must be str, not \(x.typeName)", loc, .typeError)
                }
                names.append(s)
            }
        } else {
            names = m.env.vars.keys.filter { !$0.hasPrefix("_") }.sorted()
            if m.path == "<builtin>/curifactory" { names += Interpreter.curifactoryOpaqueNames }
        }
        for n in names {
            guard let v = try i.importedName(m, name, n, loc) else {
                throw i.fail("module '\(name)' has no attribute '\(n)'", loc, .attributeError)
            }
            env.assign(n, v)
        }
        return .normal
    }
}

// MARK: targets

/// Where an assignment stores.
class TargetNode {
    func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws {}
}

final class LocalStore: TargetNode {
    let slot: Int
    init(_ slot: Int) { self.slot = slot }
    override func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws { env.set(slot, v) }
}

final class GlobalStore: TargetNode {
    let slot: Int
    init(_ slot: Int) { self.slot = slot }
    override func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws { env.setGlobal(slot, v) }
}

final class DynamicStore: TargetNode {
    let name: String
    init(_ name: String) { self.name = name }
    override func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws { env.assign(name, v) }
}

final class TupleTarget: TargetNode {
    let targets: [TargetNode], loc: Loc
    init(_ targets: [TargetNode], _ loc: Loc) { self.targets = targets; self.loc = loc }
    override func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws {
        let items = try i.unpack(v, count: targets.count, loc)
        for (t, x) in zip(targets, items) { try t.assign(i, env, x) }
    }
}

final class AttributeTarget: TargetNode {
    let base: PlaceNode, name: String, loc: Loc
    init(_ base: PlaceNode, _ name: String, _ loc: Loc) { self.base = base; self.name = name; self.loc = loc }
    override func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws {
        try base.modify(i, env) { obj in try i.setAttr(&obj, name, v, loc) }
    }
}

final class IndexTarget: TargetNode {
    let base: PlaceNode, index: ExprNode, loc: Loc
    init(_ base: PlaceNode, _ index: ExprNode, _ loc: Loc) { self.base = base; self.index = index; self.loc = loc }
    override func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws {
        let key = try index.eval(i, env)
        try base.modify(i, env) { obj in try i.setItem(&obj, key, v, loc) }
    }
}

// MARK: places

/// Storage that can be changed in place: a variable, a field of one, an item of one.
class PlaceNode {
    func modify(_ i: Interpreter, _ env: Environment, _ f: (inout Value) throws -> Void) throws {}
}

final class NamePlace: PlaceNode {
    let name: String, ref: NameRef, loc: Loc
    init(_ name: String, _ ref: NameRef, _ loc: Loc) { self.name = name; self.ref = ref; self.loc = loc }
    override func modify(_ i: Interpreter, _ env: Environment, _ f: (inout Value) throws -> Void) throws {
        var from: Environment? = env
        switch ref {
        case .slot(let depth, let k):
            var e = env
            for _ in 0..<depth { guard let p = e.parent else { break }; e = p }
            if try modifySlot(e, k, f) { return }
            from = e.parent
        case .global(let k):
            if try modifySlot(env.globals, k, f) { return }
            from = nil
        case .dynamic: break
        }
        // By name, further out (what a dynamic lookup would find).
        while let s = from {
            if let k = s.layout.find(name), try modifySlot(s, k, f) { return }
            from = s.parent
        }
        if i.builtins[name] != nil { throw i.fail("cannot modify builtin '\(name)'", loc, .typeError) }
        throw i.undefinedName(name, loc, env)
    }

    /// Changes slot `k` of `e` in place if it is bound.
    private func modifySlot(_ e: Environment, _ k: Int, _ f: (inout Value) throws -> Void) throws -> Bool {
        guard var v = e.take(k) else { return false }
        defer { e.put(k, v) }
        try f(&v)
        return true
    }
}

final class AttributePlace: PlaceNode {
    let base: PlaceNode, name: String, loc: Loc
    init(_ base: PlaceNode, _ name: String, _ loc: Loc) { self.base = base; self.name = name; self.loc = loc }
    override func modify(_ i: Interpreter, _ env: Environment, _ f: (inout Value) throws -> Void) throws {
        try base.modify(i, env) { obj in try i.modifyAttr(&obj, name, loc, f) }
    }
}

final class IndexPlace: PlaceNode {
    let base: PlaceNode, index: ExprNode, loc: Loc
    init(_ base: PlaceNode, _ index: ExprNode, _ loc: Loc) { self.base = base; self.index = index; self.loc = loc }
    override func modify(_ i: Interpreter, _ env: Environment, _ f: (inout Value) throws -> Void) throws {
        let key = try index.eval(i, env)
        try base.modify(i, env) { obj in try i.modifyItem(&obj, key, loc, f) }
    }
}

/// Not storage: the change is made to a temporary copy (as before).
final class ValuePlace: PlaceNode {
    let e: ExprNode
    init(_ e: ExprNode) { self.e = e }
    override func modify(_ i: Interpreter, _ env: Environment, _ f: (inout Value) throws -> Void) throws {
        var tmp = try e.eval(i, env)
        try f(&tmp)
    }
}
