// Lexer: source scalars → tokens — names, numbers, operators, newlines and comments (string
// literals and f-strings: LexerStrings.swift).

/// A syntax error, and whether more input could still complete the text (for the REPL's `...>`).
/// A class, so the error slot of every `throws(SyntaxError)` call is one pointer: debug-build
/// stack frames of the recursive parser stay small.
final class SyntaxError: Error, Sendable {
    let diagnostic: Diagnostic
    let incomplete: Bool
    init(diagnostic: Diagnostic, incomplete: Bool) {
        self.diagnostic = diagnostic
        self.incomplete = incomplete
    }
}

/// Turns a run of Unicode scalars into tokens, like Lua's `llex.c`.
///
/// ```swift
/// var lex = Lexer(Source(name: "<t>", text: "x = 1 + 2\n"))
/// let (tokens, error) = lex.run()   // name(x) op(=) int(1) op(+) int(2) newline eof
/// ```
///
/// Newlines are always emitted (collapsed: one token for any run of blank or comment lines);
/// the parser ignores them inside brackets. On the first error lexing stops: the last token is
/// `.error` and `error` says what went wrong, so the parser reports it when it gets there.
///
/// (Methods are `mutating` even when they only read: debug builds then pass `self` by reference
/// instead of copying the whole lexer on every call.)
struct Lexer {
    let src: [Unicode.Scalar]
    let source: Source?
    /// Where lexing stops (a sub-lexer for an f-string field covers just the field's code).
    let end: Int
    var i: Int
    /// Line and notional start index of the first line, so `col = index - lineStart + 1`.
    let firstLine: Int
    let firstLineStart: Int
    /// Indices of every `\n` passed so far, in order (for `loc(at:)`).
    var newlines: [Int] = []
    /// The current line, and the index where it starts less one (`col = index - lineBase`).
    var line: Int
    var lineBase: Int
    var toks: [Token] = []
    /// Names and string values (`.name(i)`, `.string(i)` index this), and f-string pieces.
    var texts: [String] = []
    var fstrings: [[FPiece]] = []
    /// Token kinds of the ASCII names of up to 8 letters seen so far, keyed by their bytes packed
    /// into an integer: keywords are found and names reused without building a String each time.
    var shortNames: [UInt64: TokenKind] = [:]
    /// Python mode (LexerIndent.swift): indentation becomes block braces.
    let python: Bool
    var py = PythonLayout()

    init(_ source: Source) {
        self.init(scalars: Array(source.text.unicodeScalars), start: Loc(line: source.firstLine, col: 1), source: source,
                  python: source.isPython)
    }

    /// A lexer over `range` of `scalars`, whose first scalar sits at `start`.
    init(scalars: [Unicode.Scalar], range: Range<Int>? = nil, start: Loc = Loc(line: 1, col: 1), source: Source?,
         python: Bool = false) {
        let r = range ?? 0..<scalars.count
        self.python = python
        self.src = scalars
        self.source = source
        self.i = r.lowerBound
        self.end = r.upperBound
        self.firstLine = start.line
        self.firstLineStart = r.lowerBound - (start.col - 1)
        self.line = start.line
        self.lineBase = firstLineStart - 1
    }

    // MARK: positions

