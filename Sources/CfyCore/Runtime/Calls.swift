// Calls: functions, argument binding, recursion depth, and the call chain in errors.

extension Interpreter {
    /// Runs a `def` or lambda: the defaults are evaluated now, in `env`, which becomes the closure.
    func makeFunction(_ code: FunctionCode, _ env: Environment) throws -> Function {
        if let p = code.duplicate {
            throw fail("duplicate argument '\(p.name)' in function definition", p.loc, .syntaxError)
        }
        var defaults: [Value?] = []
        defaults.reserveCapacity(code.defaults.count)
        for d in code.defaults { defaults.append(try d.map { try $0.eval(self, env) }) }
        if env !== globals, closureScopes.last?.env !== env {
            if closureScopes.count >= closureCompactAt {
                closureScopes.removeAll { $0.env == nil }
                closureCompactAt = max(1024, closureScopes.count * 2)
            }
            closureScopes.append(WeakScope(env))
        }
        return Function(code: code, defaults: defaults, closure: env, source: source)
    }

    /// Calls any callable value.
    public func call(_ callee: Value, _ args: Args, _ loc: Loc) throws -> Value {
        switch callee {
        case .function(let f): return try callFunction(f, args, loc)
        case .builtin(let b): return try b.impl(BuiltinContext(self), args, loc)
        case .method(let m):
            if let f = m.function { return try callFunction(f, args.prepending(m.receiver), loc) }
            if case .type(let t) = m.receiver { return try callUnbound(t, m.name, args, loc) }
            return try callBuiltinMethod(m.receiver, m.name, args, loc)
        case .cls(let c): return try construct(c, args, loc)
        case .type(let t): return try convert(t, args, loc)
        default:
            throw fail("'\(callee.typeName)' object is not callable", loc, .typeError)
        }
    }

    /// `str.upper("a")`: a builtin type's method called with the object first.
    func callUnbound(_ t: BuiltinType, _ name: String, _ args: Args, _ loc: Loc) throws -> Value {
        guard let recv = args.positional.first else {
            throw fail("unbound method \(t.rawValue).\(name)() needs an argument", loc, .typeError)
        }
        guard case .type(let rt) = typeOf(recv), rt == t || (t == .int && rt == .bool) else {
            throw fail("descriptor '\(name)' for '\(t.rawValue)' objects doesn't apply to a '\(recv.typeName)' object",
                       loc, .typeError)
        }
        if methodTables[t.rawValue]?[name]?.mutates == true {
            throw fail("\(t.rawValue).\(name)(x, ...) would change x in place, which cfy's values cannot do through "
                       + "a call; write x.\(name)(...)", loc, .notImplementedError)
        }
        return try callBuiltinMethod(recv, name, Args(Array(args.positional.dropFirst()), args.keywords), loc)
    }

    func callFunction(_ f: Function, _ args: Args, _ loc: Loc) throws -> Value {
        try tick(loc)
        if depth >= maxDepth || stackIsLow() {
            throw fail("maximum recursion depth exceeded (limit \(maxDepth))", loc, .recursionError)
        }
        let env = Environment(parent: f.closure, layout: f.code.layout, kind: .function, qualPrefix: f.code.localsPrefix)
        try bind(f, args, env, loc)
        return try enter(f, env, loc)
    }

    /// Calls the method `f` with `receiver` as `self`; also returns what `self` holds when the
    /// method returns (values are copied, so `self.x = ...` changes the method's own `self`).
    func callKeepingSelf(_ f: Function, _ receiver: Value, _ args: Args, _ loc: Loc) throws
        -> (result: Value, receiver: Value) {
        try tick(loc)
        if depth >= maxDepth || stackIsLow() {
            throw fail("maximum recursion depth exceeded (limit \(maxDepth))", loc, .recursionError)
        }
        let env = Environment(parent: f.closure, layout: f.code.layout, kind: .function, qualPrefix: f.code.localsPrefix)
        try bind(f, args.prepending(receiver), env, loc)
        let r = try enter(f, env, loc)
        return (r, env.get(0) ?? receiver)
    }

    /// A call of a function with only plain parameters and as many positional arguments: each
    /// argument is evaluated straight into its parameter's slot.
    func callSimple(_ f: Function, _ argNodes: [ExprNode], _ caller: Environment, _ loc: Loc) throws -> Value {
        let env = Environment(parent: f.closure, layout: f.code.layout, kind: .function, qualPrefix: f.code.localsPrefix)
        for (k, a) in argNodes.enumerated() { env.put(k, try a.eval(self, caller)) }
        try tick(loc)
        if depth >= maxDepth || stackIsLow() {
            throw fail("maximum recursion depth exceeded (limit \(maxDepth))", loc, .recursionError)
        }
        return try enter(f, env, loc)
    }

    /// Runs `f`'s body in `env` (its arguments bound), with the call in the error's chain.
    private func enter(_ f: Function, _ env: Environment, _ loc: Loc) throws -> Value {
        let callerSource = source
        depth += 1
        source = f.source
        defer { depth -= 1; source = callerSource }
        do {
            if let e = f.code.expr { return try e.eval(self, env) }
            if case .returned(let v) = try run(f.code.block, env) { return v }
            return .none
        } catch var d as Diagnostic {
            d.addCaller("\(callerSource?.name ?? "<input>"):\(loc.line):\(loc.col) in \(f.qualname)")
            throw d
        }
    }

