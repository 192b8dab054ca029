// PyParser: the parser's Python mode — `:` blocks over the lexer's indentation braces, and the
// statements Python has and cfy does not (`with`, `del`; `try` and `raise`: ParserTry.swift).
// What cfy cannot run yet (`async`, `yield`, decorators other than @dataclass...) parses and
// becomes an `.unsupported` statement, an error at its line when it runs. Class bodies and annotations: PyParserDecl.swift.

extension ParserState {
    /// Notes the first construct of the statement being parsed that cfy cannot run yet.
    mutating func notYet(_ what: String, at loc: Loc) {
        if notRunnable == nil { notRunnable = ("cfy cannot run \(what) yet", loc) }
    }

    /// At `for` (or Python's `async for`) after a comprehension's element.
    var atComprehension: Bool {
        mutating get { at(.for) || (python && at(.async) && peek(1).isKeyword(.for)) }
    }

    /// One statement; it is `.unsupported` when something in it cannot run.
    mutating func pyStatement() throws(SyntaxError) -> [Stmt] {
        let outer = notRunnable
        notRunnable = nil
        defer { notRunnable = outer }
        if at(.lbrace), tok.range.isEmpty { try indentationError("unexpected indent", at: tok.loc) }
        let stmts = try pyStatementBody()
        if let (message, loc) = notRunnable {
            // A class cfy cannot run is still defined, as an opaque class: a file may hold one
            // (an `nn.Module`, a helper) and never hash it.
            if stmts.count == 1, case .classDecl(var c) = stmts[0] {
                c.notRunnable = (message, loc)
                return [.classDecl(c)]
            }
            return [.unsupported(message, loc)]
        }
        return stmts
    }

    mutating func indentationError(_ message: String, at loc: Loc) throws(SyntaxError) -> Never {
        throw SyntaxError(diagnostic: Diagnostic("IndentationError: " + message, at: loc, in: source, kind: .indentationError),
                          incomplete: false)
    }

    mutating func pyStatementBody() throws(SyntaxError) -> [Stmt] {
        let t = tok
        switch t.kind {
        case .op(.at): return try decorated()
        case .keyword(.if): return [try ifStatement()]
        case .keyword(.for), .keyword(.while):
            let loop = t.isKeyword(.for) ? try forStatement() : try whileStatement()
            guard let elseBody = try loopElse() else { return [loop] }
            return loopWithElse(loop, elseBody)
        case .keyword(.def): return [.def(try pyFuncDecl())]
        case .keyword(.class): return [try pyClassDecl(decorators: [])]
        case .keyword(.async):
            advance()
            guard at(.def) || at(.for) || at(.with) else { try fail("'def', 'for' or 'with' after 'async'") }
            let stmts = try pyStatementBody()
            notRunnable = nil
            if case .def(var d)? = stmts.first {
                d.body = [.unsupported("cfy cannot run `async` functions yet", t.loc)]
                return [.def(d)]
            }
            notYet("`async` statements", at: t.loc)
            return [.pass(t.loc)]
        case .keyword(.try): return [try tryStatement()]
        case .keyword(.with): return [try withStatement()]
        case .keyword(.raise): return [try raiseStatement()]
        case .keyword(.del): return [try delStatement()]
        case .keyword(.yield), .keyword(.await):
            return [.expr(try exprList(), t.loc)]
        case .op(.ellipsis) where peek(1).isNewline || peek(1).isOp(.semicolon) || peek(1).isEOF:
            advance()
            return [.pass(t.loc)]
        case .keyword: return try keywordStatement()
        case .name(let k) where texts[k] == "match":
            if try matchStatement() { return [.pass(t.loc)] }
            return try simpleStatement()
        default:
            let stmts = try simpleStatement()
            // A docstring (a string alone on its line) does nothing, and is not echoed by `cfy test`.
            if case .expr(.literal(.str, _), let loc)? = stmts.first, stmts.count == 1 { return [.pass(loc)] }
            return stmts
        }
    }

    /// `: NEWLINE INDENT stmts DEDENT`, or `: stmt; stmt` on the same line.
    mutating func pyBlock(_ what: String) throws(SyntaxError) -> [Stmt] {
        guard accept(.colon) else { try fail("':' to start \(what)") }
        var body: [Stmt] = []
        guard tok.isNewline else {
            while true {
                body += try pyStatement()
                guard accept(.semicolon), !tok.isNewline, !tok.isEOF else { break }
            }
            if !tok.isNewline, !tok.isEOF { try fail("newline after the statement") }
            return body
        }
        advance()
        guard at(.lbrace), tok.range.isEmpty else {
            try indentationError("expected an indented block for \(what)", at: tok.loc)
        }
        try open(skipsNewlines: false)
        return try blockBody()
    }

