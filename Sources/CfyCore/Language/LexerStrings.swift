// LexerStrings: string literals for the Lexer — quotes and prefixes, escapes, and the split of
// f-strings into text and `{field}` pieces (the code inside a field is parsed later, by the parser).

extension Lexer {
    /// Lexes the literal whose opening quote is at `i`; `start` is where its prefix began.
    ///
    /// `'a'`, `"a"`, `'''a'''`, `"""a"""`, with prefixes `r`, `f`, `rf`, `fr`, `u` (any case).
    mutating func lexString(prefix: String, start: Int) throws(SyntaxError) {
        if prefix.contains("b"), !python { throw error("bytes literals are not supported in cfy", at: start) }
        let raw = prefix.contains("r"), isF = prefix.contains("f")
        let quoteAt = i
        let q = src[i]
        let triple = at(i + 1) == q && at(i + 2) == q
        i += triple ? 3 : 1
        let body = i
        var continued = false
        while true {
            guard i < end else {
                throw error(triple ? "unterminated triple-quoted string literal" : "unterminated string literal",
                            at: quoteAt, incomplete: triple || continued)
            }
            let c = src[i]
            if c == "\\" {
                i += 1
                if at(i) == "\r", at(i + 1) == "\n" { i += 1 }
                if at(i) == "\n" { sawNewline(i) }
                if at(i) == "\n" || i == end { continued = true }   // backslash-newline: the string goes on
                if i < end { i += 1 }
                continue
            }
            if c == "\n" {
                guard triple else { throw error("unterminated string literal", at: quoteAt) }
                sawNewline(i)
            } else if c == q, !triple || (at(i + 1) == q && at(i + 2) == q) {
                break
            }
            i += 1
        }
        let bodyEnd = i
        i += triple ? 3 : 1
        if prefix.contains("b") {
            unsupported("bytes literals", from: start)
        } else if python, !raw, src[body..<bodyEnd].contains("\\"), let what = try unrunnableEscape(body..<bodyEnd) {
            unsupported(what, from: start)
        } else if isF {
            fstrings.append(try fscan(body, bodyEnd, raw: raw, spec: false, depth: 0).pieces)
            add(.fstring(fstrings.count - 1), from: start)
        } else {
            texts.append(try decode(body..<bodyEnd, raw: raw))
            add(.string(texts.count - 1), from: start)
        }
    }

