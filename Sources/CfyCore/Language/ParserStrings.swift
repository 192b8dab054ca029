// String literals in expressions: adjacent literals concatenate, and the code inside an f-string's
// `{...}` is lexed and parsed here, with locations pointing into the original source.

extension ParserState {
    /// `"a" 'b'` → `"ab"`; if any piece is an f-string the result is one `.fstring`.
    mutating func strings() throws(SyntaxError) -> Expr {
        let first = tok
        var parts: [FStringPart] = []
        var isF = false
        while true {
            switch tok.kind {
            case .string(let k):
                appendText(texts[k], to: &parts)
            case .fstring(let k):
                isF = true
                for p in try fparts(fstrings[k]) {
                    if case .text(let s) = p { appendText(s, to: &parts) } else { parts.append(p) }
                }
            case .unsupported(let k) where python:
                notYet(texts[k], at: tok.loc)
            default:
                if isF { return .fstring(parts, first.loc) }
                if case .text(let s) = parts.first { return .literal(.str(s), first.loc) }
                return .literal(.str(""), first.loc)
            }
            advance()
        }
    }

    mutating func appendText(_ s: String, to parts: inout [FStringPart]) {
        if case .text(let t) = parts.last {
            parts[parts.count - 1] = .text(t + s)
        } else if !s.isEmpty {
            parts.append(.text(s))
        }
    }

    /// Lexer pieces → `FStringPart`s, parsing each field's code.
    mutating func fparts(_ pieces: [FPiece]) throws(SyntaxError) -> [FStringPart] {
        var out: [FStringPart] = []
        for p in pieces {
            switch p {
            case .text(let s):
                out.append(.text(s))
            case .field(let code, let at, let conversion, let spec, let debugText):
                let e = try fieldExpr(code, at: at)
                let specParts = try spec.map { (s) throws(SyntaxError) in try fparts(s) }
                out.append(.expr(e, conversion: conversion, spec: specParts, debugText: debugText))
            }
        }
        return out
    }

    /// Parses `scalars[code]` (which starts at `at`) as an expression or tuple, as if in parentheses.
    mutating func fieldExpr(_ code: Range<Int>, at: Loc) throws(SyntaxError) -> Expr {
        try enter()
        defer { leave() }
        var lexer = Lexer(scalars: scalars, range: code, start: at, source: source, python: python)
        lexer.py.atLineStart = false      // Python's literals, without indentation: as inside brackets
        lexer.py.brackets = 1
        let (tokens, lexErr) = lexer.run()
        let saved = (toks, texts, fstrings, pos, lexError, openers, skipNL, prev)
        defer { (toks, texts, fstrings, pos, lexError, openers, skipNL, prev) = saved }
        (toks, texts, fstrings) = (tokens, lexer.texts, lexer.fstrings)
        pos = 0
        lexError = lexErr
        openers = [Opener(op: nil, loc: at, skipsNewlines: true)]
        skipNL = true
        do throws(SyntaxError) {
            let e = try exprList()
            guard case .eof = tok.kind else { try fail("'}' to end the f-string expression") }
            return e
        } catch {
            throw SyntaxError(diagnostic: error.diagnostic, incomplete: false)
        }
    }
}