    /// The location of scalar `k` (any index up to the current position).
    mutating func loc(at k: Int) -> Loc {
        if k > lineBase { return Loc(line: line, col: k - lineBase) }
        if newlines.isEmpty || k <= newlines[0] { return Loc(line: firstLine, col: k - firstLineStart + 1) }
        var lo = 0, hi = newlines.count - 1          // newlines[lo] < k <= newlines[hi]
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if newlines[mid] < k { lo = mid } else { hi = mid }
        }
        return Loc(line: firstLine + lo + 1, col: k - newlines[lo])
    }

    mutating func at(_ k: Int) -> Unicode.Scalar? { k < end ? src[k] : nil }

    mutating func error(_ message: String, at k: Int, incomplete: Bool = false) -> SyntaxError {
        SyntaxError(diagnostic: Diagnostic(message, at: loc(at: k), in: source, kind: .syntaxError),
                    incomplete: incomplete)
    }

    /// Records a `\n` at `k` (call in index order).
    mutating func sawNewline(_ k: Int) {
        guard k > lineBase else { return }
        newlines.append(k)
        line += 1
        lineBase = k
    }

    mutating func add(_ kind: TokenKind, from start: Int) {
        toks.append(Token(kind: kind, loc: loc(at: start), range: start..<i, endLine: line))
    }

    // MARK: main loop

    /// All tokens, ending in `.eof` (or `.error`, with the error).
    mutating func run() -> (tokens: [Token], error: SyntaxError?) {
        toks.reserveCapacity((end - i) / 3)
        do {
            if python {
                while i < end {
                    if py.atLineStart { try indentation() } else { try step() }
                }
                closeIndentation()
            } else {
                while i < end { try step() }
            }
        } catch {
            toks.append(Token(kind: .error, loc: error.diagnostic.loc, range: i..<i, endLine: line))
            return (toks, error)
        }
        var eofLoc = loc(at: i)
        if let last = toks.last, last.isNewline { eofLoc = last.loc }
        toks.append(Token(kind: .eof, loc: eofLoc, range: i..<i, endLine: line))
        return (toks, nil)
    }

    mutating func step() throws(SyntaxError) {
        let c = src[i]
        switch c.value {
        case 0x20, 0x09, 0x0C, 0x0D:                 // space, tab, form feed, \r (of \r\n)
            i += 1
        case 0x0A:
            if python { py.atLineStart = py.brackets == 0 }
            if let last = toks.last, !last.isNewline, !python || py.brackets == 0 {
                toks.append(Token(kind: .newline, loc: loc(at: i), range: i..<i + 1, endLine: line))
            }
            sawNewline(i)
            i += 1
        case 0x23:                                    // #
            while i < end, src[i].value != 0x0A { i += 1 }
        case 0x5C:                                    // \\
            var j = i + 1
            if at(j) == "\r" { j += 1 }
            guard j < end else {
                throw error("unexpected end of input after line continuation '\\'", at: i, incomplete: true)
            }
            guard src[j] == "\n" else { throw error("unexpected character after line continuation '\\'", at: j) }
            sawNewline(j)
            i = j + 1
        case 0x22, 0x27:                              // " '
            try lexString(prefix: "", start: i)
        case 0x30...0x39:
            try lexNumber()
        case 0x2E:                                    // .
            if let n = at(i + 1), isDigit(n) { try lexNumber() } else { try lexOp() }
        default:
            if isIdentStart(c) { try lexName() } else { try lexOp() }
        }
    }

    // MARK: names

    mutating func lexName() throws(SyntaxError) {
        let start = i
        var ascii = src[i].value < 128
        var packed = UInt64(src[i].value)
        i += 1
        while i < end {
            let c = src[i]
            if c.value < 128 {
                guard isIdentContinue(c) else { break }
                packed = packed &<< 8 | UInt64(c.value)
            } else {
                guard UCD14.has(c, UCD14.xidContinue) else { break }
                ascii = false
            }
            i += 1
        }
        let n = i - start
        if n <= 2, let q = at(i), q == "\"" || q == "'" {
            let prefix = String(String.UnicodeScalarView(src[start..<i])).lowercased()
            if ["r", "f", "rf", "fr", "u", "b", "br", "rb"].contains(prefix) {
                try lexString(prefix: prefix, start: start)
                return
            }
        }
        if ascii, n <= 8 {
            if let kind = shortNames[packed] { add(kind, from: start); return }
            let kind = nameKind(asciiText(start..<i))
            shortNames[packed] = kind
            add(kind, from: start)
        } else if ascii {
            add(nameKind(asciiText(start..<i)), from: start)
        } else {
            // Python reads a non-ASCII name as its NFKC form (`ﬁx` is `fix`), never as a keyword.
            texts.append(pyNFKC(String(String.UnicodeScalarView(src[start..<i]))))
            add(.name(texts.count - 1), from: start)
        }
    }

    /// `.keyword` or a new `.name`.
    mutating func nameKind(_ name: String) -> TokenKind {
        if let kw = Keyword.table[name] { return .keyword(kw) }
        texts.append(name)
        return .name(texts.count - 1)
    }

    /// `src[r]`, all ASCII, as a String (the fast path for names).
    mutating func asciiText(_ r: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: r.count) { buf in
            for k in r { buf[k - r.lowerBound] = UInt8(truncatingIfNeeded: src[k].value) }
            return r.count
        }
    }

    // MARK: numbers

    /// Scans digits accepted by `ok`, allowing single `_` between them; false if none.
    mutating func digits(_ ok: (Unicode.Scalar) -> Bool) -> Bool {
        guard let c = at(i), ok(c) else { return false }
        while let c = at(i) {
            if ok(c) { i += 1 } else if c == "_", let n = at(i + 1), ok(n) { i += 2 } else { break }
        }
        return true
    }

    mutating func text(_ r: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        for c in src[r] where c != "_" { s.append(c) }
        return String(s)
    }

    mutating func lexNumber() throws(SyntaxError) {
        let start = i
        if src[i] == "0", let p = at(i + 1), "xXoObB".unicodeScalars.contains(p) {
            let (radix, what): (Int64, String) = p == "x" || p == "X" ? (16, "hexadecimal")
                : p == "o" || p == "O" ? (8, "octal") : (2, "binary")
            i += 2
            if at(i) == "_" { i += 1 }
            let digitsStart = i
            let ok: (Unicode.Scalar) -> Bool = { c in
                guard let v = hexValue(c) else { return false }
                return Int64(v) < radix
            }
            guard digits(ok) else { throw error("invalid \(what) literal", at: start) }
            if let c = at(i), isIdentContinue(c) {
                throw error(isDigit(c) ? "invalid digit '\(c)' in \(what) literal" : "invalid \(what) literal", at: i)
            }
            var digitText = ""
            for c in src[digitsStart..<i] where c != "_" { digitText.unicodeScalars.append(c) }
            addInt(digitText, radix: Int(radix), from: start)
            return
        }
        let intStart = i
        _ = digits(isDigit)
        let intEnd = i
        var isFloat = false
        var frac = ""
        if at(i) == "." {
            isFloat = true
            i += 1
            let f = i
            if digits(isDigit) { frac = text(f..<i) }
        }
        var exp = ""
        if let e = at(i), e == "e" || e == "E" {
            var j = i + 1
            if let s = at(j), s == "+" || s == "-" { j += 1 }
            if let d = at(j), isDigit(d) {
                let e0 = i
                i = j
                _ = digits(isDigit)
                exp = text(e0..<i)
                isFloat = true
            }
        }
        if let c = at(i) {
            if c == "j" || c == "J" {
                guard python else { throw error("complex numbers are not supported in cfy", at: start) }
                i += 1
                unsupported("complex numbers", from: start)
                return
            }
            if isIdentContinue(c) { throw error("invalid decimal literal", at: i) }
        }
        let whole = text(intStart..<intEnd)
        if isFloat {
            let t = (whole.isEmpty ? "0" : whole) + (frac.isEmpty ? "" : "." + frac) + exp
            guard let d = Double(t) else { throw error("invalid float literal", at: start) }
            add(.float(d), from: start)
        } else {
            if whole.count > 1, whole.hasPrefix("0"), whole.contains(where: { $0 != "0" }) {
                throw error("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", at: start)
            }
            let digitsOnly = whole.filter { $0 != "_" }
            if digitsOnly.count > BigInt.maxStrDigits {
                throw error(BigInt.parseLimitMessage(digitsOnly.count)
                            + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", at: start)
            }
            addInt(digitsOnly, radix: 10, from: start)
        }
    }

    /// An int literal's token: `.int` when it fits in 64 bits, else `.bigint` with the value's
    /// hexadecimal digits in `texts`.
    mutating func addInt(_ digits: String, radix: Int, from start: Int) {
        if let v = Int64(digits, radix: radix) { add(.int(v), from: start); return }
        let b = BigInt(digits: Substring(digits).utf8, radix: radix) ?? BigInt(0)
        texts.append(b.magnitudeDigits(radix: 16))
        add(.bigint(texts.count - 1), from: start)
    }

    // MARK: operators

    mutating func lexOp() throws(SyntaxError) {
        let c = src[i], n = at(i + 1), n2 = at(i + 2)
        let op: Op?
        switch c {
        case "(": op = .lparen
        case ")": op = .rparen
        case "[": op = .lbracket
        case "]": op = .rbracket
        case "{": op = .lbrace
        case "}": op = .rbrace
        case ",": op = .comma
        case ";": op = .semicolon
        case "~": op = .tilde
        case ":": op = n == "=" ? .walrus : .colon
        case ".": op = n == "." && n2 == "." ? .ellipsis : .dot
        case "+": op = n == "=" ? .plusEq : .plus
        case "-": op = n == "=" ? .minusEq : n == ">" ? .arrow : .minus
        case "*": op = n == "*" ? (n2 == "=" ? .dstarEq : .dstar) : n == "=" ? .starEq : .star
        case "/": op = n == "/" ? (n2 == "=" ? .dslashEq : .dslash) : n == "=" ? .slashEq : .slash
        case "%": op = n == "=" ? .percentEq : .percent
        case "=": op = n == "=" ? .eq : .assign
        case "!": op = n == "=" ? .ne : nil
        case "<": op = n == "<" ? (n2 == "=" ? .shlEq : .shl) : n == "=" ? .le : .lt
        case ">": op = n == ">" ? (n2 == "=" ? .shrEq : .shr) : n == "=" ? .ge : .gt
        case "&": op = n == "=" ? .ampEq : .amp
        case "|": op = n == "=" ? .pipeEq : .pipe
        case "^": op = n == "=" ? .caretEq : .caret
        case "@": op = n == "=" ? .atEq : .at
        default: op = nil
        }
        guard let op else {
            if c == "!" { throw error("unexpected character '!' (use 'not' for negation, '!=' for inequality)", at: i) }
            throw error("unexpected character \(describeScalar(c))", at: i)
        }
        let start = i
        i += op.rawValue.unicodeScalars.count
        if python { bracket(op) }
        add(.op(op), from: start)
    }
}

// MARK: character classes

func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

func hexValue(_ c: Unicode.Scalar) -> Int? {
    switch c.value {
    case 48...57: return Int(c.value - 48)
    case 65...70: return Int(c.value - 55)
    case 97...102: return Int(c.value - 87)
    default: return nil
    }
}

func isIdentStart(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c == "_" || (c.value | 0x20 >= 97 && c.value | 0x20 <= 122) }
    return UCD14.has(c, UCD14.xidStart)
}

func isIdentContinue(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return isIdentStart(c) || isDigit(c) }
    return UCD14.has(c, UCD14.xidContinue)
}

/// `'$'` for printable ASCII and letters, `U+00A0` for invisible or control characters.
func describeScalar(_ c: Unicode.Scalar) -> String {
    let v = c.value
    let invisible = v < 0x21 || (v >= 0x7F && v <= 0xA0) || c.properties.isWhitespace
        || c.properties.generalCategory == .format || c.properties.generalCategory == .control
    if invisible {
        let h = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
    return "'\(Character(c))'"
}
