// MultiLine: the entry being edited at the prompt, kept as lines (as LLDB's editor does on
// libedit). libedit edits one line at a time; this model holds all of them, the cursor's line and
// column, where history recall stands, and draws the whole block with ANSI cursor movement.

import CEditLine

/// The lines of one entry, which of them libedit is editing, and the cursor's column in it.
///
/// ```swift
/// var b = EntryBlock()
/// b.lines = ["class A {", "    x: int = 1"]; b.index = 1
/// b.breakLine()        // a third line, indented by four spaces
/// ```
struct EntryBlock {
    var lines: [String] = [""]
    /// The line being edited.
    var index = 0
    /// The cursor's place in `lines[index]`, in Unicode scalars (libedit's characters).
    var column = 0
    /// How far back in history the block is (-1: the entry being typed, kept in `draft`).
    var historyOffset = -1
    var draft: (lines: [String], index: Int, column: Int)?

    /// The entry's text (lines joined by newlines).
    var text: String { lines.joined(separator: "\n") }
    var current: String { lines[index] }
    var isOnLastLine: Bool { index == lines.count - 1 }
    var isAtEnd: Bool { isOnLastLine && column == current.unicodeScalars.count }

    /// Replaces the whole block (a history entry or the draft); the cursor goes to `index`'s end
    /// unless `column` is given.
    mutating func load(_ text: String, index i: Int? = nil, column c: Int? = nil) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.isEmpty { lines = [""] }
        index = max(0, min(i ?? lines.count - 1, lines.count - 1))
        column = min(c ?? Int.max, current.unicodeScalars.count)
    }

    /// Moves to another line, keeping the column where that line is long enough.
    mutating func move(to i: Int) {
        index = i
        column = min(column, current.unicodeScalars.count)
    }

    /// Enter inside the entry: the line breaks at the cursor. The new line starts with the
    /// indentation of the one above, four spaces more after a `{`, four less before a `}`.
    mutating func breakLine() {
        let scalars = Array(current.unicodeScalars)
        column = min(max(column, 0), scalars.count)
        let before = String(String.UnicodeScalarView(scalars[..<column]))
        let after = String(String.UnicodeScalarView(scalars[column...]).drop { $0 == " " || $0 == "\t" })
        var indent = String(before.prefix { $0 == " " || $0 == "\t" })
        if before.trimmingTrailingBlanks.hasSuffix("{") { indent += "    " }
        if after.hasPrefix("}") { indent = Self.dedented(indent) }
        lines[index] = before
        lines.insert(indent + after, at: index + 1)
        index += 1
        column = indent.unicodeScalars.count
    }

    /// Inserts pasted text holding newlines at the cursor: its lines become lines of the block.
    mutating func insert(pasted: String) {
        let scalars = Array(current.unicodeScalars)
        column = min(max(column, 0), scalars.count)
        let before = String(String.UnicodeScalarView(scalars[..<column]))
        let after = String(String.UnicodeScalarView(scalars[column...]))
        var parts = pasted.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = parts.count - 1
        column = parts[last].unicodeScalars.count
        parts[0] = before + parts[0]
        parts[last] += after
        if last == 0 { column += before.unicodeScalars.count }
        lines.replaceSubrange(index...index, with: parts)
        index += last
    }

    /// `indent` less four spaces (or one Tab) at its end.
    static func dedented(_ indent: String) -> String {
        if indent.hasSuffix("\t") { return String(indent.dropLast()) }
        var s = Substring(indent)
        var n = 0
        while n < 4, s.last == " " { s = s.dropLast(); n += 1 }
        return String(s)
    }
}

extension String {
    var trimmingTrailingBlanks: Substring {
        var s = Substring(self)
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return s
    }
}

/// Where things are on the screen: widths as libedit draws them (Tab to the next multiple of 8,
/// control characters as `^X`, wide characters as two columns), rows for a terminal width.
struct BlockLayout {
    let columns: Int
    /// The prompts of the first line and of the others, with their colour codes.
    let firstPrompt: String
    let otherPrompt: String

    func prompt(_ line: Int) -> String { line == 0 ? firstPrompt : otherPrompt }
    func promptWidth(_ line: Int) -> Int { Self.visibleWidth(prompt(line)) }

    /// A prompt's width without its escape sequences.
    static func visibleWidth(_ s: String) -> Int {
        var n = 0
        var inEscape = false
        for u in s.unicodeScalars {
            if u == "\u{1B}" { inEscape = true; continue }
            if inEscape { if u.properties.isAlphabetic { inEscape = false }; continue }
            if u == "\u{1}" { continue }
            n += 1
        }
        return n
    }

    /// The column after drawing `s` from column `start` (no wrapping).
    static func advance(_ s: String, from start: Int) -> Int {
        var c = start
        for u in s.unicodeScalars {
            if u == "\t" { c += 8 - c % 8 }
            else if u.value < 0x20 || u.value == 0x7F { c += 2 }
            else { let w = cfy_wcwidth(wchar_t(bitPattern: u.value)); c += w < 0 ? 1 : Int(w) }
        }
        return c
    }

    /// Rows a drawn width takes (an empty line still takes one).
    func rows(_ width: Int) -> Int { max(1, (width + columns - 1) / columns) }

    func rows(of lines: [String], line k: Int) -> Int {
        let p = promptWidth(k)
        return rows(Self.advance(lines[k], from: p))
    }

    /// The row where line `k` starts, counted from the block's first row.
    func startRow(of lines: [String], line k: Int) -> Int {
        (0..<k).reduce(0) { $0 + rows(of: lines, line: $1) }
    }

    /// The cursor's row within line `k` as libedit drew it, given the text before the cursor
    /// (which may hold newlines: libedit draws what follows one from column 0, without prompt).
    func cursorRow(line k: Int, before: String) -> Int {
        let segments = before.split(separator: "\n", omittingEmptySubsequences: false)
        var row = 0
        for (i, seg) in segments.enumerated() {
            let width = Self.advance(String(seg), from: i == 0 ? promptWidth(k) : 0)
            row += i == segments.count - 1 ? width / columns : rows(width)
        }
        return row
    }

    /// A line as libedit shows it: control characters as `^X`.
    static func shown(_ line: String) -> String {
        var out = ""
        for u in line.unicodeScalars {
            if u == "\t" || (u.value >= 0x20 && u.value != 0x7F) { out.unicodeScalars.append(u); continue }
            out += "^" + (u.value == 0x7F ? "?" : String(UnicodeScalar(UInt8(u.value + 0x40))))
        }
        return out
    }

    /// Bytes that go `up` rows to the block's first row, clear to the end of the screen, draw
    /// every line with its prompt (`mark` after the last), then either stay below the block
    /// (`leave`) or go to the start of line `target`'s first row, where libedit redraws it.
    /// `colour` gives a line's text in colour (with the lines before it), for a line that holds
    /// no control character.
    func draw(_ lines: [String], up: Int, target: Int, leave: Bool, mark: String = "",
              colour: ((String, ArraySlice<String>) -> String)? = nil) -> String {
        var s = "\r" + (up > 0 ? "\u{1B}[\(up)A" : "") + "\u{1B}[J"
        for (k, line) in lines.enumerated() {
            if k > 0 { s += "\r\n" }
            let plain = Self.shown(line)
            s += prompt(k) + (plain == line ? colour?(line, lines[..<k]) ?? plain : plain)
        }
        s += mark
        if leave { return s + "\r\n" }
        let total = startRow(of: lines, line: lines.count)
        let back = total - 1 - startRow(of: lines, line: target)
        return s + "\r" + (back > 0 ? "\u{1B}[\(back)A" : "")
    }
}
