// ParserTry: the exception statements, for both front ends (`block` reads `{ }` in `.cfy` and
// `:` + an indented block in Python): `raise [X [from Y]]`, `try` with its `except`, `else` and
// `finally` clauses, and Python's `del` targets.

extension ParserState {
    /// `raise`, `raise X`, `raise X from Y`.
    mutating func raiseStatement() throws(SyntaxError) -> Stmt {
        let kw = advance()
        if atStatementEnd || at(.rbrace) { return .raise(nil, cause: nil, kw.loc) }
        let value = try expr()
        return .raise(value, cause: accept(.from) ? try expr() : nil, kw.loc)
    }

    /// `try BODY (except [TYPE [as NAME]] BODY)* [else BODY] [finally BODY]`: at least one
    /// `except` or a `finally`; `else` only after an `except`; a bare `except` last.
    mutating func tryStatement() throws(SyntaxError) -> Stmt {
        let kw = advance()
        let body = try block("the try body")
        var handlers: [ExceptClause] = []
        var orElse: [Stmt]?
        var final: [Stmt]?
        while true {
            let save = pos
            while toks[pos].isNewline { pos += 1 }
            if at(.except), orElse == nil {
                let t = advance()
                if let bare = handlers.last, bare.type == nil {
                    try raise("default 'except:' must be last", at: bare.loc)
                }
                if python, at(.star) { notYet("`except*` (exception groups)", at: tok.loc); advance() }
                var type: Expr?
                var name: String?
                if !at(.colon), !at(.lbrace) {
                    type = try exceptType()
                    if accept(.as) { name = mangled(try self.name("a name after 'as'")) }
                }
                handlers.append(ExceptClause(type: type, name: name, body: try block("the except body"), loc: t.loc))
            } else if at(.else), !handlers.isEmpty, orElse == nil {
                advance()
                orElse = try block("the else body")
            } else if accept(.finally) {
                final = try block("the finally body")
                break
            } else {
                pos = save
                break
            }
        }
        if handlers.isEmpty, final == nil {
            // At the end of the input the REPL reads on: the clauses may come on the next lines.
            let atEnd = toks[pos...].allSatisfy { $0.isNewline || $0.isEOF }
            let e = failure("'except' or 'finally' after the try body")
            throw atEnd ? SyntaxError(diagnostic: e.diagnostic, incomplete: true) : e
        }
        return .try(TryBlock(body: body, handlers: handlers, orElse: orElse, finally: final, loc: kw.loc))
    }

    /// The class after `except`: `E`, `(A, B)`, or Python's unparenthesised `A, B` (a syntax
    /// error in 3.11: "multiple exception types must be parenthesized").
    mutating func exceptType() throws(SyntaxError) -> Expr {
        let e = try expr()
        if at(.comma) { try raise("multiple exception types must be parenthesized", at: startLoc(e)) }
        return e
    }

    /// `del a, b[k], c.x, d[i:j]` (Python's targets: names, items, slices, attributes, tuples).
    mutating func delStatement() throws(SyntaxError) -> Stmt {
        let kw = advance()
        let e = try exprList()
        return .del(try delTargets(e), kw.loc)
    }

    func delTarget(_ e: Expr) -> Target? {
        switch e {
        case .name(let n, let l): return .name(n, l)
        case .attribute(let o, let n, let l): return .attribute(o, n, l)
        case .index(let o, let i, let l): return .index(o, i, l)
        case .tuple(let xs, let l), .list(let xs, let l):
            var ts: [Target] = []
            for x in xs { guard let t = delTarget(x) else { return nil }; ts.append(t) }
            return .tuple(ts, l)
        default: return nil
        }
    }

    mutating func delTargets(_ e: Expr) throws(SyntaxError) -> [Target] {
        let items: [Expr]
        if case .tuple(let xs, _) = e { items = xs } else { items = [e] }
        var out: [Target] = []
        for x in items {
            guard let t = delTarget(x) else {
                var bad = x
                while true {          // the first item of a tuple that cannot be deleted
                    guard case .tuple(let xs, _) = bad, let b = xs.first(where: { delTarget($0) == nil }) else { break }
                    bad = b
                }
                try raise("cannot delete \(describe(bad))", at: startLoc(bad))
            }
            out.append(t)
        }
        return out
    }
}
