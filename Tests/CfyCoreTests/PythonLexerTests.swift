import Testing
@testable import CfyCore

/// Tokens of a `.py` source as short strings: indentation braces (empty ranges) are `INDENT` and
/// `DEDENT`, newlines `nl`, operators their text, names and keywords their text; or the error.
private func pyLex(_ text: String) -> [String] {
    var lexer = Lexer(Source(name: "t.py", text: text))
    let (tokens, error) = lexer.run()
    if let error { return ["\(error.diagnostic.loc): \(error.diagnostic.message)"] }
    return tokens.map { t in
        switch t.kind {
        case .op(.lbrace) where t.range.isEmpty: return "INDENT"
        case .op(.rbrace) where t.range.isEmpty: return "DEDENT"
        case .op(let o): return o.rawValue
        case .name(let k): return lexer.texts[k]
        case .keyword(let k): return k.rawValue
        case .int(let v): return "\(v)"
        case .newline: return "nl"
        case .eof: return "eof"
        case .unsupported(let k): return "unsupported:\(lexer.texts[k])"
        default: return "?"
        }
    }
}

@Suite struct PythonLexerTests {
    @Test func indentationOpensAndClosesBlocks() {
        #expect(pyLex("if a:\n    b\nc\n") == ["if", "a", ":", "nl", "INDENT", "b", "nl", "DEDENT", "nl", "c", "nl", "eof"])
        #expect(pyLex("if a:\n  if b:\n    c\nd") ==
                ["if", "a", ":", "nl", "INDENT", "if", "b", ":", "nl", "INDENT", "c", "nl", "DEDENT", "DEDENT", "nl",
                 "d", "nl", "eof"])
    }

    @Test func blocksCloseAtTheEnd() {
        #expect(pyLex("def f():\n    return 1") == ["def", "f", "(", ")", ":", "nl", "INDENT", "return", "1", "nl",
                                                   "DEDENT", "nl", "eof"])
    }

    @Test func blankAndCommentLinesDoNotCount() {
        #expect(pyLex("if a:\n    b\n\n# x\n        # y\n    c\n") ==
                ["if", "a", ":", "nl", "INDENT", "b", "nl", "c", "nl", "DEDENT", "nl", "eof"])
    }

    @Test func bracketsJoinLines() {
        #expect(pyLex("x = [1,\n  2,\n3]\ny") == ["x", "=", "[", "1", ",", "2", ",", "3", "]", "nl", "y", "nl", "eof"])
        #expect(pyLex("x = 1 + \\\n    2\n") == ["x", "=", "1", "+", "2", "nl", "eof"])
    }

    @Test func tabsCountToTheNextMultipleOfEight() {
        #expect(pyLex("if a:\n\tb\n        c\n") == ["3:9: TabError: inconsistent use of tabs and spaces in indentation"])
        #expect(pyLex("if a:\n\tb\n\tc\n") == ["if", "a", ":", "nl", "INDENT", "b", "nl", "c", "nl", "DEDENT", "nl", "eof"])
    }

    @Test func inconsistentDedentIsAnIndentationError() {
        #expect(pyLex("if a:\n    b\n  c\n") == ["3:3: IndentationError: unindent does not match any outer indentation level"])
    }

    @Test func pythonOnlyLiteralsAreLexed() {
        #expect(pyLex("x = b'a'\n") == ["x", "=", "unsupported:bytes literals", "nl", "eof"])
        #expect(pyLex("x = 1j\n") == ["x", "=", "unsupported:complex numbers", "nl", "eof"])
    }

    @Test func cfySourcesKeepBraces() {
        var lexer = Lexer(Source(name: "t.cfy", text: "if a {\n    b\n}\n"))
        #expect(!lexer.run().tokens.contains { $0.range.isEmpty && $0.isOp(.lbrace) })
    }
}
