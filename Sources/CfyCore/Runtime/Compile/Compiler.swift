// Compiler: syntax tree → nodes (ExprNodes, CallNodes, StmtNodes), names resolved to slots.
//
// A top-level statement is compiled in its module's scope just before it runs; a function body
// is compiled with the statement that defines it, once.

struct Compiler {
    let interp: Interpreter
    let scope: CompileScope

    // MARK: expressions

    func expr(_ e: Expr) -> ExprNode {
        switch e {
        case .literal(let lit, let loc):
            switch lit {
            case .none: return ConstNode(.none, loc)
            case .bool(let b): return ConstNode(.bool(b), loc)
            case .int(let i): return ConstNode(.int(i), loc)
            case .bigint(let b): return ConstNode(.integer(b), loc)
            case .float(let d): return ConstNode(.float(d), loc)
            case .str(let s): return ConstNode(.str(s), loc)
            }
        case .name(let n, let loc): return read(n, loc)
        case .fstring(let parts, let loc): return FStringNode(fparts(parts), loc)
        case .list(let xs, let loc): return sequence(xs, tuple: false, loc)
        case .tuple(let xs, let loc): return sequence(xs, tuple: true, loc)
        case .dict(let pairs, let loc): return DictNode(pairs.map { (expr($0.key), expr($0.value)) }, loc)
        case .dictUnpack(let items, let loc):
            return DictUnpackNode(items.map { item in
                switch item {
                case .pair(let k, let v): return .pair(expr(k), expr(v))
                case .unpack(let m, _): return .unpack(expr(m))
                }
            }, loc)
        case .starred(_, let loc): return ErrorNode("can't use starred expression here", .syntaxError, loc)
        case .set(let xs, let loc):
            let starred = xs.contains { if case .starred = $0 { return true } else { return false } }
            return SetDisplayNode(displayItems(xs), constant: !starred && xs.count > 2 && xs.allSatisfy(SetDisplayNode.folds), loc)
        case .setComp(let elt, let clauses, let loc):
            return comprehension(clauses, "<setcomp>.", loc) { .set($0.expr(elt)) }
        case .unary(let op, let x, let loc): return UnaryNode(op, expr(x), loc)
        case .binary(let op, let a, let b, let loc): return BinaryNode(op, expr(a), expr(b), loc)
        case .compare(let first, let rest, let loc):
            return CompareNode(expr(first), rest.map { ($0.op, expr($0.rhs), $0.loc) }, loc)
        case .and(let a, let b, let loc): return AndNode(expr(a), expr(b), loc)
        case .or(let a, let b, let loc): return OrNode(expr(a), expr(b), loc)
        case .ternary(let c, let t, let f, let loc): return TernaryNode(expr(c), expr(t), expr(f), loc)
        case .attribute(let base, let name, let loc): return AttributeNode(expr(base), name, loc)
        case .index(let base, let idx, let loc):
            if case .slice(let lo, let hi, let st, _) = idx {
                return SliceNode(expr(base), lo.map(expr), hi.map(expr), st.map(expr), loc)
            }
            return IndexNode(expr(base), expr(idx), loc)
        case .slice(_, _, _, let loc):
            return ErrorNode("a slice is only allowed inside [ ]", .syntaxError, loc)
        case .call(let callee, let args, let loc):
            if case .attribute(let base, let name, let aloc) = callee, mutatingMethods.contains(name), isPath(base) {
                return MutatingCallNode(place(base), name, aloc, args.map(arg), loc)
            }
            if case .attribute(.call(.name("super", _), let sargs, _), let name, _) = callee, sargs.isEmpty,
               let m = scope.method {
                return SuperCallNode(read(m.selfName, loc), target(.name(m.selfName, loc)), name, m.qualname,
                                     args.map(arg), loc)
            }
            return CallNode(expr(callee), args.map(arg), loc)
        case .lambda(let params, let body, let loc):
            return LambdaNode(function("<lambda>", params, .expr(body), loc))
        case .listComp(let elt, let clauses, let loc):
            return comprehension(clauses, "<listcomp>.", loc) { .list($0.expr(elt)) }
        case .genExpr(let elt, let clauses, let loc):
            return comprehension(clauses, "<genexpr>.", loc) { .list($0.expr(elt)) }
        case .dictComp(let k, let v, let clauses, let loc):
            return comprehension(clauses, "<dictcomp>.", loc) { .dict(key: $0.expr(k), value: $0.expr(v)) }
        case .walrus(let n, let value, let loc): return WalrusNode(walrusStore(n, loc), expr(value), loc)
        }
    }

