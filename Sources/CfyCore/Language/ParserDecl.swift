// Declarations: `def` and its parameters (shared with `lambda`), `class` bodies, type annotations.

extension ParserState {
    /// `def name(a, b=1, *args, **kw) { body }`. Annotations (`a: int`, `-> str`) are checked
    /// for syntax and dropped.
    mutating func funcDecl() throws(SyntaxError) -> FunctionDecl {
        let kw = advance()
        let name = mangled(try name("a function name after 'def'"))
        guard at(.lparen) else { try fail("'(' after the function name") }
        try open()
        let params = try params(until: .rparen, annotations: true)
        try close(.rparen, or: "','")
        if accept(.arrow) { _ = try typeExpr() }
        let outer = (inFunction, inLoop)
        (inFunction, inLoop) = (true, false)
        defer { (inFunction, inLoop) = outer }
        return FunctionDecl(name: name, params: params, body: try block("the body of '\(name)'"), loc: kw.loc)
    }

    /// Parameters up to (not including) `end`: `)` for `def`, `:` for `lambda`. A `/` makes the
    /// parameters before it positional-only; `*` or `*args` makes the ones after it keyword-only.
    mutating func params(until end: Op, annotations: Bool) throws(SyntaxError) -> [Param] {
        var ps: [Param] = []
        var seen = Set<String>()
        var sawDefault = false, sawStar = false, sawSlash = false
        var bareStar: Loc?
        while !at(end) {
            if let last = ps.last, last.kind == .doubleStar {
                try raise("arguments cannot follow var-keyword argument", at: tok.loc)
            }
            var kind = Param.Kind.normal
            let starTok = tok
            if accept(.dstar) { kind = .doubleStar } else if accept(.star) { kind = .star }
            guard case .name(let k) = tok.kind else {
                if kind == .star, at(.comma) || at(end) {
                    if sawStar { try raise("* argument may appear only once", at: starTok.loc) }
                    sawStar = true
                    bareStar = starTok.loc
                    if !accept(.comma) { break }
                    continue
                }
                if kind == .normal, at(.slash) {
                    if sawSlash { try raise("/ may appear only once", at: tok.loc) }
                    if sawStar { try raise("/ must be ahead of *", at: tok.loc) }
                    if ps.isEmpty { try raise("at least one argument must precede /", at: tok.loc) }
                    sawSlash = true
                    for i in ps.indices { ps[i].positionalOnly = true }
                    advance()
                    if !accept(.comma) { break }
                    continue
                }
                try fail("a parameter name")
            }
            let nameTok = advance()
            let n = mangled(texts[k])
            if !seen.insert(n).inserted {
                try raise("duplicate argument '\(n)' in function definition", at: nameTok.loc)
            }
            if annotations, accept(.colon) { _ = try typeExpr() }
            var defaultValue: Expr?
            if at(.assign) {
                if kind == .star { try raise("var-positional argument cannot have default value", at: tok.loc) }
                if kind == .doubleStar { try raise("var-keyword argument cannot have default value", at: tok.loc) }
                advance()
                defaultValue = try expr()
                sawDefault = true
            } else if kind == .normal, sawDefault, !sawStar {
                try raise("non-default argument follows default argument", at: nameTok.loc)
            }
            if kind == .star {
                if sawStar { try raise("* argument may appear only once", at: starTok.loc) }
                sawStar = true
            }
            var p = Param(name: n, defaultValue: defaultValue, kind: kind, loc: nameTok.loc)
            p.keywordOnly = kind == .normal && sawStar
            bareStar = p.keywordOnly ? nil : bareStar
            ps.append(p)
            if !accept(.comma) { break }
        }
        if let b = bareStar { try raise("named arguments must follow bare *", at: b) }
        return ps
    }

