// SuperCall: `super().name(...)` inside a method: the method of the class after the one that
// defines the running method, called on the same `self`; what it does to `self` stays done (as
// in Python, where both see one object), so `super().__post_init__()` works.

final class SuperCallNode: ExprNode {
    let readSelf: ExprNode
    let storeSelf: TargetNode
    let name: String
    /// The running method's qualname (`Deep.__post_init__`): it finds the defining class.
    let caller: String
    let args: [ArgNode]

    init(_ readSelf: ExprNode, _ storeSelf: TargetNode, _ name: String, _ caller: String, _ args: [ArgNode], _ loc: Loc) {
        self.readSelf = readSelf; self.storeSelf = storeSelf; self.name = name; self.caller = caller
        self.args = args
        super.init(loc)
    }

    override func eval(_ i: Interpreter, _ env: Environment) throws -> Value {
        let me = try readSelf.eval(i, env)
        guard case .instance(let inst) = me else {
            throw i.fail("super(): the method's first argument is a \(me.typeName), not an instance", loc, .typeError)
        }
        var c: ClassInfo? = inst.cls
        while let k = c, !caller.hasPrefix(k.qualname + ".") || caller.dropFirst(k.qualname.count + 1).contains(".") {
            c = k.base
        }
        guard let defining = c else {
            throw i.fail("super(): \(caller) is not a method of \(inst.cls.name) or its bases", loc, .typeError)
        }
        guard let f = defining.base?.method(name) else {
            throw i.fail("'super' object has no attribute '\(name)'", loc, .attributeError)
        }
        let (result, after) = try i.callKeepingSelf(f, me, try i.evalArgs(args, env), loc)
        try storeSelf.assign(i, env, after)
        return result
    }
}
