// PyAliasing: where Python's shared objects would give another result than cfy's copied values.
// In Python `for a in args: a.lr = 0.1` changes the items of `args`, and so do `alias = base;
// alias.lr = 0.1` and a function changing its argument; cfy copies values, so the same code would
// leave `args` as it was and give other hashes. Such an in-place change, through a name that may
// share its value, is a statement cfy cannot run yet in a `.py` file: an error, never a guessed
// hash. (A syntax-only pass over a parsed Python program, following each scope's statements in
// order; docs/python.md.)

/// Marks the in-place changes that depend on Python's aliasing.
struct PyAliasing {
    static let mutating: Set<String> = ["append", "clear", "extend", "insert", "pop", "remove", "reverse", "sort",
                                        "popitem", "setdefault", "update", "add", "discard",
                                        "intersection_update", "difference_update", "symmetric_difference_update"]

    /// The names of this scope that may share their value with something else here, and why: the
    /// pass follows the statements in order (a name assigned a fresh value, `p = copy.deepcopy(base)`,
    /// no longer shares), joining branches and going round each loop until nothing changes.
    var shared: [String: String] = [:]
    /// Names holding a new container whose items are another value's (`d = {**base}`,
    /// `xs = [*ys]`): changing the container is safe, changing an item of it is not.
    var shallow: [String: String] = [:]

    /// A module's statements, with every aliasing change replaced by `.unsupported`.
    static func check(_ program: [Stmt]) -> [Stmt] {
        var top = PyAliasing()
        return top.rewrite(program)
    }

    /// A function body, its parameters sharing the caller's values (except `self` of
    /// `__post_init__`, whose changes cfy keeps, as Python does).
    static func function(_ d: FunctionDecl, method: Bool) -> FunctionDecl {
        var scope = PyAliasing()
        for (k, p) in d.params.enumerated() where !(method && k == 0 && d.name == "__post_init__") {
            scope.shared[p.name] = k == 0 && method ? "`\(p.name)` is the instance the method was called on"
                                                    : "`\(p.name)` is the caller's value"
        }
        var out = d
        out.body = scope.rewrite(d.body)
        return out
    }

    // MARK: which names may share

    /// Binds the names of `t` to a value that is shared (`why`) or fresh (nil).
    mutating func bind(_ t: Target, _ why: ((String) -> String)?) {
        names(t) { n in
            if let why { shared[n] = why(n) } else { shared[n] = nil }
            shallow[n] = nil
        }
    }

    /// Adds what `other` may share (a join of two paths).
    mutating func join(_ other: PyAliasing) {
        for (k, v) in other.shared where shared[k] == nil { shared[k] = v }
        for (k, v) in other.shallow where shallow[k] == nil { shallow[k] = v }
    }

    /// A display with `*x` or `**x` items: a new container holding another value's items.
    func unpacksItems(_ e: Expr) -> Bool {
        switch e {
        case .list(let xs, _), .tuple(let xs, _), .set(let xs, _):
            return xs.contains { if case .starred = $0 { return true } else { return false } }
        case .dictUnpack: return true
        default: return false
        }
    }

    func names(_ t: Target, _ f: (String) -> Void) {
        switch t {
        case .name(let n, _): f(n)
        case .tuple(let ts, _): for x in ts { names(x, f) }
        case .starred(let x, _): names(x, f)
        case .attribute, .index: break
        }
    }

    /// `x`, `x.a`, `x[i]`: an expression that gives a value stored elsewhere.
    func isPath(_ e: Expr) -> Bool {
        switch e {
        case .name: return true
        case .attribute(let b, _, _), .index(let b, _, _): return isPath(b)
        default: return false
        }
    }

    /// A loop over a display, a comprehension or `range()` gets values no one else holds.
    func isFresh(_ e: Expr) -> Bool {
        switch e {
        case .list, .tuple, .set: return !unpacksItems(e)
        case .dict, .dictUnpack, .listComp, .dictComp, .setComp, .genExpr, .literal: return true
        case .call(.name("range", _), _, _): return true
        default: return false
        }
    }

    // MARK: rewriting

    mutating func rewrite(_ body: [Stmt]) -> [Stmt] { body.map { rewrite($0) } }

    /// A loop body run any number of times from the current state: the state at its head is the
    /// join of the entry and of every point inside (a `break` may leave anywhere), until stable.
    mutating func loop(_ body: [Stmt], head: (inout PyAliasing) -> Void) -> [Stmt] {
        var out = body
        for _ in 0..<8 {
            let before = (Set(shared.keys), Set(shallow.keys))
            head(&self)
            var inner = self
            out = body.map { s in
                let r = inner.rewrite(s)
                join(inner)
                return r
            }
            join(inner)
            if Set(shared.keys) == before.0, Set(shallow.keys) == before.1 { break }
        }
        return out
    }

