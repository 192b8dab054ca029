// Diagnostic: the one error type. Every layer returns these as values; only the CLI prints them.

/// An error or warning tied to a place in the source.
///
/// Rendered as
/// ```
/// params.cfy:3:14: error: unknown field 'lrr' for Args; did you mean 'lr'?
///     fast = Args(lrr=0.1)
///                 ^
///   called from params.cfy:9:5 in seed_set
/// ```
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var message: String
    public var source: Source?
    public var loc: Loc
    /// Python-style exception class, for `#=> error:` matching and KeyboardInterrupt handling.
    public var kind: ErrorKind
    /// Where the failing function was called from, innermost first: "FILE:LINE:COL in NAME",
    /// with how many times in a row that same call repeats (deep recursion).
    public var trace: [(text: String, count: Int)]
    /// The Python exception this error is, for `except` (Runtime/Objects/ExceptionValue.swift): the
    /// exception instance a `raise` made, or the args of the one cfy's own error stands for when
    /// they are not `(message,)` (a KeyError's key). Type-erased: this layer knows no values.
    public var exception: (any Sendable)?
    /// cfy's own limit, or an error Python would not raise (a field's type check, an opaque value):
    /// `except` never catches it.
    public var uncatchable = false
    /// False when cfy words this error otherwise than Python (a call's wrong arguments): `except`
    /// catches it, but its text (`str(e)`, `e.args`) is then an error rather than cfy's words.
    public var pythonWords = true

    /// Records one more caller (innermost first), folding repeats of the same call site.
    public mutating func addCaller(_ text: String) {
        if let last = trace.last, last.text == text { trace[trace.count - 1].count += 1 }
        else if trace.count < 50 { trace.append((text, 1)) }
    }

    public init(_ message: String, at loc: Loc, in source: Source?, kind: ErrorKind = .error,
                severity: Severity = .error) {
        self.severity = severity
        self.message = message
        self.source = source
        self.loc = loc
        self.kind = kind
        self.trace = []
    }

    /// `FILE:LINE:COL` (or just `FILE` when the location is unknown).
    public var position: String {
        let name = source?.name ?? "<input>"
        return loc.line > 0 ? "\(name):\(loc.line):\(loc.col)" : name
    }

    /// The full multi-line text, without colour.
    public var description: String { render(color: false) }

    public func render(color: Bool) -> String {
        let (bold, red, yellow, reset) = color ? ("\u{1B}[1m", "\u{1B}[31m", "\u{1B}[33m", "\u{1B}[0m")
                                               : ("", "", "", "")
        let tag = severity == .error ? "\(red)error\(reset)" : "\(yellow)warning\(reset)"
        let lines = terminalSafe(message).split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        var out = "\(bold)\(position):\(reset) \(tag): \(lines[0])"
        if let src = source, loc.line > 0 {
            let (text, col) = quotedLine(src.line(loc.line), col: loc.col)
            if !text.isEmpty {
                out += "\n    " + text
                // One space per display column (two under a wide character, none under a combining
                // mark), TABs copied, so the caret lines up in a terminal.
                let pad = text.unicodeScalars.prefix(max(0, col - 1))
                    .map { $0 == "\t" ? "\t" : String(repeating: " ", count: displayWidth($0)) }.joined()
                out += "\n    " + pad + "\(red)^\(reset)"
            }
        }
        if lines.count > 1 { out += "\n" + lines[1] }
        for t in trace {
            out += "\n  called from " + t.text
            if t.count > 1 { out += " (\(t.count) times)" }
        }
        return out
    }
}

/// `s` with control characters other than newline and TAB escaped (`\x1b`), so that no
/// message can send a terminal sequence.
func terminalSafe(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) })
    else { return s }
    var out = ""
    for u in s.unicodeScalars {
        if (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F...0x9F).contains(u.value) { out += pyEscaped(String(u)) }
        else { out.unicodeScalars.append(u) }
    }
    return out
}