    /// A loop's `else:` body (Python's for/else and while/else), or nil.
    mutating func loopElse() throws(SyntaxError) -> [Stmt]? {
        let save = pos
        while toks[pos].isNewline { pos += 1 }
        guard at(.else) else { pos = save; return nil }
        advance()
        return try block("the loop's else body")
    }

    /// `for ...: body else: rest` as cfy statements: a flag (a name no program can write) set by
    /// each `break` of the loop, and `if not flag: rest` after it.
    func loopWithElse(_ loop: Stmt, _ elseBody: [Stmt]) -> [Stmt] {
        let loc = loop.loc
        let flag = "<loop-else \(loc)>"
        let set = { (v: Bool, l: Loc) in Stmt.assign([.name(flag, l)], .literal(.bool(v), l), l) }
        func breaks(_ body: [Stmt]) -> [Stmt] {
            body.flatMap { s -> [Stmt] in
                switch s {
                case .break(let l): return [set(true, l), s]
                case .if(let branches, let els, let l):
                    return [.if(branches.map { ($0.cond, breaks($0.body)) }, else: els.map(breaks), l)]
                case .try(var t):
                    t.body = breaks(t.body)
                    t.handlers = t.handlers.map { var h = $0; h.body = breaks(h.body); return h }
                    t.orElse = t.orElse.map(breaks)
                    t.finally = t.finally.map(breaks)
                    return [.try(t)]
                case .with(let items, let body, let l): return [.with(items, breaks(body), l)]
                default: return [s]
                }
            }
        }
        var rewritten = loop
        switch loop {
        case .for(let t, let iter, let body, let l): rewritten = .for(t, iter, breaks(body), l)
        case .while(let c, let body, let l): rewritten = .while(c, breaks(body), l)
        default: break
        }
        return [set(false, loc), rewritten, .if([(.unary(.not, .name(flag, loc), loc), elseBody)], else: nil, loc)]
    }

    /// `@decorator NEWLINE` lines, then the `def` or `class` they decorate.
    mutating func decorated() throws(SyntaxError) -> [Stmt] {
        var decorators: [(Expr, Loc)] = []
        while at(.at) {
            let t = advance()
            decorators.append((try expr(), t.loc))
            guard tok.isNewline else { try fail("newline after the decorator") }
            skipSeparators()
        }
        switch tok.kind {
        case .keyword(.class): return [try pyClassDecl(decorators: decorators)]
        case .keyword(.def), .keyword(.async):
            var stmts = try pyStatementBody()
            // `@d def f` is `def f` then `f = <decorate>(d, f)`, innermost decorator first.
            if case .def(let f)? = stmts.last {
                var value = Expr.name(f.name, f.loc)
                for (d, loc) in decorators.reversed() {
                    value = .call(.name("<decorate>", loc), [.positional(d), .positional(value)], loc)
                }
                if let loc = decorators.first?.1 { stmts.append(.assign([.name(f.name, loc)], value, loc)) }
            } else if let (d, loc) = decorators.first {
                notYet("the decorator `@\(dottedText(d))`", at: loc)
            }
            return stmts
        default: try fail("'def' or 'class' after the decorator")
        }
    }

    /// `a.b.c` (or `a.b(...)`) for messages; `...` for anything else.
    mutating func dottedText(_ e: Expr) -> String {
        switch e {
        case .name(let n, _): return n
        case .attribute(let b, let n, _): return dottedText(b) + "." + n
        case .call(let f, _, _): return dottedText(f) + "(...)"
        default: return "..."
        }
    }

    /// `def` with Python's annotations; a function that yields cannot run yet.
    mutating func pyFuncDecl() throws(SyntaxError) -> FunctionDecl {
        let outer = yieldAt
        yieldAt = nil
        defer { yieldAt = outer }
        var d = try funcDecl()
        // A generator runs nothing when called in Python: calling one here is the error.
        if let y = yieldAt { d.body = [.unsupported("cfy cannot run generator functions (`yield`) yet", y)] }
        return d
    }

