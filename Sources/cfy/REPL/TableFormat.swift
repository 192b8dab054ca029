// TableFormat: aligned text tables that measure in terminal columns (wide CJK, combining marks).

/// Terminal columns a string occupies: 2 for East Asian wide characters, 0 for combining marks
/// and escape sequences, 1 otherwise.
func displayWidth(_ s: String) -> Int {
    var w = 0
    for u in Style.strip(s).unicodeScalars { w += scalarWidth(u) }
    return w
}

func scalarWidth(_ u: Unicode.Scalar) -> Int {
    let v = u.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    switch u.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
        || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
        || (0x20000...0x3FFFD).contains(v) {
        return 2
    }
    return 1
}

/// `s` cut to at most `width` columns, ending in `…` when cut. Newlines and tabs become visible
/// escapes so a cell stays on one line.
func truncate(_ s: String, _ width: Int) -> String {
    let flat = s.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    if displayWidth(flat) <= width { return flat }
    var out = ""
    var w = 0
    for ch in flat {
        let cw = displayWidth(String(ch))
        if w + cw > width - 1 { break }
        out.append(ch)
        w += cw
    }
    return out + "…"
}

/// `s` padded with spaces to `width` columns.
func pad(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - displayWidth(s)))
}

/// Rows of cells as aligned columns separated by two spaces; the last column is not padded.
/// Cells may hold colour codes (they are not counted). With a `width` (the window's), no line is
/// wider: the `flexible` columns are narrowed first (the widest of them first, its cells cut with
/// `…`, losing their colour), then the others, none below `minColumn`; a line still too wide is
/// cut itself.
///
/// ```swift
/// table([["field", "value"], ["lr", "0.1"]])   // "field  value\nlr     0.1\n"
/// ```
func table(_ rows: [[String]], indent: String = "", width: Int? = nil, flexible: Set<Int> = []) -> String {
    let cols = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: cols)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], displayWidth(c)) } }
    if let width {
        let room = width - displayWidth(indent) - 2 * max(0, cols - 1)
        widths = fitted(fitted(widths, into: room, only: flexible), into: room)
    }
    var out = ""
    for r in rows {
        var line = indent
        for (i, c) in r.enumerated() {
            let cell = displayWidth(c) > widths[i] ? truncate(Style.strip(c), widths[i]) : c
            line += i == r.count - 1 ? cell : pad(cell, widths[i]) + "  "
        }
        while line.hasSuffix(" ") { line.removeLast() }
        if let width, displayWidth(line) > width { line = truncate(Style.strip(line), max(1, width)) }
        out += line + "\n"
    }
    return out
}

/// The narrowest a column is made to fit the window (room for a few characters and `…`).
let minColumn = 6

/// Column widths summing to at most `room` if they can: the widest column (of `only`, when not
/// empty) narrowed first, down to the next widest, and so on; none below `minColumn`.
func fitted(_ widths: [Int], into room: Int, only: Set<Int> = []) -> [Int] {
    var w = widths
    var excess = w.reduce(0, +) - room
    let candidates = only.isEmpty ? Array(w.indices) : w.indices.filter { only.contains($0) }
    while excess > 0 {
        guard let i = candidates.max(by: { w[$0] < w[$1] }), w[i] > minColumn else { break }
        let next = max(minColumn, candidates.filter { $0 != i }.map { w[$0] }.max() ?? 0)
        let cut = min(excess, max(1, w[i] - next))
        w[i] -= cut
        excess -= cut
    }
    return w
}

/// A line of text (no newline) wrapped at spaces to `width` columns, the lines after the first
/// indented by two; a word wider than the room is cut with `…`. Unchanged when it fits.
///
/// ```swift
/// wrap("equal: lr, seed, layers", width: 14)   // "equal: lr,\n  seed, layers"
/// ```
func wrap(_ line: String, width: Int) -> String {
    guard displayWidth(line) > width else { return line }
    var lines: [String] = []
    var current = ""
    var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var spaces = 0                                      // runs of spaces are kept inside a line
    while !words.isEmpty {
        let word = words.removeFirst()
        if word.isEmpty { spaces += 1; continue }
        let room = width - (lines.isEmpty ? 0 : 2)
        let gap = current.isEmpty ? "" : String(repeating: " ", count: spaces + 1)
        if displayWidth(current + gap + word) <= room {
            current += gap + word
        } else if current.isEmpty {
            lines.append(truncate(Style.strip(word), max(1, room)))
        } else {
            lines.append(current)
            current = displayWidth(word) <= width - 2 ? word : truncate(Style.strip(word), max(1, width - 2))
        }
        spaces = 0
    }
    if !current.isEmpty { lines.append(current) }
    return lines.enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }.joined(separator: "\n")
}

/// Each line of `text` wrapped to `width` (`wrap`); `text` as it is without a width.
func wrapLines(_ text: String, width: Int?) -> String {
    guard let width else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { wrap(String($0), width: width) }
        .joined(separator: "\n")
}

/// Words laid out in columns across `width` terminal columns, filled down then across (as `ls`).
func columns(_ words: [String], width: Int) -> String {
    guard !words.isEmpty else { return "" }
    let colWidth = (words.map(displayWidth).max() ?? 0) + 2
    let perRow = max(1, width / max(1, colWidth))
    let rowCount = (words.count + perRow - 1) / perRow
    var out = ""
    for r in 0..<rowCount {
        var line = ""
        var c = 0
        while r + c * rowCount < words.count {
            let w = words[r + c * rowCount]
            line += r + (c + 1) * rowCount < words.count ? pad(w, colWidth) : w
            c += 1
        }
        out += line + "\n"
    }
    return out
}