    /// A list or tuple display; one with `*x` items unpacks them.
    func sequence(_ xs: [Expr], tuple: Bool, _ loc: Loc) -> ExprNode {
        guard xs.contains(where: { if case .starred = $0 { return true } else { return false } }) else {
            return SequenceNode(xs.map(expr), tuple: tuple, loc)
        }
        return UnpackSequenceNode(displayItems(xs), tuple: tuple, loc)
    }

    func displayItems(_ xs: [Expr]) -> [DisplayItem] {
        xs.map { x in
            if case .starred(let e, _) = x { return .star(expr(e)) }
            return .one(expr(x))
        }
    }

    func read(_ n: String, _ loc: Loc) -> ExprNode {
        switch scope.resolve(n) {
        case .slot(0, let k): return LocalRead(n, k, loc)
        case .slot(let d, let k): return OuterRead(n, d, k, loc)
        case .global(let k): return GlobalRead(n, k, builtin: interp.builtins[n], loc)
        case .dynamic: return DynamicRead(n, loc)
        }
    }

    func fparts(_ parts: [FStringPart]) -> [FPart] {
        parts.map { p in
            switch p {
            case .text(let t): return .text(t)
            case .expr(let e, let conv, let spec, let debug):
                return .expr(expr(e), conversion: conv, spec: spec.map(fparts), debugText: debug)
            }
        }
    }

    func arg(_ a: Argument) -> ArgNode {
        switch a {
        case .positional(let e): return .positional(expr(e))
        case .keyword(let n, let e, let loc): return .keyword(n, expr(e), loc)
        case .star(let e): return .star(expr(e))
        case .doubleStar(let e): return .doubleStar(expr(e))
        }
    }

    /// True for `x`, `x.a`, `x[i]`...: expressions that denote storage.
    func isPath(_ e: Expr) -> Bool {
        switch e {
        case .name: return true
        case .attribute(let b, _, _), .index(let b, _, _): return isPath(b)
        default: return false
        }
    }

    func comprehension(_ clauses: [CompClause], _ kind: String, _ loc: Loc,
                       _ result: (Compiler) -> CompResult) -> ExprNode {
        var targets: [Target] = []
        for c in clauses { if case .for(let t, _) = c { targets.append(t) } }
        let layout = LocalNames(targets: targets).layout()
        let prefix = scope.qualPrefix + kind
        let inner = Compiler(interp: interp, scope: CompileScope(kind: .comprehension, layout: layout, parent: scope,
                                                                 qualPrefix: prefix))
        let nodes: [CompNode] = clauses.map { c in
            switch c {
            case .if(let e): return .if(inner.expr(e))
            case .for(let t, let iter): return .for(inner.target(t), inner.expr(iter))
            }
        }
        return ComprehensionNode(result(inner), nodes, layout: layout, prefix: prefix, loc)
    }

