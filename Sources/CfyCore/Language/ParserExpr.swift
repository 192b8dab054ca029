// Expressions, by Python precedence (loosest first):
//   lambda < x if c else y < or < and < not < comparisons < | < ^ < & < << >> < + - < * / // % < unary - + ~ < ** < postfix
// `or` through `* /` are one precedence-climbing loop (`binary`), which keeps the stack shallow.

extension ParserState {
    /// `a, b, c` → a tuple; a lone `a` stays itself. For statement positions, `return`, `for`.
    mutating func exprList() throws(SyntaxError) -> Expr {
        let start = tok.loc
        let first = try starItem()
        guard at(.comma) else { return first }
        var items = [first]
        while accept(.comma), startsExpr {
            items.append(try starItem())
        }
        return .tuple(items, start)
    }

    /// An item of a tuple, list or set display: `*iterable` or an expression.
    mutating func starItem() throws(SyntaxError) -> Expr {
        guard at(.star) else { return try expr() }
        let t = advanceOperator()
        return .starred(try binary(5), t.loc)
    }

    /// After a comprehension's element: `*x` cannot be one.
    mutating func rejectStarredElement(_ e: Expr) throws(SyntaxError) {
        if case .starred(_, let l) = e { try raise("iterable unpacking cannot be used in comprehension", at: l) }
    }

    /// Whether the current token can begin an expression (so `1, 2,` ends at the trailing comma).
    var startsExpr: Bool {
        mutating get {
            switch tok.kind {
            case .name, .int, .bigint, .float, .string, .fstring: return true
            case .keyword(let kw): return [.None, .True, .False, .not, .lambda].contains(kw) || (python && kw == .await)
            case .op(let op): return [.lparen, .lbracket, .lbrace, .minus, .plus, .tilde, .star].contains(op)
                || (python && op == .ellipsis)
            case .unsupported: return true
            default: return false
            }
        }
    }

    /// One expression: lambda, conditional, or anything tighter.
    mutating func expr() throws(SyntaxError) -> Expr {
        try enter()
        defer { leave() }
        if at(.lambda) { return try lambda() }
        let start = tok.loc
        let e = try binary(1)
        if python, at(.walrus) { return try pyWalrus(e) }
        return at(.if) ? try ternary(e, start) : e
    }

    /// `lambda a, b=1: body`.
    mutating func lambda() throws(SyntaxError) -> Expr {
        let kw = advance()
        let ps = try params(until: .colon, annotations: false)
        guard accept(.colon) else { try fail("':' after the lambda parameters") }
        return .lambda(ps, try expr(), kw.loc)
    }

    /// `then if cond else other`, at the `if`.
    mutating func ternary(_ then: Expr, _ start: Loc) throws(SyntaxError) -> Expr {
        advance()
        let cond = try binary(1)
        guard accept(.else) else { try fail("'else' in the conditional expression") }
        return .ternary(cond: cond, then: then, else: try expr(), start)
    }

    /// Binary operator precedence: or 1, and 2, (not 3), comparisons 4, | 5, ^ 6, & 7, << >> 8,
    /// + - 9, * / // % 10.
    mutating func precedence() -> Int? {
        switch tok.kind {
        case .keyword(.or): return 1
        case .keyword(.and): return 2
        case .keyword(.in), .keyword(.is): return 4
        case .keyword(.not): return peek(1).isKeyword(.in) ? 4 : nil
        case .op(let op):
            switch op {
            case .eq, .ne, .lt, .le, .gt, .ge: return 4
            case .pipe: return 5
            case .caret: return 6
            case .amp: return 7
            case .shl, .shr: return 8
            case .plus, .minus: return 9
            case .star, .slash, .dslash, .percent: return 10
            default: return nil
            }
        default: return nil
        }
    }

    /// Operators binding at least as tight as `minPrec`, by precedence climbing.
    mutating func binary(_ minPrec: Int) throws(SyntaxError) -> Expr {
        var lhs = minPrec <= 3 && at(.not) ? try notExpr() : try unary()
        var links = 0
        defer { height -= links }
        while let prec = precedence(), prec >= minPrec {
            links += 1
            try link()
            lhs = prec == 4 ? try comparison(lhs) : try binaryRHS(lhs, prec)
        }
        try rejectBitwise()
        return lhs
    }

    /// `not x` (looser than comparisons: `not a == b` is `not (a == b)`).
    mutating func notExpr() throws(SyntaxError) -> Expr {
        let t = advanceOperator()
        try enter()
        defer { leave() }
        return .unary(.not, try binary(3), t.loc)
    }

