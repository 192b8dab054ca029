// LexerIndent: the Lexer's Python mode. Indentation becomes the block tokens the `.cfy` lexer
// emits for braces: a deeper line opens a block with `{`, a shallower one closes blocks with `}`
// (each run of closers followed by a newline, as after a `.cfy` block). Inside brackets newlines
// are not tokens and indentation does not count (Python's implicit line joining); blank and
// comment-only lines are skipped; `\` continuation is the common lexer's.

/// The indentation state of a Python-mode lexer.
struct PythonLayout {
    /// At the start of a logical line, before its indentation is measured.
    var atLineStart = true
    /// Open `(`, `[`, `{` brackets.
    var brackets = 0
    /// Indentation columns of the open blocks, 0 first: with tabs to the next multiple of 8, and
    /// with a tab counted as 1 (CPython compares both, and a mismatch is a TabError).
    var columns: [Int] = [0]
    var altColumns: [Int] = [0]
    /// Set by `decode` on an escape cfy cannot hold (`\N{...}`, a surrogate): what it is.
    var unrunnable: String?
}

extension Lexer {
    /// Measures the indentation at the start of a line and emits `{` or `}`s; a blank or
    /// comment-only line leaves the indentation as it is.
    mutating func indentation() throws(SyntaxError) {
        var col = 0, alt = 0
        var k = i
        while k < end {
            switch src[k].value {
            case 0x20: col += 1; alt += 1
            case 0x09: col = (col / 8 + 1) * 8; alt += 1
            case 0x0C: col = 0; alt = 0
            default: break
            }
            guard src[k] == " " || src[k] == "\t" || src[k].value == 0x0C else { break }
            k += 1
        }
        i = k
        guard let c = at(k), c != "\n", c != "#", !(c == "\r" && at(k + 1) == "\n"), c != "\\" else {
            py.atLineStart = false
            return      // a blank line, a comment, or `\` continuing an empty line: no indentation
        }
        py.atLineStart = false
        guard let top = py.columns.last, let altTop = py.altColumns.last else { return }
        if col == top {
            if alt != altTop { throw tabError(at: k) }
            return
        }
        if col > top {
            if alt <= altTop { throw tabError(at: k) }
            py.columns.append(col)
            py.altColumns.append(alt)
            toks.append(Token(kind: .op(.lbrace), loc: loc(at: k), range: k..<k, endLine: line))
            return
        }
        // A closer ends where the block's last line ended (for `cfy test`'s statement spans).
        let ended = toks.last?.endLine ?? line
        while let last = py.columns.last, col < last {
            py.columns.removeLast()
            py.altColumns.removeLast()
            toks.append(Token(kind: .op(.rbrace), loc: loc(at: k), range: k..<k, endLine: ended))
        }
        if py.columns.last != col {
            throw SyntaxError(diagnostic: Diagnostic("IndentationError: unindent does not match any outer indentation level",
                                                     at: loc(at: k), in: source, kind: .indentationError),
                              incomplete: false)
        }
        if py.altColumns.last != alt { throw tabError(at: k) }
        toks.append(Token(kind: .newline, loc: loc(at: k), range: k..<k, endLine: ended))
    }

    mutating func tabError(at k: Int) -> SyntaxError {
        SyntaxError(diagnostic: Diagnostic("TabError: inconsistent use of tabs and spaces in indentation",
                                           at: loc(at: k), in: source, kind: .tabError),
                    incomplete: false)
    }

    /// At the end of the input: a newline ends the last line, and every open block is closed.
    mutating func closeIndentation() {
        if let last = toks.last, !last.isNewline {
            toks.append(Token(kind: .newline, loc: loc(at: i), range: i..<i, endLine: line))
        }
        guard py.columns.count > 1 else { return }
        let ended = toks.last?.endLine ?? line
        while py.columns.count > 1 {
            py.columns.removeLast()
            toks.append(Token(kind: .op(.rbrace), loc: loc(at: i), range: i..<i, endLine: ended))
        }
        toks.append(Token(kind: .newline, loc: loc(at: i), range: i..<i, endLine: ended))
    }

    /// Counts brackets: inside them newlines and indentation do not count.
    mutating func bracket(_ op: Op) {
        switch op {
        case .lparen, .lbracket, .lbrace: py.brackets += 1
        case .rparen, .rbracket, .rbrace: py.brackets = max(0, py.brackets - 1)
        default: break
        }
    }

    /// What in the literal text `r` cfy cannot hold (a `\N{...}` escape: cfy has no table of
    /// character names; a surrogate), or nil.
    mutating func unrunnableEscape(_ r: Range<Int>) throws(SyntaxError) -> String? {
        py.unrunnable = nil
        _ = try decode(r, raw: false)
        return py.unrunnable
    }

    /// A literal Python has and cfy cannot run yet: a token the parser turns into a statement
    /// that fails when it runs ("cfy cannot run bytes literals yet").
    mutating func unsupported(_ what: String, from start: Int) {
        texts.append(what)
        add(.unsupported(texts.count - 1), from: start)
    }
}
