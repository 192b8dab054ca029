import Testing
@testable import CfyCore

// MARK: - helpers

/// Tokens as short strings: `name:x`, `kw:if`, `int:1`, `float:0.5`, `str:"a"`, `op:+`, `nl`, `eof`,
/// or the lexer's error as `L:C: message`.
private func lex(_ text: String) -> [String] {
    var lexer = Lexer(Source(name: "t", text: text))
    let (tokens, error) = lexer.run()
    if let error { return ["\(error.diagnostic.loc): \(error.diagnostic.message)"] }
    return tokens.map { t in
        switch t.kind {
        case .name(let k): return "name:\(lexer.texts[k])"
        case .keyword(let k): return "kw:\(k.rawValue)"
        case .int(let v): return "int:\(v)"
        case .bigint(let k): return "bigint:0x\(lexer.texts[k])"
        case .float(let v): return "float:\(v)"
        case .string(let k): return "str:\(lexer.texts[k].debugDescription)"
        case .fstring(let k): return "fstr:\(lexer.fstrings[k].count)"
        case .op(let o): return "op:\(o.rawValue)"
        case .newline: return "nl"
        case .eof: return "eof"
        case .error: return "error"
        case .unsupported(let k): return "unsupported:\(lexer.texts[k])"
        }
    }
}

/// The lexer's error as `L:C: message` (incomplete errors marked with `+`), or "ok".
private func lexError(_ text: String) -> String {
    var lexer = Lexer(Source(name: "t", text: text))
    guard let e = lexer.run().error else { return "ok" }
    return "\(e.diagnostic.loc): \(e.diagnostic.message)" + (e.incomplete ? " +" : "")
}

/// The value of a single (non-f) string literal.
private func str(_ text: String) -> String? {
    let toks = lex(text)
    guard toks.count == 2, toks[0].hasPrefix("str:") else { return nil }
    var lexer = Lexer(Source(name: "t", text: text))
    if case .string(let k) = lexer.run().tokens[0].kind { return lexer.texts[k] }
    return nil
}

private func locs(_ text: String) -> [String] {
    var lexer = Lexer(Source(name: "t", text: text))
    return lexer.run().tokens.map { "\($0.loc)" }
}

@Suite struct LexerTests {
    // MARK: - tokens