    /// The operator at the cursor and its right operand, joined to `lhs`.
    mutating func binaryRHS(_ lhs: Expr, _ prec: Int) throws(SyntaxError) -> Expr {
        let t = advanceOperator()
        let rhs = try binary(prec + 1)
        switch t.kind {
        case .keyword(.or): return .or(lhs, rhs, t.loc)
        case .keyword(.and): return .and(lhs, rhs, t.loc)
        case .op(.plus): return .binary(.add, lhs, rhs, t.loc)
        case .op(.minus): return .binary(.sub, lhs, rhs, t.loc)
        case .op(.star): return .binary(.mul, lhs, rhs, t.loc)
        case .op(.slash): return .binary(.div, lhs, rhs, t.loc)
        case .op(.dslash): return .binary(.floorDiv, lhs, rhs, t.loc)
        case .op(.pipe): return .binary(.or, lhs, rhs, t.loc)
        case .op(.caret): return .binary(.xor, lhs, rhs, t.loc)
        case .op(.amp): return .binary(.and, lhs, rhs, t.loc)
        case .op(.shl): return .binary(.shl, lhs, rhs, t.loc)
        case .op(.shr): return .binary(.shr, lhs, rhs, t.loc)
        default: return .binary(.mod, lhs, rhs, t.loc)
        }
    }

    /// `a < b <= c` as one node, at the first operator.
    mutating func comparison(_ lhs: Expr) throws(SyntaxError) -> Expr {
        let loc = tok.loc
        var ops: [(op: CompareOp, rhs: Expr, loc: Loc)] = []
        while let (op, opLoc) = compareOp() {
            advanceOperator()
            ops.append((op, try binary(5), opLoc))
        }
        return .compare(lhs, ops, loc)
    }

    mutating func rejectBitwise() throws(SyntaxError) {
        let t = tok
        guard case .op(.at) = t.kind else { return }
        if python { return try pyMatmul() }
        try raise("the matrix operator '@' is not supported in cfy", at: t.loc)
    }

    /// The comparison operator at the cursor; of `not in` and `is not` (two tokens) it consumes
    /// the first, leaving the last for `advanceOperator`.
    mutating func compareOp() -> (CompareOp, Loc)? {
        let t = tok
        let op: CompareOp
        switch t.kind {
        case .op(.eq): op = .eq
        case .op(.ne): op = .ne
        case .op(.lt): op = .lt
        case .op(.le): op = .le
        case .op(.gt): op = .gt
        case .op(.ge): op = .ge
        case .keyword(.in): op = .in
        case .keyword(.is):
            op = peek(1).isKeyword(.not) ? .isNot : .is
            if op == .isNot { advance() }
        case .keyword(.not):
            guard peek(1).isKeyword(.in) else { return nil }
            advance()
            op = .notIn
        default: return nil
        }
        return (op, t.loc)
    }

    /// `-x`, `+x`, `~x`, else a power. `-2**2` is `-(2**2)`.
    mutating func unary() throws(SyntaxError) -> Expr {
        guard let op = unaryOp() else {
            let base = try postfix()
            return at(.dstar) ? try power(base) : base
        }
        let t = advanceOperator()
        try enter()
        defer { leave() }
        return .unary(op, try unary(), t.loc)
    }

    mutating func unaryOp() -> UnaryOp? {
        switch tok.kind {
        case .op(.minus): return .neg
        case .op(.plus): return .pos
        case .op(.tilde): return .invert
        default: return nil
        }
    }

    /// `base ** exponent`, right-associative; the exponent may be unary (`2**-1`).
    mutating func power(_ base: Expr) throws(SyntaxError) -> Expr {
        let star = advanceOperator()
        try enter()
        defer { leave() }
        return .binary(.pow, base, try unary(), star.loc)
    }

    /// A primary followed by calls, `.attr` and `[index]`.
    mutating func postfix() throws(SyntaxError) -> Expr {
        var e = try primary()
        var links = 0
        defer { height -= links }
        while true {
            if at(.lparen) {
                e = try call(e)
            } else if at(.lbracket) {
                e = try indexSuffix(e)
            } else if at(.dot) {
                e = try attribute(e)
            } else {
                return e
            }
            links += 1
            try link()
        }
    }

    mutating func attribute(_ object: Expr) throws(SyntaxError) -> Expr {
        let dot = advance()
        return .attribute(object, mangled(try name("an attribute name after '.'")), dot.loc)
    }

