// ParserState: the parser's cursor over the tokens — lookahead, open brackets and blocks,
// the nesting guard, and "expected X, found Y" errors. The grammar is in Parser*.swift.

/// Mutable state of one parse. The grammar functions (in extensions) are all `mutating`, even
/// those that only read: debug builds then pass the state by reference, with none of the copies
/// or exclusivity checks that non-mutating methods or a class would cost on every token.
struct ParserState {
    static let maxDepth = 200
    /// Bounds the height of the tree (nesting plus chains like `a.b.c` or `1 + 2 + 3`), so neither
    /// the interpreter nor the tree's deallocation can recurse too deep.
    static let maxHeight = 1000

    /// An open `(`, `[`, `{` or block, for "expected ')' to close '(' at 3:9" and newline handling.
    struct Opener {
        /// `(`, `[` or `{`; nil for the pseudo-bracket around an f-string field's code.
        var op: Op?
        var loc: Loc
        /// Inside brackets and dict braces newlines are ignored; inside a block they end statements.
        var skipsNewlines: Bool
    }

    let source: Source?
    let scalars: [Unicode.Scalar]
    var toks: [Token]
    var texts: [String]
    var fstrings: [[FPiece]]
    var pos = 0
    var lexError: SyntaxError?
    var openers: [Opener] = [] { didSet { skipNL = openers.last?.skipsNewlines ?? false } }
    /// Whether newlines are skipped here (inside brackets): `openers.last?.skipsNewlines`, cached.
    var skipNL = false
    var depth = 0
    var height = 0
    /// Inside a `def` (`return` allowed), inside a loop of the current function (`break` allowed).
    var inFunction = false
    var inLoop = false
    /// The class whose body (methods included) is being parsed: its `__private` names are mangled.
    var privateClass: String?
    /// The last token consumed (for statement end lines and trailing-operator detection).
    var prev: Token?
    /// Python mode (PyParser.swift): `:` and indentation blocks, Python's statements.
    let python: Bool
    /// Python mode: the first construct of the current statement that cfy cannot run yet (the
    /// statement becomes `.unsupported` with this message), whether an annotation is being
    /// parsed, and the first `yield` of the current function.
    var notRunnable: (message: String, loc: Loc)?
    /// The `field(repr=False, init=False)` options of the class body being parsed.
    var fieldOptions: [String: FieldOptions] = [:]
    /// After `_: KW_ONLY` in the class body being parsed: the fields are keyword-only.
    var kwOnlyMarker = false
    var inAnnotation = false
    var yieldAt: Loc?

    init(source: Source?, lexer: Lexer, tokens: [Token], lexError: SyntaxError?) {
        self.source = source
        self.scalars = lexer.src
        self.texts = lexer.texts
        self.fstrings = lexer.fstrings
        self.toks = tokens
        self.lexError = lexError
        self.python = lexer.python
    }

    // MARK: cursor

    /// The current token (newlines skipped inside brackets). The last token is `.eof` or `.error`.
    var tok: Token {
        mutating get {
            if skipNL { while toks[pos].isNewline, pos < toks.count - 1 { pos += 1 } }
            return toks[pos]
        }
    }

    /// The token `n` places after the current one.
    mutating func peek(_ n: Int) -> Token {
        _ = tok
        var k = pos, left = n
        while left > 0, k < toks.count - 1 {
            k += 1
            if !(skipNL && toks[k].isNewline) { left -= 1 }
        }
        return toks[k]
    }

    @discardableResult
    mutating func advance() -> Token {
        let t = tok
        if pos < toks.count - 1 { pos += 1 }
        prev = t
        return t
    }

    /// Consumes an operator that needs an operand after it; a newline right after the operator
    /// continues the line (`total = a +⏎ b`), so the REPL can wait for the operand of `1 +`.
    @discardableResult
    mutating func advanceOperator() -> Token {
        let t = advance()
        while toks[pos].isNewline, pos < toks.count - 1 { pos += 1 }
        return t
    }

    /// Whether the current token is `op` (helpers like this keep token copies out of the
    /// recursive functions' stack frames).
    mutating func at(_ op: Op) -> Bool { tok.isOp(op) }

    mutating func at(_ kw: Keyword) -> Bool { tok.isKeyword(kw) }

    mutating func accept(_ op: Op) -> Bool {
        guard at(op) else { return false }
        advance()
        return true
    }

    mutating func accept(_ kw: Keyword) -> Bool {
        guard at(kw) else { return false }
        advance()
        return true
    }

    /// Skips newlines and `;` between statements.
    mutating func skipSeparators() {
        while tok.isNewline || at(.semicolon) { advance() }
    }

    /// True at a newline, `;`, `}` or the end: where a statement may stop.
    var atStatementEnd: Bool {
        mutating get {
            let t = tok
            return t.isNewline || t.isOp(.semicolon) || t.isOp(.rbrace) || t.isEOF
        }
    }

    /// Last source line of what has been consumed.
    var lastLine: Int {
        mutating get { prev?.endLine ?? 1 }
    }

    // MARK: brackets and nesting

