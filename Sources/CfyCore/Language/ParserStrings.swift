// String literals in expressions: adjacent literals concatenate, and the code inside an f-string's
// `{...}` is lexed and parsed here, with locations pointing into the original source.

extension ParserState {
    /// `"a" 'b'` → `"ab"`; if any piece is an f-string the result is one `.fstring`.
    func strings() throws(SyntaxError) -> Expr {
        let first = tok
        var parts: [FStringPart] = []
        var isF = false
        while true {
            switch tok.kind {
            case .string(let s):
                appendText(s, to: &parts)
            case .fstring(let pieces):
                isF = true
                for p in try fparts(pieces) {
                    if case .text(let s) = p { appendText(s, to: &parts) } else { parts.append(p) }
                }
            default:
                if isF { return .fstring(parts, first.loc) }
                if case .text(let s) = parts.first { return .literal(.str(s), first.loc) }
                return .literal(.str(""), first.loc)
            }
            advance()
        }
    }

    func appendText(_ s: String, to parts: inout [FStringPart]) {
        if case .text(let t) = parts.last {
            parts[parts.count - 1] = .text(t + s)
        } else if !s.isEmpty {
            parts.append(.text(s))
        }
    }

    /// Lexer pieces → `FStringPart`s, parsing each field's code.
    func fparts(_ pieces: [FPiece]) throws(SyntaxError) -> [FStringPart] {
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
    func fieldExpr(_ code: Range<Int>, at: Loc) throws(SyntaxError) -> Expr {
        try enter()
        defer { leave() }
        var lexer = Lexer(scalars: scalars, range: code, start: at, source: source)
        let (tokens, lexErr) = lexer.run()
        let saved = (toks, pos, lexError, openers, prev)
        defer { (toks, pos, lexError, openers, prev) = saved }
        toks = tokens
        pos = 0
        lexError = lexErr
        openers = [Opener(text: "", loc: at, skipsNewlines: true)]
        do throws(SyntaxError) {
            let e = try exprList()
            guard case .eof = tok.kind else { try fail("'}' to end the f-string expression") }
            return e
        } catch {
            throw SyntaxError(diagnostic: error.diagnostic, incomplete: false)
        }
    }
}