    /// `match subject:` and its `case pattern [if guard]:` blocks (patterns parsed as the
    /// expressions they look like); false, with nothing consumed, when `match` is just a name.
    mutating func matchStatement() throws(SyntaxError) -> Bool {
        let saved = (pos, openers, prev, depth, height, notRunnable)
        let kw = advance()
        do throws(SyntaxError) {
            _ = try exprList()
            guard accept(.colon), tok.isNewline else { throw failure("':'") }
            advance()
            guard at(.lbrace), tok.range.isEmpty else { throw failure("an indented block") }
        } catch {
            (pos, openers, prev, depth, height, notRunnable) = saved
            return false
        }
        try open(skipsNewlines: false)
        var cases = 0
        while true {
            skipSeparators()
            if at(.rbrace) || tok.isEOF { break }
            guard case .name(let k) = tok.kind, texts[k] == "case" else { try fail("'case' in the match statement") }
            advance()
            repeat {
                if at(.colon) { break }
                _ = try binary(1)
                if accept(.as) { _ = try name("a name after 'as'") }
            } while accept(.comma)
            if accept(.if) { _ = try expr() }
            _ = try block("the case body")
            cases += 1
        }
        try close(.rbrace)
        if cases == 0 { try raise("expected 'case' in the match statement", at: kw.loc) }
        notRunnable = nil
        notYet("`match` statements", at: kw.loc)
        return true
    }

    /// `with a as x, b:` and 3.10's parenthesised `with (a as x, b):`.
    mutating func withStatement() throws(SyntaxError) -> Stmt {
        let kw = advance()
        if at(.lparen) {
            // `with (a as b, c):` (3.10); else the parenthesis starts an expression.
            let saved = (pos, openers, prev, depth, height)
            do throws(SyntaxError) {
                try open()
                var items: [WithItem] = []
                repeat {
                    if at(.rparen) { break }
                    items.append(try withItem())
                } while accept(.comma)
                try close(.rparen, or: "','")
                if at(.colon) { return .with(items, try block("the with body"), kw.loc) }
            } catch {}
            (pos, openers, prev, depth, height) = saved
        }
        var items: [WithItem] = []
        repeat { items.append(try withItem()) } while accept(.comma)
        return .with(items, try block("the with body"), kw.loc)
    }

    mutating func withItem() throws(SyntaxError) -> WithItem {
        let context = try expr()
        return WithItem(context: context, target: accept(.as) ? try target(try postfix()) : nil)
    }

    /// `name := value` inside an expression.
    mutating func pyWalrus(_ target: Expr) throws(SyntaxError) -> Expr {
        let t = advance()
        guard case .name(let n, _) = target else {
            try raise("cannot use assignment expressions with \(describe(target))", at: startLoc(target))
        }
        return .walrus(mangled(n), try expr(), t.loc)
    }

    /// `a @ b` (the operand after `@` is parsed and dropped: the statement cannot run).
    mutating func pyMatmul() throws(SyntaxError) {
        let t = advanceOperator()
        notYet("the matrix operator `@`", at: t.loc)
        _ = try binary(4)
    }

    /// `yield x`, `yield from x`, `await x`, `*x` and `**x` where cfy has no place for them.
    mutating func pyAtom() throws(SyntaxError) -> Expr {
        let t = advance()
        switch t.kind {
        case .keyword(.yield):
            yieldAt = yieldAt ?? t.loc
            notYet("`yield`", at: t.loc)
            _ = accept(.from)
            if !atStatementEnd, !at(.rparen) { _ = try exprList() }
        case .keyword(.await):
            notYet("`await`", at: t.loc)
            _ = try unary()
        default:
            notYet("`\(text(of: t))` unpacking here", at: t.loc)
            _ = try binary(5)
            return .name(text(of: t), t.loc)     // a name, so `a, *b = xs` parses as an assignment
        }
        return .literal(.none, t.loc)
    }

    /// `from a.b import x`, `from . import x`, `from ..pkg.mod import y as z`: the module name
    /// keeps its leading dots (Import.swift resolves them against the importing file).
    mutating func pyFromImport() throws(SyntaxError) -> Stmt {
        let kw = advance()
        var module = ""
        while at(.dot) || at(.ellipsis) { module += at(.dot) ? "." : "..."; advance() }
        if module.isEmpty || !at(.import) { module += try dottedName("a module name after 'from'") }
        guard accept(.import) else { try fail("'import' after the module name") }
        if at(.star) {
            if inFunction || privateClass != nil { try raise("import * only allowed at module level", at: kw.loc) }
            advance()
            return .fromImport(module: module, names: [("*", nil)], kw.loc)
        }
        return .fromImport(module: module, names: try importedNames(), kw.loc)
    }
}