    /// `f(a, k=v, *xs, **kw)`; a generator `f(x for x in xs)` as the only argument is a `.genExpr`.
    mutating func call(_ callee: Expr) throws(SyntaxError) -> Expr {
        let lp = tok
        try open()
        var args: [Argument] = []
        var keywords = Set<String>()
        var sawKeyword = false, sawDoubleStar = false
        while !at(.rparen) {
            let t = tok
            if accept(.star) {
                args.append(.star(try expr()))
            } else if accept(.dstar) {
                args.append(.doubleStar(try expr()))
                sawDoubleStar = true
            } else if case .name(let k) = t.kind, peek(1).isOp(.assign) {
                let n = texts[k]
                advance()
                advance()
                if !keywords.insert(n).inserted { try raise("keyword argument repeated: '\(n)'", at: t.loc) }
                args.append(.keyword(n, try expr(), t.loc))
                sawKeyword = true
            } else {
                let e = try expr()
                if atComprehension {
                    let comp = Expr.genExpr(e, try comprehension(), t.loc)
                    guard args.isEmpty, at(.rparen) else {
                        try raise("a generator expression must be parenthesized unless it is the only argument", at: t.loc)
                    }
                    args.append(.positional(comp))
                    break
                }
                if sawKeyword || sawDoubleStar {
                    let after = sawDoubleStar ? "keyword argument unpacking" : "keyword argument"
                    try raise("positional argument follows \(after)", at: t.loc)
                }
                args.append(.positional(e))
            }
            if !accept(.comma) { break }
        }
        try close(.rparen, or: "','")
        return .call(callee, args, lp.loc)
    }

    /// `[i]`, `[lo:hi:step]`, `[1, 2]` (a tuple index).
    mutating func indexSuffix(_ object: Expr) throws(SyntaxError) -> Expr {
        let lb = tok
        try open()
        let start = tok.loc
        var items: [Expr] = []
        var comma = false
        repeat {
            if at(.rbracket), !items.isEmpty { break }
            items.append(try sliceItem())
            if at(.comma) { comma = true }
        } while accept(.comma)
        try close(.rbracket, or: "','")
        let index = items.count == 1 && !comma ? items[0] : Expr.tuple(items, start)
        return .index(object, index, lb.loc)
    }

    mutating func sliceItem() throws(SyntaxError) -> Expr {
        let start = tok.loc
        var lo: Expr?
        if !at(.colon) {
            let e = try expr()
            guard at(.colon) else { return e }
            lo = e
        }
        advance()
        let ends: (Token) -> Bool = { $0.isOp(.colon) || $0.isOp(.rbracket) || $0.isOp(.comma) }
        let hi = ends(tok) ? nil : try expr()
        var step: Expr?
        if accept(.colon), !ends(tok) { step = try expr() }
        return .slice(lo, hi, step, start)
    }

    /// Names, literals, strings, `( )`, `[ ]`, `{ }`.
    mutating func primary() throws(SyntaxError) -> Expr {
        switch tok.kind {
        case .string, .fstring: return try strings()
        case .op(.lparen): return try parens()
        case .op(.lbracket): return try list()
        case .op(.lbrace): return try dict()
        default: return try atom()
        }
    }

    /// A name or a number, `None`, `True`, `False`.
    mutating func atom() throws(SyntaxError) -> Expr {
        let t = tok
        switch t.kind {
        case .name(let k): advance(); return .name(mangled(texts[k]), t.loc)
        case .int(let v): advance(); return .literal(.int(v), t.loc)
        case .bigint(let k):
            advance()
            return .literal(.bigint(BigInt(digits: Substring(texts[k]).utf8, radix: 16) ?? BigInt(0)), t.loc)
        case .float(let v): advance(); return .literal(.float(v), t.loc)
        case .keyword(.None): advance(); return .literal(.none, t.loc)
        case .keyword(.True): advance(); return .literal(.bool(true), t.loc)
        case .keyword(.False): advance(); return .literal(.bool(false), t.loc)
        case .op(.ellipsis) where python:
            advance()
            if !inAnnotation { notYet("`...` (Ellipsis) as a value", at: t.loc) }
            return .name("...", t.loc)
        case .unsupported(let k):
            advance()
            literals: while true {     // adjacent literals join
                switch tok.kind {
                case .unsupported, .string, .fstring: advance()
                default: break literals
                }
            }
            notYet(texts[k], at: t.loc)
            return .literal(.none, t.loc)
        case .keyword(.yield) where python, .keyword(.await) where python, .op(.star) where python,
             .op(.dstar) where python:
            return try pyAtom()
        case .op(.ellipsis): try raise("'...' (Ellipsis) is not supported in cfy", at: t.loc)
        case .op(.star), .op(.dstar):
            try raise("'\(text(of: t))' unpacking is only supported in call arguments", at: t.loc)
        default: try fail("an expression")
        }
    }

