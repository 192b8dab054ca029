// Eval: expressions to values.

extension Interpreter {
    func eval(_ e: Expr, _ env: Environment) throws -> Value {
        switch e {
        case .literal(let lit, _):
            switch lit {
            case .none: return .none
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            case .str(let s): return .str(s)
            }
        case .name(let n, let loc):
            if let v = env.lookup(n) ?? builtins[n] { return v }
            throw undefinedName(n, loc, env)
        case .fstring(let parts, _):
            return .str(try fstring(parts, env))
        case .list(let xs, _):
            return .list(try xs.map { try eval($0, env) })
        case .tuple(let xs, _):
            return .tuple(try xs.map { try eval($0, env) })
        case .dict(let pairs, _):
            var d = PyDict()
            for p in pairs {
                let k = try eval(p.key, env)
                let v = try eval(p.value, env)
                try dictSet(&d, k, v, p.key.loc)
            }
            return .dict(d)
        case .unary(let op, let x, let loc):
            return try unary(op, try eval(x, env), loc)
        case .binary(let op, let a, let b, let loc):
            let l = try eval(a, env)
            return try binary(op, l, try eval(b, env), loc)
        case .compare(let first, let rest, _):
            var lhs = try eval(first, env)
            for c in rest {
                let rhs = try eval(c.rhs, env)
                if !(try compare(c.op, lhs, rhs, c.loc)) { return .bool(false) }
                lhs = rhs
            }
            return .bool(true)
        case .and(let a, let b, _):
            let l = try eval(a, env)
            return l.truthy ? try eval(b, env) : l
        case .or(let a, let b, _):
            let l = try eval(a, env)
            return l.truthy ? l : try eval(b, env)
        case .ternary(let c, let t, let f, _):
            return try eval(c, env).truthy ? try eval(t, env) : try eval(f, env)
        case .attribute(let base, let name, let loc):
            return try getAttr(try eval(base, env), name, loc)
        case .index(let base, let idx, let loc):
            let b = try eval(base, env)
            if case .slice(let lo, let hi, let st, _) = idx {
                return try slice(b, try lo.map { try eval($0, env) }, try hi.map { try eval($0, env) },
                                 try st.map { try eval($0, env) }, loc)
            }
            return try getItem(b, try eval(idx, env), loc)
        case .slice(_, _, _, let loc):
            throw fail("a slice is only allowed inside [ ]", loc, "SyntaxError")
        case .call(let callee, let args, let loc):
            return try evalCall(callee, args, loc, env)
        case .lambda(let params, let body, let loc):
            return .function(try makeFunction("<lambda>", params, .expr(body), env, loc))
        case .listComp(let elt, let clauses, _):
            var out: [Value] = []
            let scope = Environment(parent: env, qualPrefix: env.qualPrefix + "<listcomp>.")
            try comprehend(clauses[...], scope) { out.append(try self.eval(elt, scope)) }
            return .list(out)
        case .dictComp(let k, let v, let clauses, _):
            var d = PyDict()
            let scope = Environment(parent: env, qualPrefix: env.qualPrefix + "<dictcomp>.")
            try comprehend(clauses[...], scope) {
                let key = try self.eval(k, scope)
                try self.dictSet(&d, key, try self.eval(v, scope), k.loc)
            }
            return .dict(d)
        }
    }

    /// Runs `body` once per binding the comprehension clauses produce.
    func comprehend(_ clauses: ArraySlice<CompClause>, _ env: Environment, _ body: () throws -> Void) throws {
        guard let first = clauses.first else { return try body() }
        let rest = clauses.dropFirst()
        switch first {
        case .if(let c):
            if try eval(c, env).truthy { try comprehend(rest, env, body) }
        case .for(let target, let iter):
            let seq = try eval(iter, env)
            try iterate(seq, iter.loc) { item in
                try self.tick(iter.loc)
                try self.assign(target, item, env)
                try self.comprehend(rest, env, body)
                return true
            }
        }
    }

    func fstring(_ parts: [FStringPart], _ env: Environment) throws -> String {
        var out = ""
        for p in parts {
            switch p {
            case .text(let t): out += t
            case .expr(let e, let conv, let spec, let debug):
                let v = try eval(e, env)
                if let d = debug { out += d }
                let specText = try spec.map { try fstring($0, env) }
                switch conv {
                case "r": out += try format(.str(repr(v)), specText ?? "", e.loc)
                case "s": out += try format(.str(str(v)), specText ?? "", e.loc)
                case "a": out += try format(.str(asciiRepr(v)), specText ?? "", e.loc)
                default:
                    if debug != nil, specText == nil { out += try repr(v) }
                    else { out += try format(v, specText ?? "", e.loc) }
                }
            }
        }
        return out
    }

    func dictSet(_ d: inout PyDict, _ k: Value, _ v: Value, _ loc: Loc) throws {
        guard let key = DictKey(k) else { throw fail("unhashable type: '\(k.typeName)'", loc, "TypeError") }
        d.set(key, key: k, value: v)
    }

    /// Calls, with the in-place path for mutating methods (`xs.append(1)` changes `xs`).
    func evalCall(_ callee: Expr, _ argExprs: [Argument], _ loc: Loc, _ env: Environment) throws -> Value {
        if case .attribute(let base, let name, let aloc) = callee, mutatingMethods.contains(name), isPath(base) {
            let args = try evalArgs(argExprs, env)
            var result = Value.none
            try mutate(base, env) { recv in
                if let r = try self.callMutatingMethod(&recv, name, args, aloc) { result = r }
                else { result = try self.call(try self.getAttr(recv, name, aloc), args, loc) }
            }
            return result
        }
        let f = try eval(callee, env)
        return try call(f, try evalArgs(argExprs, env), loc)
    }

    /// True for `x`, `x.a`, `x[i]`...: expressions that denote storage.
    func isPath(_ e: Expr) -> Bool {
        switch e {
        case .name: return true
        case .attribute(let b, _, _), .index(let b, _, _): return isPath(b)
        default: return false
        }
    }

    func evalArgs(_ argExprs: [Argument], _ env: Environment) throws -> Args {
        var a = Args()
        for arg in argExprs {
            switch arg {
            case .positional(let e): a.positional.append(try eval(e, env))
            case .keyword(let n, let e, let loc):
                if a.keywords.contains(where: { $0.name == n }) {
                    throw fail("keyword argument repeated: \(n)", loc, "SyntaxError")
                }
                a.keywords.append((n, try eval(e, env)))
            case .star(let e):
                try iterate(try eval(e, env), e.loc) { a.positional.append($0); return true }
            case .doubleStar(let e):
                guard case .dict(let d) = try eval(e, env) else {
                    throw fail("argument after ** must be a dict", e.loc, "TypeError")
                }
                for (k, v) in d.entries {
                    guard case .str(let n) = k else { throw fail("keywords must be strings", e.loc, "TypeError") }
                    if a.keywords.contains(where: { $0.name == n }) {
                        throw fail("got multiple values for keyword argument '\(n)'", e.loc, "TypeError")
                    }
                    a.keywords.append((n, v))
                }
            }
        }
        return a
    }
}
