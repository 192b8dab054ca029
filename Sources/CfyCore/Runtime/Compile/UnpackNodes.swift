// UnpackNodes: `*` and `**` in displays (`[*a, 1]`, `(*a, 1)`, `{**base, "k": v}`) and starred
// targets (`first, *rest = xs`), with CPython's errors.

/// An item of a list, tuple or set display: one value, or every value of an iterable (`*x`).
enum DisplayItem {
    case one(ExprNode)
    case star(ExprNode)
}

/// A list or tuple display with at least one `*x` item.
final class UnpackSequenceNode: ExprNode {
    let items: [DisplayItem]
    let isTuple: Bool
    init(_ items: [DisplayItem], tuple: Bool, _ loc: Loc) { self.items = items; isTuple = tuple; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        var out: [Value] = []
        for item in items {
            switch item {
            case .one(let e): out.append(try e.eval(i, env))
            case .star(let e):
                let v = try e.eval(i, env)
                guard i.isIterable(v) else {
                    throw i.fail("Value after * must be an iterable, not \(v.typeName)", e.loc, .typeError)
                }
                try i.iterate(v, e.loc) { x in
                    if out.count >= i.maxElements { try i.checkSize(out.count + 1, e.loc) }
                    out.append(x)
                    return true
                }
            }
        }
        return isTuple ? .tuple(out) : .list(out)
    }
}

/// An item of a dict display with `**`: a pair, or every entry of a mapping.
enum DictItemNode {
    case pair(ExprNode, ExprNode)
    case unpack(ExprNode)
}

/// `{**base, "lr": 0.1}`: insertion order, a later key wins and keeps the first key's place.
final class DictUnpackNode: ExprNode {
    let items: [DictItemNode]
    init(_ items: [DictItemNode], _ loc: Loc) { self.items = items; super.init(loc) }
    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        var d = PyDict()
        for item in items {
            switch item {
            case .pair(let k, let v):
                let key = try k.eval(i, env)
                try i.dictSet(&d, key, try v.eval(i, env), k.loc)
            case .unpack(let e):
                let mapping = try e.eval(i, env)
                guard case .dict(let m) = mapping else {
                    throw i.fail("'\(mapping.typeName)' object is not a mapping", e.loc, .typeError)
                }
                try m.forEach { k, v in try i.dictSet(&d, k, v, e.loc) }
            }
        }
        return .dict(d)
    }
}

/// `a, *rest, z = xs`: the targets before the star, the star, those after it.
final class StarredTupleTarget: TargetNode {
    let before: [TargetNode], star: TargetNode, after: [TargetNode], loc: Loc
    init(before: [TargetNode], star: TargetNode, after: [TargetNode], _ loc: Loc) {
        self.before = before; self.star = star; self.after = after; self.loc = loc
    }
    override func assign(_ i: Interpreter, _ env: Environment, _ v: Value) throws {
        guard i.isIterable(v) else {
            throw i.fail("cannot unpack non-iterable \(v.typeName) object", loc, .typeError)
        }
        var items: [Value] = []
        try i.iterate(v, loc) { x in
            if items.count >= i.maxElements { try i.checkSize(items.count + 1, loc) }
            items.append(x)
            return true
        }
        let need = before.count + after.count
        guard items.count >= need else {
            throw i.fail("not enough values to unpack (expected at least \(need), got \(items.count))", loc, .valueError)
        }
        for (t, x) in zip(before, items) { try t.assign(i, env, x) }
        try star.assign(i, env, .list(Array(items[before.count..<(items.count - after.count)])))
        for (t, x) in zip(after, items[(items.count - after.count)...]) { try t.assign(i, env, x) }
    }
}

extension Interpreter {
    /// Whether `iterate` accepts `v` (for the errors that name a non-iterable before iterating).
    func isIterable(_ v: Value) -> Bool {
        switch v {
        case .list, .tuple, .str, .dict, .iter, .range, .set: return true
        default: return false
        }
    }
}
