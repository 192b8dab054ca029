// TryNodes: compiled `raise`, `try` (`except`, `else`, `finally`) and `with`, with Python's
// semantics over cfy's errors (Diagnostics): what an `except` may catch and what it binds is
// Objects/ExceptionValue.swift.

/// `raise`, `raise X`, `raise X from Y`.
final class RaiseStmt: StmtNode {
    let value: ExprNode?, cause: ExprNode?
    init(_ value: ExprNode?, _ cause: ExprNode?, _ loc: Loc) { self.value = value; self.cause = cause; super.init(loc) }
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        guard let value else {
            if let d = i.handling.last { throw d }
            throw i.fail("No active exception to reraise", loc, .runtimeError)
        }
        let exc = try i.exceptionToRaise(try value.eval(i, env), loc)
        if let cause {
            // Python keeps it as `__cause__` for the traceback; cfy checks it and prints the raised one.
            let c = try cause.eval(i, env)
            if !c.isNone {
                do { _ = try i.exceptionToRaise(c, loc) } catch {
                    throw i.fail("exception causes must derive from BaseException", loc, .typeError)
                }
            }
        }
        throw try i.raised(exc, loc)
    }
}

/// One compiled `except` clause.
struct HandlerNode {
    let type: ExprNode?
    let store: TargetNode?
    /// Unbinds the `as` name when the handler ends, as Python does.
    let unbind: DeleteNode?
    let body: [StmtNode]
    let loc: Loc
}

final class TryNode: StmtNode {
    let body: [StmtNode], handlers: [HandlerNode], orElse: [StmtNode]?, final: [StmtNode]?
    init(_ body: [StmtNode], _ handlers: [HandlerNode], _ orElse: [StmtNode]?, _ final: [StmtNode]?, _ loc: Loc) {
        self.body = body; self.handlers = handlers; self.orElse = orElse; self.final = final; super.init(loc)
    }

    /// `finally` runs after the rest whatever its end (a value, `return`, `break`, an exception);
    /// a `return`, `break` or `continue` in it replaces that end. On an error no `except` may
    /// catch (cfy's limits: steps, memory, Ctrl-C) it does not run: cfy stops.
    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        guard let final else { return try handled(i, env) }
        let outcome: Result<Flow, any Error>
        do { outcome = .success(try handled(i, env)) } catch { outcome = .failure(error) }
        if case .failure(let e) = outcome {
            guard let d = e as? Diagnostic, i.caughtException(d) != nil else { throw e }
        }
        let f = try i.run(final, env)
        if case .normal = f { return try outcome.get() }
        return f
    }

    private func handled(_ i: Interpreter, _ env: Environment) throws -> Flow {
        let flow: Flow
        do { flow = try i.run(body, env) } catch let d as Diagnostic {
            guard !handlers.isEmpty, let exc = i.caughtException(d) else { throw d }
            for h in handlers {
                if let t = h.type, !(try i.exceptionMatches(exc, try t.eval(i, env), h.loc)) { continue }
                return try handle(h, exc, d, i, env)
            }
            throw d
        }
        if case .normal = flow, let orElse { return try i.run(orElse, env) }
        return flow
    }

    private func handle(_ h: HandlerNode, _ exc: Instance, _ d: Diagnostic, _ i: Interpreter, _ env: Environment) throws -> Flow {
        var current = d
        current.exception = Value.instance(exc)
        try h.store?.assign(i, env, .instance(exc))
        i.handling.append(current)
        defer {
            i.handling.removeLast()
            try? h.unbind?.delete(i, env)
        }
        return try i.run(h.body, env)
    }
}

/// `with a as x, b: body`: each item's `__enter__` before the body, its `__exit__(type, value,
/// None)` after it (a true result suppresses the exception), as Python's protocol runs for a
/// user class. A value of an opaque module is an error naming it: cfy does not guess what
/// `torch.no_grad()` would do.
final class WithNode: StmtNode {
    let items: [(context: ExprNode, target: TargetNode?)], body: [StmtNode]
    init(_ items: [(context: ExprNode, target: TargetNode?)], _ body: [StmtNode], _ loc: Loc) {
        self.items = items; self.body = body; super.init(loc)
    }

    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow { try run(0, i, env) }

    private func run(_ k: Int, _ i: Interpreter, _ env: Environment) throws -> Flow {
        guard k < items.count else { return try i.run(body, env) }
        let item = items[k]
        let cm = try item.context.eval(i, env)
        if case .builtin(let b) = cm, let o = b.opaque {
            var d = i.fail("cfy cannot run `with` over `\(o.text)`, a value of the module '\(o.module)', which cfy does "
                           + "not run (it imports as opaque)", item.context.loc, .notImplementedError)
            d.uncatchable = true
            throw d
        }
        guard case .instance(let inst) = cm, inst.cls.method("__enter__") != nil, inst.cls.method("__exit__") != nil else {
            throw i.fail("'\(cm.typeName)' object does not support the context manager protocol", item.context.loc, .typeError)
        }
        let entered = try i.call(try i.getAttr(cm, "__enter__", item.context.loc), Args([]), item.context.loc)
        let exit = try i.getAttr(cm, "__exit__", item.context.loc)
        let flow: Flow
        do {
            try item.target?.assign(i, env, entered)
            flow = try run(k + 1, i, env)
        } catch let d as Diagnostic {
            guard let exc = i.caughtException(d) else { throw d }
            var current = d
            current.exception = Value.instance(exc)
            i.handling.append(current)
            defer { i.handling.removeLast() }
            let r = try i.call(exit, Args([.cls(exc.cls), .instance(exc), .none]), item.context.loc)
            if r.truthy { return .normal }
            throw current
        }
        _ = try i.call(exit, Args([.none, .none, .none]), item.context.loc)
        return flow
    }
}
