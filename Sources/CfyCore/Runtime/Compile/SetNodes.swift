// SetNodes: set displays `{a, *b}` as CPython builds them (Collections/PySetDisplay.swift), and
// which display items CPython's compiler folds into constants.

/// `{a, b, *c}`.
final class SetDisplayNode: ExprNode {
    let items: [DisplayItem]
    /// Whether CPython folds the items into one frozenset constant (see `SetDisplayNode.folds`).
    let constant: Bool
    init(_ items: [DisplayItem], constant: Bool, _ loc: Loc) { self.items = items; self.constant = constant; super.init(loc) }

    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        var parts: [PySet.DisplayPart] = []
        var folded = constant
        for item in items {
            switch item {
            case .one(let e):
                let v = try e.eval(i, env)
                if folded, !Self.foldedValue(v) { folded = false }
                parts.append(.one(v))
            case .star(let e):
                let v = try e.eval(i, env)
                guard i.isIterable(v) else {
                    throw i.fail("'\(v.typeName)' object is not iterable", e.loc, .typeError)
                }
                parts.append(.star(try i.setOperand(v, e.loc)))
            }
        }
        let s = try i.setOp(loc) { () throws(Unhashable) in try PySet.display(parts, folded: folded) }
        try i.checkSize(s.count, loc)
        return .set(s)
    }

    /// A value CPython's constant folding keeps (an int it would not fold is past 128 bits).
    static func foldedValue(_ v: Value) -> Bool {
        switch v {
        case .bigint(let b): return b.mag.count <= 2
        case .tuple(let xs): return xs.allSatisfy(foldedValue)
        default: return true
        }
    }

    /// Whether CPython 3.11's AST optimizer makes `e` a constant: a literal, a unary or binary
    /// operation on constants, a tuple of constants.
    static func folds(_ e: Expr) -> Bool {
        switch e {
        case .literal: return true
        case .unary(_, let x, _): return folds(x)
        case .binary(_, let a, let b, _): return folds(a) && folds(b)
        case .tuple(let xs, _): return xs.allSatisfy { if case .starred = $0 { return false }; return folds($0) }
        default: return false
        }
    }
}
