// Highlight: the REPL's syntax colouring reads the one Lexer — spans of keywords, strings,
// numbers, class names and errors over a line's Unicode scalars (no second tokenizer).

/// What a span of typed text is, for colouring.
public enum HighlightKind: Sendable, Equatable {
    case keyword
    case string
    case number
    /// A name the caller asked to mark (the REPL: the session's args classes).
    case className
    /// A token the lexer rejects (from there to the end), an unterminated string, a closing
    /// bracket with no opener or of the wrong kind, or a literal cfy cannot run (`b"x"`).
    case error
}

/// A run of scalars (`range` indexes `text.unicodeScalars`) and what it is.
public struct HighlightSpan: Sendable, Equatable {
    public let range: Range<Int>
    public let kind: HighlightKind
    public init(range: Range<Int>, kind: HighlightKind) { self.range = range; self.kind = kind }
}

/// The spans to colour in `text` (in order, not overlapping); `classNames` are marked as such.
///
/// ```swift
/// highlightSpans("x = Args(seed=1)", classNames: ["Args"])
/// // [4..<8 className, 14..<15 number]
/// ```
/// An open bracket is not an error (the statement may go on over lines); an open triple-quoted
/// string is coloured as a string for the same reason.
public func highlightSpans(_ text: String, classNames: Set<String> = []) -> [HighlightSpan] {
    let scalars = Array(text.unicodeScalars)
    var lexer = Lexer(scalars: scalars, source: nil)
    let (tokens, error) = lexer.run()
    var spans: [HighlightSpan] = []
    var open: [Op] = []
    for t in tokens {
        var kind: HighlightKind?
        switch t.kind {
        case .keyword: kind = .keyword
        case .string, .fstring: kind = .string
        case .int, .bigint, .float: kind = .number
        case .unsupported: kind = .error
        case .name(let k):
            if k < lexer.texts.count, classNames.contains(lexer.texts[k]) { kind = .className }
        case .op(let op):
            switch op {
            case .lparen, .lbracket, .lbrace: open.append(op)
            case .rparen, .rbracket, .rbrace:
                let opener: Op = op == .rparen ? .lparen : op == .rbracket ? .lbracket : .lbrace
                if open.last == opener { open.removeLast() } else { kind = .error }
            default: break
            }
        case .newline, .eof, .error: break
        }
        if let kind, !t.range.isEmpty { spans.append(HighlightSpan(range: t.range, kind: kind)) }
    }
    if let error {
        // The lexer stopped at the error's location: colour from there to the end.
        let start = offset(of: error.diagnostic.loc, in: scalars)
        let from = max(start, spans.last?.range.upperBound ?? 0)
        if from < scalars.count {
            let quote = scalars[from] == "\"" || scalars[from] == "'"
            let tripleOpen = error.incomplete && quote
            spans.append(HighlightSpan(range: from..<scalars.count, kind: tripleOpen ? .string : .error))
        }
    }
    return spans
}

/// The scalar index of a 1-based line and column in `scalars`.
private func offset(of loc: Loc, in scalars: [Unicode.Scalar]) -> Int {
    var line = 1
    var k = 0
    while line < loc.line, k < scalars.count {
        if scalars[k] == "\n" { line += 1 }
        k += 1
    }
    return min(scalars.count, max(0, k + loc.col - 1))
}