    /// `class Name` and its `(Base, ...)`, for both front ends; in a `.py` file a class keyword
    /// (`metaclass=...`) is parsed and reported as not supported yet.
    mutating func classHeader() throws(SyntaxError) -> (kw: Token, name: String, bases: [Expr]) {
        let kw = advance()
        let name = mangled(try name("a class name after 'class'"))
        var bases: [Expr] = []
        if at(.lparen) {
            try open()
            while !at(.rparen) {
                let t = tok
                if python, case .name = t.kind, peek(1).isOp(.assign) {
                    advance(); advance()
                    _ = try expr()
                    notYet("class keywords such as `\(text(of: t))=`", at: t.loc)
                } else {
                    let b = try expr()
                    // `class A(object):` is `class A:` in Python 3.
                    if python, case .name("object", _) = b { } else { bases.append(b) }
                }
                if !accept(.comma) { break }
            }
            try close(.rparen, or: "','")
        }
        return (kw, name, bases)
    }

    /// `class Name(Base) { members }` or `class Name { members }`.
    mutating func classDecl() throws(SyntaxError) -> ClassDecl {
        let (kw, name, bases) = try classHeader()
        try openBlock("the body of class '\(name)'")
        let outerClass = privateClass
        privateClass = name
        defer { privateClass = outerClass }
        var members: [ClassMember] = []
        while true {
            skipSeparators()
            if at(.rbrace) || tok.isEOF { break }
            if let m = try member() { members.append(m) }
            if at(.rbrace) { break }
            try endOfStatement()
        }
        try close(.rbrace)
        return ClassDecl(name: name, bases: bases, members: members, loc: kw.loc)
    }

    static let classBodyRule = "a class body may contain only fields (`name: type = default`), "
        + "assignments (`name = value`), methods (`def`) and `pass`"

    /// One class member; nil for `pass` and a docstring.
    mutating func member() throws(SyntaxError) -> ClassMember? {
        let t = tok
        switch t.kind {
        case .keyword(.def):
            return .method(try funcDecl())
        case .keyword(.pass):
            advance()
            return nil
        case .string, .fstring:
            let e = try exprList()
            guard atStatementEnd, case .literal(.str, _) = e else { break }
            return nil
        case .name(let k):
            let n = mangled(texts[k])
            advance()
            if accept(.colon) {
                let type = try typeExpr()
                let value = accept(.assign) ? try exprList() : nil
                if at(.assign) { try raise("a field takes one default value", at: tok.loc) }
                return .field(name: n, type: type, defaultValue: value, loc: t.loc)
            }
            if accept(.assign) {
                let value = try exprList()
                if at(.assign) { try raise("chained assignment is not allowed in a class body", at: tok.loc) }
                return .assign(name: n, value: value, loc: t.loc)
            }
            try raise("\(Self.classBodyRule); found \(describe(tok)) after '\(n)'", at: tok.loc)
        default:
            break
        }
        try raise("\(Self.classBodyRule); found \(describe(t))", at: t.loc)
    }

    /// `int`, `Data`, `list[int]`, `dict[str, float]`, `tuple[int, ...]`, `typing.Any`;
    /// `A | B` becomes `Union[A, B]`.
    mutating func typeExpr() throws(SyntaxError) -> TypeExpr {
        if python { return try pyTypeExpr() }
        try enter()
        defer { leave() }
        let start = tok.loc
        var alternatives = [try typeAtom()]
        while accept(.pipe) { alternatives.append(try typeAtom()) }
        return alternatives.count == 1 ? alternatives[0] : .generic("Union", alternatives, start)
    }

    mutating func typeAtom() throws(SyntaxError) -> TypeExpr {
        let t = tok
        let name: String
        switch t.kind {
        case .name: name = try dottedName("a type")
        case .keyword(.None): advance(); name = "None"
        default: try fail("a type (such as int, str, list[int] or a class name)")
        }
        guard at(.lbracket) else { return .name(name, t.loc) }
        try open()
        var args: [TypeExpr] = []
        repeat {
            if at(.rbracket), !args.isEmpty { break }
            if at(.ellipsis) {
                args.append(.name("...", tok.loc))
                advance()
            } else {
                args.append(try typeExpr())
            }
        } while accept(.comma)
        try close(.rbracket, or: "','")
        return .generic(name, args, t.loc)
    }
}
