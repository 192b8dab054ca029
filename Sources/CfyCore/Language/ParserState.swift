// ParserState: the parser's cursor over the tokens — lookahead, open brackets and blocks,
// the nesting guard, and "expected X, found Y" errors. The grammar is in Parser*.swift.

/// Mutable state of one parse (a class, so the grammar functions share it without `inout`).
final class ParserState {
    static let maxDepth = 200
    /// Bounds the height of the tree (nesting plus chains like `a.b.c` or `1 + 2 + 3`), so neither
    /// the interpreter nor the tree's deallocation can recurse too deep.
    static let maxHeight = 1000

    /// An open `(`, `[`, `{` or block, for "expected ')' to close '(' at 3:9" and newline handling.
    struct Opener {
        /// `(`, `[` or `{`; "" for the pseudo-bracket around an f-string field's code.
        var text: String
        var loc: Loc
        /// Inside brackets and dict braces newlines are ignored; inside a block they end statements.
        var skipsNewlines: Bool
    }

    let source: Source?
    let scalars: [Unicode.Scalar]
    var toks: [Token]
    var pos = 0
    var lexError: SyntaxError?
    var openers: [Opener] = []
    var depth = 0
    var height = 0
    /// The last token consumed (for statement end lines and trailing-operator detection).
    var prev: Token?

    init(source: Source?, scalars: [Unicode.Scalar], tokens: [Token], lexError: SyntaxError?) {
        self.source = source
        self.scalars = scalars
        self.toks = tokens
        self.lexError = lexError
    }

    // MARK: cursor

    var skipping: Bool { openers.last?.skipsNewlines ?? false }

    /// The current token (newlines skipped inside brackets). The last token is `.eof` or `.error`.
    var tok: Token {
        if skipping { while toks[pos].isNewline, pos < toks.count - 1 { pos += 1 } }
        return toks[pos]
    }

    /// The token `n` places after the current one.
    func peek(_ n: Int) -> Token {
        _ = tok
        var k = pos, left = n
        while left > 0, k < toks.count - 1 {
            k += 1
            if !(skipping && toks[k].isNewline) { left -= 1 }
        }
        return toks[k]
    }

    @discardableResult
    func advance() -> Token {
        let t = tok
        if pos < toks.count - 1 { pos += 1 }
        prev = t
        return t
    }

    /// Whether the current token is `op` (helpers like this keep token copies out of the
    /// recursive functions' stack frames).
    func at(_ op: Op) -> Bool { tok.isOp(op) }

    func at(_ kw: Keyword) -> Bool { tok.isKeyword(kw) }

    func accept(_ op: Op) -> Bool {
        guard at(op) else { return false }
        advance()
        return true
    }

    func accept(_ kw: Keyword) -> Bool {
        guard at(kw) else { return false }
        advance()
        return true
    }

    /// Skips newlines and `;` between statements.
    func skipSeparators() {
        while tok.isNewline || at(.semicolon) { advance() }
    }

    /// True at a newline, `;`, `}` or the end: where a statement may stop.
    var atStatementEnd: Bool {
        let t = tok
        return t.isNewline || t.isOp(.semicolon) || t.isOp(.rbrace) || t.isEOF
    }

    /// Last source line of what has been consumed.
    var lastLine: Int { prev?.endLine ?? 1 }

    // MARK: brackets and nesting

    /// Consumes the opening token `t` (current) and remembers it until `close`.
    func open(skipsNewlines: Bool = true) throws(SyntaxError) {
        let t = advance()
        if !skipsNewlines { try enter() }
        openers.append(Opener(text: text(of: t), loc: t.loc, skipsNewlines: skipsNewlines))
    }

    /// Consumes `closer`, or fails with "expected ',' or ')' to close '(' at 1:5, found ...".
    func close(_ closer: Op, or alternatives: String? = nil) throws(SyntaxError) {
        guard at(closer) else {
            let what = (alternatives.map { $0 + " or " } ?? "") + "'\(closer.rawValue)'"
            guard let o = openers.last else { try fail(what) }
            let opened = o.text == "{" && !o.skipsNewlines ? "the block opened" : "'\(o.text)'"
            try fail("\(what) to close \(opened) at \(o.loc)")
        }
        let o = openers.removeLast()
        advance()
        if !o.skipsNewlines { leave() }
    }

