// DelNodes: compiled `del` targets, with Python's semantics and errors: `del x` unbinds a name,
// `del d[k]` removes a key, `del xs[i]` and `del xs[a:b:c]` remove items, in place. `del obj.f`
// (a field of a dataclass instance) is an error: cfy's instances always have every field.

final class DelStmt: StmtNode {
    let targets: [DeleteNode]
    init(_ targets: [DeleteNode], _ loc: Loc) { self.targets = targets; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        for t in targets { try t.delete(i, env) }
        return .normal
    }
}

/// What a `del` target removes.
class DeleteNode {
    let loc: Loc
    init(_ loc: Loc) { self.loc = loc }
    func delete(_ i: Interpreter, _ env: Environment) throws {}
}

/// `del x` of a name: its slot here (a local), in the module (`global x` or module level), or
/// found by name (a class body, the REPL).
final class NameDelete: DeleteNode {
    let name: String, ref: NameRef
    init(_ name: String, _ ref: NameRef, _ loc: Loc) { self.name = name; self.ref = ref; super.init(loc) }
    override func delete(_ i: Interpreter, _ env: Environment) throws {
        switch ref {
        case .slot(_, let k):
            if env.unbind(k) { return }
            if env.kind == .module { break }
            throw i.fail("cannot access local variable '\(name)' where it is not associated with a value", loc,
                         .unboundLocalError)
        case .global(let k): if env.globals.unbind(k) { return }
        case .dynamic:
            let scope = env.scopeForAssignment(name)
            if let k = scope.layout.find(name), scope.unbind(k) { return }
        }
        throw i.fail("name '\(name)' is not defined", loc, .nameError)
    }
}

final class TupleDelete: DeleteNode {
    let items: [DeleteNode]
    init(_ items: [DeleteNode], _ loc: Loc) { self.items = items; super.init(loc) }
    override func delete(_ i: Interpreter, _ env: Environment) throws { for t in items { try t.delete(i, env) } }
}

final class AttributeDelete: DeleteNode {
    let name: String
    init(_ name: String, _ loc: Loc) { self.name = name; super.init(loc) }
    override func delete(_ i: Interpreter, _ env: Environment) throws {
        throw i.fail("cfy cannot run `del` of an attribute ('\(name)') yet: a cfy instance always has all its fields",
                     loc, .notImplementedError)
    }
}

/// `del obj[k]` (a dict's key, a list's item) and `del xs[a:b:c]`, changed in place.
final class ItemDelete: DeleteNode {
    let base: PlaceNode, index: ExprNode?, slice: (ExprNode?, ExprNode?, ExprNode?)?
    init(_ base: PlaceNode, index: ExprNode?, slice: (ExprNode?, ExprNode?, ExprNode?)?, _ loc: Loc) {
        self.base = base; self.index = index; self.slice = slice; super.init(loc)
    }

    override func delete(_ i: Interpreter, _ env: Environment) throws {
        if let slice {
            let lo = try slice.0?.eval(i, env), hi = try slice.1?.eval(i, env), st = try slice.2?.eval(i, env)
            try base.modify(i, env) { obj in try i.deleteSlice(&obj, lo, hi, st, loc) }
        } else if let index {
            let key = try index.eval(i, env)
            try base.modify(i, env) { obj in try i.deleteItem(&obj, key, loc) }
        }
    }
}

extension Interpreter {
    func deleteItem(_ obj: inout Value, _ key: Value, _ loc: Loc) throws {
        if case .list(let bound) = obj {
            var xs = consume bound
            obj = .none
            defer { obj = .list(xs) }
            guard let n = asInt(key) else {
                if case .bigint = key { throw fail("cannot fit 'int' into an index-sized integer", loc, .indexError) }
                throw fail("list indices must be integers or slices, not \(key.typeName)", loc, .typeError)
            }
            let j = n < 0 ? Int(n) + xs.count : Int(n)
            if j < 0 || j >= xs.count { throw fail("list assignment index out of range", loc, .indexError) }
            xs.remove(at: j)
            return
        }
        if case .dict(let bound) = obj {
            var d = consume bound
            obj = .none
            defer { obj = .dict(d) }
            guard let k = DictKey(key) else { throw fail("unhashable type: '\(key.typeName)'", loc, .typeError) }
            if d.remove(k) == nil { throw fail(try repr(key), loc, .keyError).pythonArgs([key]) }
            return
        }
        switch obj {
        case .tuple, .str, .range:
            throw fail("'\(obj.typeName)' object doesn't support item deletion", loc, .typeError)
        default:
            throw fail("'\(obj.typeName)' object does not support item deletion", loc, .typeError)
        }
    }

    func deleteSlice(_ obj: inout Value, _ lo: Value?, _ hi: Value?, _ st: Value?, _ loc: Loc) throws {
        guard case .list(let bound) = obj else {
            if case .dict = obj { throw fail("unhashable type: 'slice'", loc, .typeError) }
            throw fail("'\(obj.typeName)' object doesn't support item deletion", loc, .typeError)
        }
        var xs = consume bound
        obj = .none
        defer { obj = .list(xs) }
        let gone = Set(try sliceIndices(lo, hi, st, count: xs.count, loc))
        if gone.isEmpty { return }
        var k = 0
        xs.removeAll { _ in defer { k += 1 }; return gone.contains(k) }
    }
}