    /// A `def` body or a lambda, compiled in a scope of its own.
    func function(_ name: String, _ params: [Param], _ body: Function.FunctionBody, _ loc: Loc) -> FunctionCode {
        let stmts: [Stmt]
        switch body {
        case .block(let b): stmts = b
        case .expr: stmts = []
        }
        let locals = LocalNames(params: params, body: stmts)
        let layout = locals.layout(params: params)
        let qualname = scope.qualPrefix + name
        let inner = Compiler(interp: interp, scope: CompileScope(
            kind: .function, layout: layout, parent: scope, globalNames: locals.globals,
            nonlocalNames: locals.nonlocals, qualPrefix: qualname + ".<locals>."))
        if scope.kind == .classBody, let me = params.first, me.kind == .normal {
            inner.scope.method = (me.name, qualname)
        }
        var block: [StmtNode] = []
        var single: ExprNode?
        switch body {
        case .block(let b): block = inner.block(b)
        case .expr(let e): single = inner.expr(e)
        }
        return FunctionCode(name: name, qualname: qualname, params: params,
                            defaults: params.map { $0.defaultValue.map(expr) }, body: body,
                            block: block, expr: single, layout: layout, loc: loc)
    }

    // MARK: statements

    func block(_ body: [Stmt]) -> [StmtNode] { body.map(stmt) }

    func stmt(_ s: Stmt) -> StmtNode {
        switch s {
        case .expr(let e, let loc): return ExprStmt(expr(e), loc)
        case .assign(let ts, let e, let loc): return AssignStmt(ts.map(target), expr(e), loc)
        case .augAssign(let t, let op, let e, let loc):
            // In place for a variable or an item (`xs += …`, `d["k"] += …`); a field keeps its type check.
            var variable: PlaceNode?
            switch targetExpr(t) {
            case .name, .index: if isPath(targetExpr(t)) { variable = place(targetExpr(t)) }
            default: break
            }
            return AugAssignStmt(expr(targetExpr(t)), target(t), op, expr(e), variable: variable, loc)
        case .def(let d):
            return DefStmt(function(d.name, d.params, .block(d.body), d.loc), store(d.name))
        case .classDecl(let c): return classStmt(c)
        case .if(let branches, let elseBody, let loc):
            return IfStmt(branches.map { (expr($0.cond), block($0.body)) }, elseBody.map(block), loc)
        case .for(let t, let iter, let body, let loc): return ForStmt(target(t), expr(iter), block(body), loc)
        case .while(let cond, let body, let loc): return WhileStmt(expr(cond), block(body), loc)
        case .break(let loc): return FlowStmt(.breakLoop, loc)
        case .continue(let loc): return FlowStmt(.continueLoop, loc)
        case .pass(let loc): return FlowStmt(.normal, loc)
        case .return(let e, let loc): return ReturnStmt(e.map(expr), loc)
        case .assert(let c, let msg, let loc): return AssertStmt(expr(c), msg.map(expr), loc)
        case .global(let names, let loc): return DeclareStmt(names, nonlocal: false, loc)
        case .nonlocal(let names, let loc): return DeclareStmt(names, nonlocal: true, loc)
        case .import(let name, let alias, let loc):
            let top = alias == nil ? name.split(separator: ".").first.map(String.init) ?? name : nil
            return ImportStmt(name, store(alias ?? top ?? name), top: top != nil && top != name, loc)
        case .fromImport(let name, let names, let loc) where names.count == 1 && names[0].name == "*":
            return StarImportStmt(name, loc)
        case .fromImport(let name, let names, let loc):
            return FromImportStmt(name, names.map { ($0.name, store($0.alias ?? $0.name)) }, loc)
        case .raise(let e, let cause, let loc): return RaiseStmt(e.map(expr), cause.map(expr), loc)
        case .try(let t):
            let handlers = t.handlers.map { h in
                HandlerNode(type: h.type.map(expr), store: h.name.map(store),
                            unbind: h.name.map { NameDelete($0, scope.resolveStore($0), h.loc) }, body: block(h.body), loc: h.loc)
            }
            return TryNode(block(t.body), handlers, t.orElse.map(block), t.finally.map(block), t.loc)
        case .del(let ts, let loc): return DelStmt(ts.map(deleteTarget), loc)
        case .with(let items, let body, let loc):
            return WithNode(items.map { (expr($0.context), $0.target.map(target)) }, block(body), loc)
        case .unsupported(let message, let loc): return ExprStmt(ErrorNode(message, .notImplementedError, loc), loc)
        }
    }