    /// `(x)` is `x`; `()`, `(x,)`, `(a, b)` are tuples; `(x for x in xs)` is a list comprehension.
    mutating func parens() throws(SyntaxError) -> Expr {

        let lp = tok
        try open()
        if at(.rparen) { try close(.rparen); return .tuple([], lp.loc) }
        let first = try starItem()
        if atComprehension {
            try rejectStarredElement(first)
            let comp = Expr.genExpr(first, try comprehension(), lp.loc)
            try close(.rparen)
            return comp
        }
        guard at(.comma) else { try close(.rparen); return first }
        var items = [first]
        while accept(.comma), !at(.rparen) { items.append(try starItem()) }
        try close(.rparen, or: "','")
        return .tuple(items, lp.loc)
    }

    /// `[a, b]` or `[e for x in xs if c]`.
    mutating func list() throws(SyntaxError) -> Expr {
        let lb = tok
        try open()
        if at(.rbracket) { try close(.rbracket); return .list([], lb.loc) }
        let first = try starItem()
        if atComprehension {
            try rejectStarredElement(first)
            let comp = Expr.listComp(first, try comprehension(), lb.loc)
            try close(.rbracket)
            return comp
        }
        var items = [first]
        while accept(.comma), !at(.rbracket) { items.append(try starItem()) }
        try close(.rbracket, or: "','")
        return .list(items, lb.loc)
    }

    /// `{}`, `{k: v, ...}`, `{**a, k: v}`, `{k: v for ...}`, and sets: `{a, *b}`, `{x for x in xs}`.
    mutating func dict() throws(SyntaxError) -> Expr {
        let lb = tok
        try open()
        if at(.rbrace) { try close(.rbrace); return .dict([], lb.loc) }
        if at(.star) { return try setDisplay(try starItem(), lb) }
        var items: [DictItem] = []
        var unpacks = false
        repeat {
            if at(.rbrace) { break }
            if at(.dstar) {
                let t = advanceOperator()
                items.append(.unpack(try binary(5), t.loc))
                unpacks = true
                if items.count == 1, atComprehension {
                    try raise("dict unpacking cannot be used in dict comprehension", at: t.loc)
                }
                continue
            }
            let key = try expr()
            guard accept(.colon) else {
                if items.isEmpty, at(.comma) || at(.rbrace) || atComprehension { return try setDisplay(key, lb) }
                try fail("':' after the dict key")
            }
            let value = try expr()
            if items.isEmpty, atComprehension {
                let comp = Expr.dictComp(key: key, value: value, try comprehension(), lb.loc)
                try close(.rbrace)
                return comp
            }
            items.append(.pair(key, value))
        } while accept(.comma)
        try close(.rbrace, or: "','")
        if unpacks { return .dictUnpack(items, lb.loc) }
        return .dict(items.compactMap { item in
            if case .pair(let k, let v) = item { return (key: k, value: v) }
            return nil
        }, lb.loc)
    }

    /// `{a, b}` or `{x for x in xs}` after its first item.
    mutating func setDisplay(_ first: Expr, _ lb: Token) throws(SyntaxError) -> Expr {
        if atComprehension {
            try rejectStarredElement(first)
            let comp = Expr.setComp(first, try comprehension(), lb.loc)
            try close(.rbrace)
            return comp
        }
        var items = [first]
        while accept(.comma), !at(.rbrace) { items.append(try starItem()) }
        try close(.rbrace, or: "','")
        return .set(items, lb.loc)
    }

    /// `for x in xs if c for y in ys ...` after a comprehension's element.
    mutating func comprehension() throws(SyntaxError) -> [CompClause] {
        var clauses: [CompClause] = []
        while true {
            if python, at(.async), peek(1).isKeyword(.for) {
                notYet("`async` comprehensions", at: tok.loc)
                advance()
            }
            if accept(.for) {
                let target = try targetList()
                guard accept(.in) else { try fail("'in' after the comprehension target") }
                clauses.append(.for(target, try binary(1)))
            } else if accept(.if) {
                clauses.append(.if(try binary(1)))
            } else {
                return clauses
            }
        }
    }
}