/// The longest source line a diagnostic quotes, in code points (docs/cli.md, "Limits").
public let quotedLineLimit = 200

/// A source line as a diagnostic shows it, with the caret's column in it: at most
/// `quotedLineLimit` code points (a window around the column, `…` where cut), and control
/// characters other than TAB shown as U+FFFD so that none reaches the terminal.
func quotedLine(_ line: String, col: Int) -> (String, Int) {
    var scalars = Array(line.unicodeScalars)
    var col = col
    if scalars.count > quotedLineLimit {
        let start = col - 1 < quotedLineLimit / 2 ? 0 : min(col - 1 - quotedLineLimit / 2, scalars.count - quotedLineLimit)
        let end = start + quotedLineLimit
        var cut = Array(scalars[start..<end])
        if start > 0 { cut.insert("…", at: 0); col += 1 - start }
        if end < scalars.count { cut.append("…") }
        scalars = cut
    }
    var out = String.UnicodeScalarView()
    for u in scalars {
        out.append(u.value < 0x20 && u != "\t" || (0x7F...0x9F).contains(u.value) ? "\u{FFFD}" : u)
    }
    return (String(out), col)
}

/// The name CPython 3.11 would suggest for `name` ("did you mean"): the closest candidate by its
/// weighted edit distance (a move costs 2, a change of case 1), with at most about a third of the
/// characters changed, over UTF-8 bytes; none among more than 750 candidates (Python/suggestions.c).
public func closestName(to name: String, in candidates: some Sequence<String>) -> String? {
    let items = Array(candidates.prefix(751))
    if items.count > 750 { return nil }
    let a = Array(name.utf8)
    var best: String?
    var bestDistance = Int.max
    for c in items where c != name {
        let b = Array(c.utf8)
        let maxDistance = min((a.count + b.count + 3) * 2 / 6, bestDistance - 1)
        let d = suggestionDistance(a, b, maxCost: maxDistance)
        if d > maxDistance { continue }
        if best == nil || d < bestDistance { best = c; bestDistance = d }
    }
    return best
}

/// ` did you mean 'x'?` or "".
public func didYouMean(_ name: String, _ candidates: some Sequence<String>) -> String {
    closestName(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
}

/// CPython's `substitution_cost`: 0 for the same byte, 1 for the same ASCII letter in another
/// case, else 2.
private func substitutionCost(_ x: UInt8, _ y: UInt8) -> Int {
    if x & 31 != y & 31 { return 2 }
    if x == y { return 0 }
    let lx = (65...90).contains(x) ? x + 32 : x, ly = (65...90).contains(y) ? y + 32 : y
    return lx == ly ? 1 : 2
}

/// CPython's `levenshtein_distance` (affixes trimmed, at most 40 bytes each, early exit past `maxCost`).
private func suggestionDistance(_ a0: [UInt8], _ b0: [UInt8], maxCost: Int) -> Int {
    var a = a0[...], b = b0[...]
    while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
    while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
    if a.isEmpty || b.isEmpty { return (a.count + b.count) * 2 }
    if a.count > 40 || b.count > 40 { return maxCost + 1 }
    if b.count < a.count { swap(&a, &b) }
    if (b.count - a.count) * 2 > maxCost { return maxCost + 1 }
    let aa = Array(a)
    var buffer = (0..<aa.count).map { ($0 + 1) * 2 }
    var result = 0
    for (bi, code) in b.enumerated() {
        var distance = bi * 2
        result = distance
        var minimum = Int.max
        for i in 0..<aa.count {
            let substitute = distance + substitutionCost(code, aa[i])
            distance = buffer[i]
            let insertDelete = min(result, distance) + 2
            result = min(insertDelete, substitute)
            buffer[i] = result
            if result < minimum { minimum = result }
        }
        if minimum > maxCost { return maxCost + 1 }
    }
    return result
}