    func deleteTarget(_ t: Target) -> DeleteNode {
        switch t {
        case .name(let n, let loc): return NameDelete(n, scope.resolveStore(n), loc)
        case .tuple(let ts, let loc): return TupleDelete(ts.map(deleteTarget), loc)
        case .attribute(_, let name, let loc): return AttributeDelete(name, loc)
        case .index(let base, .slice(let lo, let hi, let st, _), let loc):
            return ItemDelete(place(base), index: nil, slice: (lo.map(expr), hi.map(expr), st.map(expr)), loc)
        case .index(let base, let idx, let loc): return ItemDelete(place(base), index: expr(idx), slice: nil, loc)
        case .starred(let inner, _): return deleteTarget(inner)     // the parser rejects `del *x`
        }
    }

    func classStmt(_ c: ClassDecl) -> StmtNode {
        var names: [String] = []
        for m in c.members {
            switch m {
            case .field(let n, _, _, _), .assign(let n, _, _): if !names.contains(n) { names.append(n) }
            case .method: break
            }
        }
        let layout = Layout(names)
        let prefix = scope.qualPrefix + c.name + "."
        let inner = Compiler(interp: interp, scope: CompileScope(kind: .classBody, layout: layout, parent: scope,
                                                                 qualPrefix: prefix))
        let members: [ClassMemberNode] = c.members.map { m in
            switch m {
            case .field(_, _, let d, _): return .value(d.map(inner.expr))
            case .assign(_, let e, _): return .value(inner.expr(e))
            case .method(let d): return .method(inner.function(d.name, d.params, .block(d.body), d.loc))
            }
        }
        return ClassStmt(c, bases: c.bases.map(expr), members: members, layout: layout, prefix: prefix, store(c.name))
    }

    // MARK: targets and places

    func store(_ n: String) -> TargetNode {
        switch scope.resolveStore(n) {
        case .slot(_, let k): return LocalStore(k)
        case .global(let k): return GlobalStore(k)
        case .dynamic: return DynamicStore(n)
        }
    }

    func target(_ t: Target) -> TargetNode {
        switch t {
        case .name(let n, _): return store(n)
        case .tuple(let ts, let loc):
            guard let k = ts.firstIndex(where: { if case .starred = $0 { return true } else { return false } }),
                  case .starred(let star, _) = ts[k] else {
                return TupleTarget(ts.map(target), loc)
            }
            return StarredTupleTarget(before: ts[..<k].map(target), star: target(star),
                                      after: ts[(k + 1)...].map(target), loc)
        case .starred(let t, _): return target(t)     // the parser allows it only inside a tuple
        case .attribute(let base, let name, let loc): return AttributeTarget(place(base), name, loc)
        case .index(let base, let idx, let loc): return IndexTarget(place(base), expr(idx), loc)
        }
    }

    /// The expression that reads what target `t` holds (for `+=`).
    func targetExpr(_ t: Target) -> Expr {
        switch t {
        case .name(let n, let l): return .name(n, l)
        case .attribute(let b, let n, let l): return .attribute(b, n, l)
        case .index(let b, let i, let l): return .index(b, i, l)
        case .tuple(let ts, let l): return .tuple(ts.map(targetExpr), l)
        case .starred(let t, let l): return .starred(targetExpr(t), l)
        }
    }

    func place(_ e: Expr) -> PlaceNode {
        switch e {
        case .name(let n, let loc): return NamePlace(n, scope.resolve(n), loc)
        case .attribute(let base, let name, let loc): return AttributePlace(place(base), name, loc)
        case .index(let base, let idx, let loc): return IndexPlace(place(base), expr(idx), loc)
        default: return ValuePlace(expr(e))
        }
    }
}