    @Test func basicTokens() {
        #expect(lex("x = 1 + 2\n") == ["name:x", "op:=", "int:1", "op:+", "int:2", "nl", "eof"])
        #expect(lex("if a and not b: pass") == ["kw:if", "name:a", "kw:and", "kw:not", "name:b", "op::", "kw:pass", "eof"])
        #expect(lex("a**=b//=c->d...e:=f") == ["name:a", "op:**=", "name:b", "op://=", "name:c", "op:->", "name:d",
                                              "op:...", "name:e", "op::=", "name:f", "eof"])
        #expect(lex("<= >= == != < > << >> & | ^ @ ~") == ["op:<=", "op:>=", "op:==", "op:!=", "op:<", "op:>", "op:<<",
                                                          "op:>>", "op:&", "op:|", "op:^", "op:@", "op:~", "eof"])
        #expect(lex("try yield True None") == ["kw:try", "kw:yield", "kw:True", "kw:None", "eof"])
    }

    @Test func newlinesCommentsAndContinuations() {
        #expect(lex("\n\n# c\nx  # trailing\n\n\ny\n") == ["name:x", "nl", "name:y", "nl", "eof"])
        #expect(lex("x = 1 + \\\n  2") == ["name:x", "op:=", "int:1", "op:+", "int:2", "eof"])
        #expect(lex("x\r\ny") == ["name:x", "nl", "name:y", "eof"])
        #expect(lex("x\t=\u{0C}1") == ["name:x", "op:=", "int:1", "eof"])
        #expect(lexError("x = \\") == "1:5: unexpected end of input after line continuation '\\' +")
        #expect(lexError("x = \\ 1") == "1:6: unexpected character after line continuation '\\'")
    }

    @Test func identifiers() {
        #expect(lex("é π_2 变量 _x x1") == ["name:é", "name:π_2", "name:变量", "name:_x", "name:x1", "eof"])
        #expect(lex("rb") == ["name:rb", "eof"])
        #expect(lexError("x = 1 $") == "1:7: unexpected character '$'")
        #expect(lexError("x = ?") == "1:5: unexpected character '?'")
        #expect(lexError("x\u{A0}= 1") == "1:2: unexpected character U+00A0")
        #expect(lexError("a ! b") == "1:3: unexpected character '!' (use 'not' for negation, '!=' for inequality)")
    }

    @Test func locationsCountScalars() {
        #expect(locs("é = \"ü\" + x\n  y") == ["1:1", "1:3", "1:5", "1:9", "1:11", "1:12", "2:3", "2:4"])
        #expect(locs("\"\"\"a\nb\"\"\" x") == ["1:1", "2:6", "2:7"])
        // the end-of-input token sits on the last line, not after it
        #expect(locs("x\n") == ["1:1", "1:2", "1:2"])
    }

    // MARK: - numbers

    @Test(arguments: [
        ("0", "int:0"), ("00", "int:0"), ("1_000", "int:1000"), ("0x1f", "int:31"), ("0X_FF", "int:255"),
        ("0o17", "int:15"), ("0b101", "int:5"), ("9223372036854775807", "int:9223372036854775807"),
        ("0x7fffffffffffffff", "int:9223372036854775807"),
        ("0.5", "float:0.5"), (".5", "float:0.5"), ("1.", "float:1.0"), ("1e-3", "float:0.001"),
        ("1_0.5", "float:10.5"), ("1E5", "float:100000.0"), ("1.e2", "float:100.0"), ("2.5e+1_0", "float:25000000000.0"),
        ("0.1", "float:0.1"), ("1e400", "float:inf"), ("5e-324", "float:5e-324"),
        ("0.30000000000000004", "float:0.30000000000000004"), ("00.5", "float:0.5"),
    ])
    func numbers(text: String, token: String) {
        #expect(lex(text) == [token, "eof"])
    }

    /// Int literals past 64 bits: any size, any base (the hex digits kept in `texts`).
    @Test(arguments: [
        ("9223372036854775807", "int:9223372036854775807"),
        ("9223372036854775808", "bigint:0x8000000000000000"),
        ("0xffffffffffffffff", "bigint:0xffffffffffffffff"),
        ("99999999999999999999999", "bigint:0x152d02c7e14af67fffff"),
        ("0b1_0000000000000000000000000000000000000000000000000000000000000000", "bigint:0x10000000000000000"),
        ("0o2000000000000000000000", "bigint:0x10000000000000000"),
    ])
    func bigNumbers(text: String, token: String) {
        #expect(lex(text) == [token, "eof"])
    }

    @Test func decimalLiteralLimit() {
        #expect(lexError(String(repeating: "1", count: 4300)) == "ok")
        #expect(lexError(String(repeating: "1", count: 4301)) == "1:1: Exceeds the limit (4300 digits) for integer string "
                + "conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                + "hexadecimal for huge integer literals to avoid decimal conversion limits.")
        #expect(lexError("0x" + String(repeating: "f", count: 5000)) == "ok")
    }

    @Test(arguments: [
        ("012", "1:1: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("1__0", "1:2: invalid decimal literal"),
        ("1_", "1:2: invalid decimal literal"),
        ("1abc", "1:2: invalid decimal literal"),
        ("1e", "1:2: invalid decimal literal"),
        ("0x", "1:1: invalid hexadecimal literal"),
        ("0o8", "1:1: invalid octal literal"),
        ("0b102", "1:5: invalid digit '2' in binary literal"),
        ("0o19", "1:4: invalid digit '9' in octal literal"),
        ("0xfg", "1:4: invalid hexadecimal literal"),
        ("3j", "1:1: complex numbers are not supported in cfy"),
    ])
    func numberErrors(text: String, message: String) {
        #expect(lexError(text) == message)
    }

    // MARK: - strings

    @Test func stringValues() {
        #expect(str("'a'") == "a")
        #expect(str("\"it's\"") == "it's")
        #expect(str("'''a\nb'''") == "a\nb")
        #expect(str("\"\"\"x\"y\"\"z\"\"\"") == "x\"y\"\"z")
        #expect(str("''") == "")
        #expect(str(#"'\\ \' \" \n \r \t \0 \a \b \f \v'"#) == "\\ ' \" \n \r \t \0 \u{07} \u{08} \u{0C} \u{0B}")
        #expect(str(#"'\x41\u00e9\U0001F600'"#) == "Aé😀")
        #expect(str(#"'\101\7\77\777\08'"#) == "A\u{07}?\u{1FF}\u{0}8")
        #expect(str(#"'\d\w\q'"#) == #"\d\w\q"#)
        #expect(str("'a\\\nb'") == "ab")
        #expect(str(#"r'\n\d\''"#) == #"\n\d\'"#)
        #expect(str(#"R"\x""#) == #"\x"#)
        #expect(str("u'x'") == "x")
        #expect(str("'\\u200b'") == "\u{200B}")
        #expect(lex("'a' \"b\"") == [#"str:"a""#, #"str:"b""#, "eof"])
    }

    @Test(arguments: [
        ("x = 'abc", "1:5: unterminated string literal"),
        ("x = 'abc\ny'", "1:5: unterminated string literal"),
        ("x = \"\"\"abc\n", "1:5: unterminated triple-quoted string literal +"),
        ("x = 'abc\\\n", "1:5: unterminated string literal +"),
        ("x = 'abc\\", "1:5: unterminated string literal +"),
        ("x = 'a\\\nb\\x", "1:5: unterminated string literal +"),
        ("b'x'", "1:1: bytes literals are not supported in cfy"),
        ("Rb'x'", "1:1: bytes literals are not supported in cfy"),
        (#"'\x4'"#, #"1:2: truncated \x escape (expected 2 hex digits)"#),
        (#"'\u12'"#, #"1:2: truncated \u escape (expected 4 hex digits)"#),
        (#"'ab\ud800'"#, #"1:4: cfy strings cannot hold surrogate code points (\ud800)"#),
        (#"'\U0000DFFF'"#, #"1:2: cfy strings cannot hold surrogate code points (\U0000DFFF)"#),
        (#"'\U00110000'"#, #"1:2: escape \U00110000 is beyond the last Unicode code point U+10FFFF"#),
        (#"'\N{BULLET}'"#, #"1:2: \N{...} escapes are not supported in cfy; use \u or \U with the code point"#),
        ("'''a\nb\\x'''", #"2:2: truncated \x escape (expected 2 hex digits)"#),
    ])
    func stringErrors(text: String, message: String) {
        #expect(lexError(text) == message)
    }

    // MARK: - f-strings

    private func fpieces(_ text: String) -> [FPiece] {
        var lexer = Lexer(Source(name: "t", text: text))
        if case .fstring(let k) = lexer.run().tokens[0].kind { return lexer.fstrings[k] }
        return []
    }

    @Test func fstringPieces() {
        let ps = fpieces(#"f"a{x!r:>{w}}b{{c}}""#)
        #expect(ps.count == 3)
        guard ps.count == 3, case .text("a") = ps[0], case .field(_, let at, let conv, let spec, let dbg) = ps[1],
              case .text("b{c}") = ps[2] else { Issue.record("shape \(ps)"); return }
        #expect(at == Loc(line: 1, col: 5))
        #expect(conv == "r")
        #expect(dbg == nil)
        #expect(spec?.count == 2)
        let dbgPieces = fpieces(#"f"{x = }""#)
        if case .field(_, _, _, _, let d)? = dbgPieces.first { #expect(d == "x = ") } else { Issue.record("no field") }
        #expect(fpieces(#"F'{a!=b}'"#).count == 1)
        #expect(fpieces(#"f'{d["k"]}'"#).count == 1)
        #expect(fpieces(#"f'{x:}'"#).count == 1)
    }

    @Test(arguments: [
        (#"f"{}""#, "1:3: f-string: empty expression not allowed"),
        (#"f"{ }""#, "1:3: f-string: empty expression not allowed"),
        (#"f"{x""#, "1:3: f-string: expecting '}' to close '{'"),
        (#"f"}""#, "1:3: f-string: single '}' is not allowed (write '}}' for a literal brace)"),
        (#"f"{x!}""#, "1:6: f-string: invalid conversion character (expected 's', 'r' or 'a')"),
        (#"f"{x!q}""#, "1:6: f-string: invalid conversion character (expected 's', 'r' or 'a')"),
        (#"f"{x!r x}""#, "1:7: f-string: expecting '}' to close '{' at 1:3"),
        (#"f"{x#}""#, "1:5: f-string expression part cannot include '#'"),
        (#"f"{a\nb}""#, "1:5: f-string expression part cannot include a backslash"),
        (#"f"{x:{y:{z}}}""#, "1:9: f-string: expressions nested too deeply"),
    ])
    func fstringErrors(text: String, message: String) {
        #expect(lexError(text) == message)
    }

    // MARK: - decoding bytes

    private func decoded(_ bytes: [UInt8]) -> String {
        switch decodeSource(bytes, name: "f.cfy", directory: "/d") {
        case .success(let s): return s.text
        case .failure(let d): return "\(d.position): \(d.message) [\(d.kind.rawValue)]"
        }
    }

    @Test func decodeSourceBytes() {
        #expect(decoded(Array("x = 'é'\n".utf8)) == "x = 'é'\n")
        #expect(decoded([0xEF, 0xBB, 0xBF] + Array("x".utf8)) == "x")
        #expect(decoded(Array("a\r\nb\rc\n".utf8)) == "a\nb\nc\n")
        #expect(decoded(Array("x = 1\nyé".utf8) + [0xFF]) == "f.cfy:2:3: invalid UTF-8 byte 0xff [SyntaxError]")
        #expect(decoded([0x61, 0xC0, 0x80]) == "f.cfy:1:2: invalid UTF-8 byte 0xc0 [SyntaxError]")      // overlong
        #expect(decoded([0xED, 0xA0, 0x80]) == "f.cfy:1:1: invalid UTF-8 byte 0xed [SyntaxError]")      // surrogate
        #expect(decoded([0xF4, 0x90, 0x80, 0x80]) == "f.cfy:1:1: invalid UTF-8 byte 0xf4 [SyntaxError]") // > 10FFFF
        #expect(decoded([0x61, 0xE2, 0x82]) == "f.cfy:1:2: invalid UTF-8 byte 0xe2 [SyntaxError]")      // truncated
        #expect(decoded([0x80]) == "f.cfy:1:1: invalid UTF-8 byte 0x80 [SyntaxError]")
        #expect(decoded([0xF0, 0x9F, 0x98, 0x80, 0x0A, 0x05, 0xF8]) == "f.cfy:2:2: invalid UTF-8 byte 0xf8 [SyntaxError]")
        #expect(decoded(Array("x = 1\ny = '".utf8) + [0, 0x27]) == "f.cfy:2:6: source code cannot contain null bytes [SyntaxError]")
        if case .failure(let d) = decodeSource(Array("secret".utf8) + [0], name: "n", directory: nil) {
            #expect(d.description == "n:1:7: error: source code cannot contain null bytes")
        } else {
            Issue.record("expected failure")
        }
        if case .success(let s) = decodeSource([0xE2, 0x82, 0xAC], name: "n", directory: "/d") {
            #expect(s.name == "n" && s.directory == "/d" && s.text == "€")
        } else {
            Issue.record("expected success")
        }
        if case .failure(let d) = decodeSource(Array("ok\nab".utf8) + [0xFE], name: "n", directory: nil) {
            #expect(d.description == "n:2:3: error: invalid UTF-8 byte 0xfe")   // no line quoted from a non-source file
        } else {
            Issue.record("expected failure")
        }
    }
}