    /// Consumes the current token, an opening bracket or a block's `{`, and remembers it until
    /// `close`. A block counts as one level of nesting.
    mutating func open(skipsNewlines: Bool = true) throws(SyntaxError) {
        let t = advance()
        if !skipsNewlines { try enter() }
        guard case .op(let op) = t.kind else { return }
        openers.append(Opener(op: op, loc: t.loc, skipsNewlines: skipsNewlines))
    }

    /// Consumes `closer`, or fails with "expected ',' or ')' to close '(' at 1:5, found ...".
    mutating func close(_ closer: Op, or alternatives: String? = nil) throws(SyntaxError) {
        guard at(closer) else {
            let what = (alternatives.map { $0 + " or " } ?? "") + "'\(closer.rawValue)'"
            guard let o = openers.last else { try fail(what) }
            let opened = o.skipsNewlines ? "'\(o.op?.rawValue ?? "{")'" : "the block opened"
            try fail("\(what) to close \(opened) at \(o.loc)")
        }
        let o = openers.popLast()
        advance()
        if o?.skipsNewlines == false { leave() }
    }

    /// Guards recursion: every nested expression, block and unary operator passes through here.
    mutating func enter() throws(SyntaxError) {
        depth += 1
        height += 1
        if depth > Self.maxDepth { try raise("too deeply nested (limit \(Self.maxDepth))", at: tok.loc) }
        try checkHeight()
    }

    mutating func leave() {
        depth -= 1
        height -= 1
    }

    /// One more link in a chain (`a.b`, `x + y`); undone by the caller (`height -= links`).
    mutating func link() throws(SyntaxError) {
        height += 1
        try checkHeight()
    }

    mutating func checkHeight() throws(SyntaxError) {
        if height > Self.maxHeight {
            try raise("expression too long or too deeply nested (limit \(Self.maxHeight) operations)", at: tok.loc)
        }
    }

    // MARK: errors

    /// Throws `message` at `loc`. (Errors are built in these small functions, never inline, to
    /// keep the recursive parsing functions' stack frames small.)
    mutating func raise(_ message: String, at loc: Loc) throws(SyntaxError) -> Never {
        throw error(message, at: loc)
    }

    /// Throws "expected WHAT, found TOKEN" (see `failure`).
    mutating func fail(_ expected: String, hint: String = "") throws(SyntaxError) -> Never {
        throw failure(expected, hint: hint)
    }

    mutating func error(_ message: String, at loc: Loc) -> SyntaxError {
        SyntaxError(diagnostic: Diagnostic(message, at: loc, in: source, kind: .syntaxError), incomplete: false)
    }

    /// "expected WHAT, found TOKEN" at the current token. It is `incomplete` (the REPL reads
    /// more) when the input ran out inside a bracket or block, or right after a binary operator.
    mutating func failure(_ expected: String, hint: String = "") -> SyntaxError {
        let t = tok
        if case .error = t.kind, let e = lexError { return e }
        if case .keyword(let kw) = t.kind, kw.isUnsupported {
            return error("'\(kw.rawValue)' is not supported in cfy", at: t.loc)
        }
        let atEnd = t.isEOF || (t.isNewline && pos + 1 < toks.count && toks[pos + 1].isEOF)
        var message = "expected \(expected), found \(describe(t))\(hint)"
        if case .eof = t.kind, let o = openers.last, let op = o.op, !expected.contains(" to close ") {
            message += o.skipsNewlines ? " ('\(op.rawValue)' at \(o.loc) is not closed)"
                                       : " (the block opened at \(o.loc) is not closed)"
        }
        return SyntaxError(diagnostic: Diagnostic(message, at: t.loc, in: source, kind: .syntaxError),
                           incomplete: atEnd && (!openers.isEmpty || prevIsOperator))
    }

    /// The last token was an operator waiting for its operand (`1 +` at the end of REPL input
    /// wants more): the tokens `advanceOperator` consumes.
    var prevIsOperator: Bool {
        mutating get {
            guard let p = prev else { return false }
            switch p.kind {
            case .op(let op):
                switch op {
                case .plus, .minus, .star, .slash, .dslash, .percent, .dstar, .tilde, .eq, .ne, .lt, .le, .gt, .ge:
                    return true
                default: return false
                }
            case .keyword(let kw):
                return kw == .and || kw == .or || kw == .not || kw == .in || kw == .is
            default: return false
            }
        }
    }

    mutating func text(of t: Token) -> String {
        String(String.UnicodeScalarView(scalars[t.range]))
    }

    /// `'foo'`, `newline`, `end of input`, `a string`.
    mutating func describe(_ t: Token) -> String {
        switch t.kind {
        case .newline: return "newline"
        case .eof: return openers.first.map { $0.op == nil } == true ? "the end of the f-string field" : "end of input"
        case .error: return "an invalid token"
        case .string, .fstring: return "a string"
        case .op(.lbrace) where python && t.range.isEmpty: return "an indented block"
        case .op(.rbrace) where python && t.range.isEmpty: return "the end of the indented block"
        default:
            var s = text(of: t)
            if s.unicodeScalars.count > 30 { s = String(s.prefix(27)) + "..." }
            return "'\(s)'"
        }
    }
}