    /// Python's argument binding for `def f(a, /, b=1, *args, c, **kw)`; parameter k is slot k.
    /// The errors are CPython 3.11's, with the function's qualified name.
    func bind(_ f: Function, _ args: Args, _ env: Environment, _ loc: Loc) throws {
        let name = f.qualname + "()"
        let positional = f.params.indices.filter { f.params[$0].kind == .normal && !f.params[$0].keywordOnly }
        var bound = [Value?](repeating: nil, count: f.params.count)
        var extra: [Value] = []
        for (k, v) in args.positional.enumerated() {
            if k < positional.count { bound[positional[k]] = v } else { extra.append(v) }
        }
        let star = f.params.firstIndex { $0.kind == .star }
        let dstar = f.params.firstIndex { $0.kind == .doubleStar }
        var kw = PyDict()
        for (k, v) in args.keywords {
            if let i = f.params.firstIndex(where: { $0.name == k && $0.kind == .normal && !$0.positionalOnly }) {
                if bound[i] != nil { throw fail("\(name) got multiple values for argument '\(k)'", args.loc(ofKeyword: k, loc), .typeError) }
                bound[i] = v
            } else if dstar != nil {
                kw.set(.str(PyStr(k)), key: .str(k), value: v)
            } else {
                let byKeyword = args.keywords.map(\.0).filter { k in f.params.contains { $0.name == k && $0.positionalOnly } }
                if !byKeyword.isEmpty {
                    throw fail("\(name) got some positional-only arguments passed as keyword arguments: '"
                               + byKeyword.joined(separator: ", ") + "'", loc, .typeError)
                }
                // CPython 3.11 suggests no name here: with cfy's hint, the words are cfy's.
                let hint = didYouMean(k, f.params.filter { !$0.positionalOnly }.map(\.name))
                let d = fail("\(name) got an unexpected keyword argument '\(k)'" + hint, args.loc(ofKeyword: k, loc), .typeError)
                throw hint.isEmpty ? d : d.inCfysWords()
            }
        }
        if !extra.isEmpty {
            guard let s = star else { throw tooManyPositional(f, name, args, positional, loc) }
            bound[s] = .tuple(extra)
        } else if let s = star { bound[s] = .tuple([]) }
        if let d = dstar { bound[d] = .dict(kw) }
        var missing: [String] = [], missingKeyword: [String] = []
        for i in f.params.indices {
            if bound[i] == nil { bound[i] = f.defaults[i] }
            if bound[i] == nil {
                if f.params[i].keywordOnly { missingKeyword.append("'\(f.params[i].name)'") } else { missing.append("'\(f.params[i].name)'") }
            }
            if let v = bound[i] { env.put(i, v) }
        }
        for (names, what) in [(missing, "positional"), (missingKeyword, "keyword-only")] where !names.isEmpty {
            throw fail("\(name) missing \(names.count) required \(what) argument\(names.count == 1 ? "" : "s"): "
                       + Self.pythonList(names), loc, .typeError)
        }
    }

    /// CPython's `f() takes 1 positional argument but 2 were given` (with its variants).
    private func tooManyPositional(_ f: Function, _ name: String, _ args: Args, _ positional: [Int], _ loc: Loc) -> Error {
        let required = positional.filter { f.defaults[$0] == nil }.count
        let takes = required == positional.count ? "\(positional.count)" : "from \(required) to \(positional.count)"
        let plural = required == positional.count && positional.count == 1 ? "" : "s"
        let given = args.positional.count
        let keywordOnly = args.keywords.filter { k in f.params.contains { $0.name == k.0 && $0.keywordOnly } }.count
        let was = keywordOnly == 0 ? (given == 1 ? "1 was" : "\(given) were")
            : "\(given) positional argument\(given == 1 ? "" : "s") (and \(keywordOnly) keyword-only argument\(keywordOnly == 1 ? "" : "s")) were"
        return fail("\(name) takes \(takes) positional argument\(plural) but \(was) given", loc, .typeError)
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
    static func pythonList(_ names: [String]) -> String {
        if names.count <= 2 { return names.joined(separator: " and ") }
        return names.dropLast().joined(separator: ", ") + ", and " + (names.last ?? "")
    }

    /// Checks a builtin's positional arity.
    func arity(_ name: String, _ args: Args, _ range: ClosedRange<Int>, _ loc: Loc) throws {
        if !range.contains(args.positional.count) {
            let want = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw fail("\(name)() takes \(want) positional argument\(range.upperBound == 1 ? "" : "s") but \(args.positional.count) were given", loc, .typeError)
                .inCfysWords()
        }
    }

    /// Rejects keyword arguments a builtin does not take.
    func onlyKeywords(_ name: String, _ args: Args, _ allowed: [String], _ loc: Loc) throws {
        for (k, _) in args.keywords where !allowed.contains(k) {
            throw fail("\(name)() got an unexpected keyword argument '\(k)'" + didYouMean(k, allowed), loc, .typeError).inCfysWords()
        }
    }
}