    /// Guards recursion: every nested expression, block and unary operator passes through here.
    func enter() throws(SyntaxError) {

        depth += 1
        height += 1
        if depth > Self.maxDepth { try raise("too deeply nested (limit \(Self.maxDepth))", at: tok.loc) }
        try checkHeight()
    }

    func leave() {
        depth -= 1
        height -= 1
    }

    /// One more link in a chain (`a.b`, `x + y`); undone by the caller (`height -= links`).
    func link() throws(SyntaxError) {
        height += 1
        try checkHeight()
    }

    func checkHeight() throws(SyntaxError) {
        if height > Self.maxHeight {
            try raise("expression too long or too deeply nested (limit \(Self.maxHeight) operations)", at: tok.loc)
        }
    }

    // MARK: errors

    /// Throws `message` at `loc`. (Errors are built in these small functions, never inline, to
    /// keep the recursive parsing functions' stack frames small.)
    func raise(_ message: String, at loc: Loc) throws(SyntaxError) -> Never {
        throw error(message, at: loc)
    }

    /// Throws "expected WHAT, found TOKEN" (see `failure`).
    func fail(_ expected: String, hint: String = "") throws(SyntaxError) -> Never {
        throw failure(expected, hint: hint)
    }

    func error(_ message: String, at loc: Loc) -> SyntaxError {
        SyntaxError(diagnostic: Diagnostic(message, at: loc, in: source, kind: "SyntaxError"), incomplete: false)
    }

    /// "expected WHAT, found TOKEN" at the current token. It is `incomplete` (the REPL reads
    /// more) when the input ran out inside a bracket or block, or right after a binary operator.
    func failure(_ expected: String, hint: String = "") -> SyntaxError {
        let t = tok
        if case .error = t.kind, let e = lexError { return e }
        if case .keyword(let kw) = t.kind, kw.isUnsupported {
            return error("'\(kw.rawValue)' is not supported in cfy", at: t.loc)
        }
        let atEnd = t.isEOF || (t.isNewline && pos + 1 < toks.count && toks[pos + 1].isEOF)
        var message = "expected \(expected), found \(describe(t))\(hint)"
        if case .eof = t.kind, let o = openers.last, !o.text.isEmpty, !expected.contains(" to close ") {
            message += o.skipsNewlines ? " ('\(o.text)' at \(o.loc) is not closed)"
                                       : " (the block opened at \(o.loc) is not closed)"
        }
        return SyntaxError(diagnostic: Diagnostic(message, at: t.loc, in: source, kind: "SyntaxError"),
                           incomplete: atEnd && (!openers.isEmpty || prevIsOperator))
    }

    /// The last token was a binary operator (`1 +` at the end of REPL input wants more).
    var prevIsOperator: Bool {
        guard let p = prev else { return false }
        switch p.kind {
        case .op(let op):
            switch op {
            case .plus, .minus, .star, .slash, .dslash, .percent, .dstar, .eq, .ne, .lt, .le, .gt, .ge: return true
            default: return false
            }
        case .keyword(let kw):
            return kw == .and || kw == .or || kw == .not || kw == .in || kw == .is
        default: return false
        }
    }

    func text(of t: Token) -> String {
        String(String.UnicodeScalarView(scalars[t.range]))
    }

    /// `'foo'`, `newline`, `end of input`, `a string`.
    func describe(_ t: Token) -> String {
        switch t.kind {
        case .newline: return "newline"
        case .eof: return openers.first.map { $0.text.isEmpty } == true ? "the end of the f-string field" : "end of input"
        case .error: return "an invalid token"
        case .string, .fstring: return "a string"
        default:
            var s = text(of: t)
            if s.unicodeScalars.count > 30 { s = String(s.prefix(27)) + "..." }
            return "'\(s)'"
        }
    }
}