    mutating func rewrite(_ s: Stmt) -> Stmt {
        bindWalruses(s)
        switch s {
        case .assign(let targets, let value, let loc):
            for t in targets { if let why = changes(t) { return unsupported(why, loc) } }
            let path = isPath(value)
            for t in targets { bind(t, path ? { "`\($0)` is another name for the same object" } : nil) }
            if unpacksItems(value) {
                for t in targets { names(t) { shallow[$0] = "`\($0)` holds the items of another value (`*`/`**` copies only the container)" } }
            }
        case .augAssign(let t, _, _, let loc):
            if case .name = t {} else if let why = changes(t) { return unsupported(why, loc) }
        case .expr(.call(.attribute(let base, let name, _), _, _), let loc) where Self.mutating.contains(name):
            if let r = root(base), let why = shared[r] ?? deep(base, r) { return unsupported(why, loc) }
        case .if(let branches, let els, let loc):
            let entry = self
            var exit = PyAliasing()
            var out: [(cond: Expr, body: [Stmt])] = []
            for b in branches {
                self = entry
                out.append((b.cond, rewrite(b.body)))
                exit.join(self)
            }
            self = entry
            let e = els.map { rewrite($0) }
            join(exit)
            return .if(out, else: e, loc)
        case .for(let t, let iter, let body, let loc):
            let fresh = isFresh(iter)
            let b = loop(body) { $0.bind(t, fresh ? nil : { "`\($0)` is an item of what the loop goes through" }) }
            return .for(t, iter, b, loc)
        case .while(let c, let body, let loc): return .while(c, loop(body) { _ in }, loc)
        case .try(var t): return .try(rewriteTry(&t))
        case .del(let targets, let loc):
            // `del x[k]` changes x in place, as `x[k] = v` does; `del x` unbinds x.
            for t in targets { if let why = changes(t) { return unsupported(why, loc) } }
            for t in targets { bind(t, nil) }
        case .with(let items, let body, let loc):
            for item in items {
                if let t = item.target { bind(t, { "`\($0)` is what `__enter__` returned (often the context object itself)" }) }
            }
            return .with(items, rewrite(body), loc)
        case .def(let d):
            shared[d.name] = nil
            return .def(Self.function(d, method: false))
        case .classDecl(var c):
            c.members = c.members.map { m in
                if case .method(let d) = m { return .method(Self.function(d, method: true)) }
                return m
            }
            return .classDecl(c)
        default: break
        }
        return s
    }

    /// `name := value` in the expressions a statement evaluates before its body: `name` shares
    /// what `value` names, as `name = value` would.
    mutating func bindWalruses(_ s: Stmt) {
        var exprs: [Expr] = []
        switch s {
        case .expr(let e, _), .assign(_, let e, _), .augAssign(_, _, let e, _), .return(let e?, _), .for(_, let e, _, _),
             .while(let e, _, _):
            exprs = [e]
        case .if(let branches, _, _): exprs = branches.map(\.cond)
        case .assert(let c, let m, _): exprs = [c] + (m.map { [$0] } ?? [])
        case .raise(let e, let c, _): exprs = [e, c].compactMap { $0 }
        case .with(let items, _, _): exprs = items.map(\.context)
        default: return
        }
        for e in exprs {
            for (n, v) in e.walruses {
                shared[n] = isPath(v) ? "`\(n)` is another name for the same object" : nil
            }
        }
    }

    /// A `try`: a handler may start at any point of the body (joined), `else` after the body, and
    /// `finally` after any of them.
    mutating func rewriteTry(_ t: inout TryBlock) -> TryBlock {
        var anyPoint = self
        t.body = t.body.map { s in
            let r = rewrite(s)
            anyPoint.join(self)
            return r
        }
        var exit = self
        if let e = t.orElse {
            t.orElse = rewrite(e)
            exit = self
        }
        t.handlers = t.handlers.map { h in
            var h = h
            self = anyPoint
            if let n = h.name { shared[n] = nil; shallow[n] = nil }
            h.body = rewrite(h.body)
            exit.join(self)
            return h
        }
        self = exit
        join(anyPoint)
        if let f = t.finally { t.finally = rewrite(f) }
        return t
    }

    /// Why storing into `t` changes a shared value, or nil.
    func changes(_ t: Target) -> String? {
        switch t {
        case .name: return nil
        case .tuple(let ts, _): return ts.lazy.compactMap { changes($0) }.first
        case .starred(let x, _): return changes(x)
        case .attribute(let b, _, _), .index(let b, _, _): return root(b).flatMap { shared[$0] ?? deep(b, $0) }
        }
    }

    /// Why changing `b` (rooted at name `r`) in place changes an item another value holds too.
    func deep(_ b: Expr, _ r: String) -> String? {
        if case .name = b { return nil }
        return shallow[r]
    }

    func root(_ e: Expr) -> String? {
        switch e {
        case .name(let n, _): return n
        case .attribute(let b, _, _), .index(let b, _, _): return root(b)
        default: return nil
        }
    }

    func unsupported(_ why: String, _ loc: Loc) -> Stmt {
        .unsupported("cfy cannot run this in-place change yet: \(why), and in Python the change shows there too, "
                     + "while cfy copies values (make a new value instead: `copy.deepcopy(...)` or `replace(...)`, "
                     + "then change that)", loc)
    }
}
