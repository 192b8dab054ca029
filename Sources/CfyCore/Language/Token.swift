// Token: what the lexer hands the parser. One token = one kind + where it sits in the source.

/// Reserved words. The last group is Python syntax (`isUnsupported`: what `.cfy` rejects).
enum Keyword: String, Sendable, CaseIterable {
    case and, `as`, assert, `break`, `class`, `continue`, def, elif, `else`, False, `for`, from
    case global, `if`, `import`, `in`, `is`, lambda, None, nonlocal, not, or, pass, `return`
    case True, `while`
    case del, `try`, except, finally, raise, with, yield, async, await

    /// Python keywords that `.cfy` does not implement (`'del' is not supported in cfy`).
    var isUnsupported: Bool {
        switch self {
        case .del, .with, .yield, .async, .await: return true
        default: return false
        }
    }

    static let table = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}

/// Operators and punctuation. Bitwise ones (`& | ^ << >> @`) are lexed so the parser can say
/// they are unsupported (and so `|` can join types in `x: int | None`).
enum Op: String, Sendable {
    case lparen = "(", rparen = ")", lbracket = "[", rbracket = "]", lbrace = "{", rbrace = "}"
    case comma = ",", colon = ":", dot = ".", semicolon = ";", assign = "=", arrow = "->"
    case ellipsis = "...", walrus = ":="
    case plus = "+", minus = "-", star = "*", slash = "/", dslash = "//", percent = "%", dstar = "**"
    case tilde = "~"
    case plusEq = "+=", minusEq = "-=", starEq = "*=", slashEq = "/=", dslashEq = "//="
    case percentEq = "%=", dstarEq = "**="
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case amp = "&", pipe = "|", caret = "^", shl = "<<", shr = ">>", at = "@"
    case ampEq = "&=", pipeEq = "|=", caretEq = "^=", shlEq = "<<=", shrEq = ">>=", atEq = "@="

    var isBitwise: Bool {
        switch self {
        case .amp, .pipe, .caret, .shl, .shr, .at, .ampEq, .pipeEq, .caretEq, .shlEq, .shrEq, .atEq:
            return true
        default: return false
        }
    }

    /// `+=` → `.add`, ...
    var augmented: BinaryOp? {
        switch self {
        case .plusEq: return .add
        case .minusEq: return .sub
        case .starEq: return .mul
        case .slashEq: return .div
        case .dslashEq: return .floorDiv
        case .percentEq: return .mod
        case .dstarEq: return .pow
        case .ampEq: return .and
        case .pipeEq: return .or
        case .caretEq: return .xor
        case .shlEq: return .shl
        case .shrEq: return .shr
        default: return nil
        }
    }
}

/// A piece of an f-string as the lexer sees it; the parser turns `field` code into an `Expr`.
indirect enum FPiece: Sendable {
    case text(String)
    /// `{code!conv:spec}`: `code` indexes the lexer's scalars; `at` is where the code starts.
    case field(code: Range<Int>, at: Loc, conversion: Character?, spec: [FPiece]?, debugText: String?)
}

/// Plain data (no references), so copying tokens around the parser is cheap: names and string
/// values live in the lexer's side tables, `texts` and `fstrings`, and tokens hold their indices.
enum TokenKind: Sendable {
    case name(Int)
    case keyword(Keyword)
    case int(Int64)
    /// An int literal past 64 bits: its hexadecimal digits are `texts[k]`.
    case bigint(Int)
    case float(Double)
    case string(Int)
    case fstring(Int)
    case op(Op)
    case newline
    case eof
    /// Where lexing stopped with an error; the parser reports the lexer's diagnostic when it gets here.
    case error
    /// Python mode: a literal cfy lexes but cannot run (`b"..."`, `1j`); `texts[k]` names it.
    case unsupported(Int)
}

/// One token. `range` indexes the lexer's scalar array (for error messages quoting the source text).
///
/// `x = 1` lexes to `name(0) op(=) int(1) eof`, with `texts[0] == "x"`.
struct Token: Sendable {
    var kind: TokenKind
    var loc: Loc
    var range: Range<Int>
    /// Last source line the token touches (a triple-quoted string may span several).
    var endLine: Int

    func isOp(_ op: Op) -> Bool { if case .op(op) = kind { return true }; return false }
    func isKeyword(_ kw: Keyword) -> Bool { if case .keyword(kw) = kind { return true }; return false }
    var isNewline: Bool { if case .newline = kind { return true }; return false }
    var isEOF: Bool {
        switch kind { case .eof, .error: return true; default: return false }
    }
}