    /// The value of literal text: escapes resolved unless `raw`.
    ///
    /// `\\ \' \" \a \b \f \n \r \t \v`, octal `\0`–`\777`, `\xNN`, `\uNNNN`, `\UNNNNNNNN`,
    /// backslash-newline (nothing). An unknown escape such as `\d` keeps its backslash.
    mutating func decode(_ r: Range<Int>, raw: Bool) throws(SyntaxError) -> String {
        var out = String.UnicodeScalarView()
        var k = r.lowerBound
        while k < r.upperBound {
            let c = src[k]
            guard c == "\\", !raw, k + 1 < r.upperBound else { out.append(c); k += 1; continue }
            let slash = k
            let e = src[k + 1]
            k += 2
            switch e {
            case "\n": break
            case "\r": if k < r.upperBound, src[k] == "\n" { k += 1 }
            case "\\", "'", "\"": out.append(e)
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var v = e.value - 48
                var n = 1
                while n < 3, k < r.upperBound, src[k].value >= 48, src[k].value <= 55 {
                    v = v * 8 + src[k].value - 48
                    k += 1
                    n += 1
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            case "x", "u", "U":
                let n = e == "x" ? 2 : e == "u" ? 4 : 8
                var v: UInt32 = 0
                for _ in 0..<n {
                    guard k < r.upperBound, let h = hexValue(src[k]) else {
                        throw error("truncated \\\(e) escape (expected \(n) hex digits)", at: slash)
                    }
                    v = v * 16 + UInt32(h)
                    k += 1
                }
                let written = "\\" + String(String.UnicodeScalarView(src[slash..<k]).dropFirst())
                if v >= 0xD800, v <= 0xDFFF, python {
                    py.unrunnable = "strings holding surrogate code points"
                    out.append("\u{FFFD}")
                    continue
                }
                if v >= 0xD800, v <= 0xDFFF {
                    throw error("cfy strings cannot hold surrogate code points (\(written))", at: slash)
                }
                guard let s = Unicode.Scalar(v) else {
                    throw error("escape \(written) is beyond the last Unicode code point U+10FFFF", at: slash)
                }
                out.append(s)
            case "N" where python:
                // Python mode: the literal lexes, and cannot run (LexerIndent.swift's `unsupported`).
                py.unrunnable = "`\\N{...}` escapes"
                while k < r.upperBound, src[k] != "}" { k += 1 }
                k = min(k + 1, r.upperBound)
            case "N":
                throw error("\\N{...} escapes are not supported in cfy; use \\u or \\U with the code point", at: slash)
            default:
                out.append("\\")
                k -= 1
            }
        }
        return String(out)
    }

    /// Splits f-string text `from..<upper` into pieces. In a format spec (`spec`), an unmatched
    /// `}` ends the scan; `end` is where scanning stopped.
    ///
    /// `f"a{x!r:>{w}}b{{"` → text "a", field x (conversion r, spec [text ">", field w]), text "b{".
    mutating func fscan(_ from: Int, _ upper: Int, raw: Bool, spec: Bool, depth: Int)
        throws(SyntaxError) -> (pieces: [FPiece], end: Int)
    {
        var pieces: [FPiece] = []
        var text = ""
        var run = from, k = from
        while k < upper {
            let c = src[k]
            if c == "\\", !raw {
                let n = k + 1 < upper ? src[k + 1] : " "
                k += n == "{" || n == "}" ? 1 : 2
                continue
            }
            if c == "{" {
                if !spec, k + 1 < upper, src[k + 1] == "{" {
                    text += try decode(run..<k + 1, raw: raw)
                    k += 2
                    run = k
                    continue
                }
                text += try decode(run..<k, raw: raw)
                if !text.isEmpty { pieces.append(.text(text)); text = "" }
                let (piece, next) = try field(k, upper, raw: raw, depth: depth + 1)
                pieces.append(piece)
                k = next
                run = k
                continue
            }
            if c == "}" {
                if spec { break }
                guard k + 1 < upper, src[k + 1] == "}" else {
                    throw error("f-string: single '}' is not allowed (write '}}' for a literal brace)", at: k)
                }
                text += try decode(run..<k + 1, raw: raw)
                k += 2
                run = k
                continue
            }
            k += 1
        }
        text += try decode(run..<min(k, upper), raw: raw)
        if !text.isEmpty { pieces.append(.text(text)) }
        return (pieces, k)
    }

    /// One replacement field; `open` is the index of its `{`. Returns the piece and the index after `}`.
    mutating func field(_ open: Int, _ upper: Int, raw: Bool, depth: Int) throws(SyntaxError) -> (FPiece, Int) {
        if depth > 2 { throw error("f-string: expressions nested too deeply", at: open) }
        let codeStart = open + 1
        var k = codeStart, nest = 0
        var quote: Unicode.Scalar?
        scan: while k < upper {
            let c = src[k]
            let next: Unicode.Scalar? = k + 1 < upper ? src[k + 1] : nil
            if let q = quote {
                if c == q { quote = nil }
                k += 1
                continue
            }
            switch c {
            case "'", "\"": quote = c
            case "(", "[", "{": nest += 1
            case ")", "]": nest = max(0, nest - 1)
            case "}":
                if nest == 0 { break scan }
                nest -= 1
            case "\\": throw error("f-string expression part cannot include a backslash", at: k)
            case "#": throw error("f-string expression part cannot include '#'", at: k)
            case "!" where nest == 0 && next != "=": break scan
            case ":" where nest == 0: break scan
            case "=" where nest == 0 && next != "=" && !(k > codeStart && "=!<>".unicodeScalars.contains(src[k - 1])):
                break scan
            default: break
            }
            k += 1
        }
        guard k < upper else { throw error("f-string: expecting '}' to close '{'", at: open) }
        let codeEnd = k
        if src[codeStart..<codeEnd].allSatisfy({ " \t\n\r\u{0C}".unicodeScalars.contains($0) }) {
            throw error("f-string: empty expression not allowed", at: open)
        }
        var debugText: String?
        if src[k] == "=" {
            k += 1
            while k < upper, src[k] == " " || src[k] == "\t" || src[k] == "\n" { k += 1 }
            debugText = String(String.UnicodeScalarView(src[codeStart..<k]))
        }
        var conversion: Character?
        if k < upper, src[k] == "!" {
            guard k + 1 < upper, "rsa".unicodeScalars.contains(src[k + 1]) else {
                throw error("f-string: invalid conversion character (expected 's', 'r' or 'a')", at: min(k + 1, upper))
            }
            conversion = Character(src[k + 1])
            k += 2
        }
        var spec: [FPiece]?
        if k < upper, src[k] == ":" {
            let (pieces, stop) = try fscan(k + 1, upper, raw: raw, spec: true, depth: depth)
            spec = pieces
            k = stop
        }
        guard k < upper, src[k] == "}" else {
            throw error("f-string: expecting '}' to close '{' at \(loc(at: open))", at: min(k, upper))
        }
        let piece = FPiece.field(code: codeStart..<codeEnd, at: loc(at: codeStart), conversion: conversion,
                                 spec: spec, debugText: debugText)
        return (piece, k + 1)
    }
}
