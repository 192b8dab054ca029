// LineEditorKeys: the keys that make an entry of several lines one block: Enter runs a whole
// entry or adds a line, Up/Down move between lines (history only from the first/last line), `}`
// dedents. When the cursor changes lines, the block is drawn again (MultiLine.swift), libedit's
// line is replaced by the new one and libedit told its display starts afresh where the drawing
// left the cursor: all within one `el_gets`, so the terminal never leaves raw mode (keys typed
// ahead are not taken by the tty's line editing).

@preconcurrency import Glibc
import CEditLine

/// Why a cfy key ended libedit's read of an entry.
enum KeyOutcome {
    /// The entry is to run.
    case accept
    /// Ctrl-C.
    case cancel
}

extension LineEditor {
    /// The key `read` pushes before `el_gets`, bound to `cfy-restore` (never sent by a terminal):
    /// after a read interrupted by a signal, the line's text comes back.
    var restoreSequence: String { "\u{1B}[7999~" }

    func bindBlockKeys() {
        _ = cfy_el_add_function(el, "cfy-restore", "Put back the text of the line being edited", restoreKey)
        _ = cfy_el_add_function(el, "cfy-enter", "Run a whole entry at its end, else add a line", enterKey)
        _ = cfy_el_add_function(el, "cfy-run", "Run the entry wherever the cursor is, if it is whole", runKey)
        _ = cfy_el_add_function(el, "cfy-up", "Line above, or older history on the first line", upKey)
        _ = cfy_el_add_function(el, "cfy-down", "Line below, or newer history on the last line", downKey)
        _ = cfy_el_add_function(el, "cfy-close-brace", "Insert } (dedented on a blank line)", braceKey)
        _ = cfy_el_bind(el, "\\e[7999~", "cfy-restore")
        for key in ["^M", "^J"] { _ = cfy_el_bind(el, key, "cfy-enter") }
        for key in ["\\e^M", "\\e^J"] { _ = cfy_el_bind(el, key, "cfy-run") }
        _ = cfy_el_bind(el, "}", "cfy-close-brace")
        guard drawsBlocks else { return }
        for key in ["\\e[A", "\\eOA", "^P"] { _ = cfy_el_bind(el, key, "cfy-up") }
        for key in ["\\e[B", "\\eOB", "^N"] { _ = cfy_el_bind(el, key, "cfy-down") }
    }

    /// The text of libedit's line as Unicode scalars: before and after the cursor.
    private func editedLine() -> (before: String, after: String) {
        guard let info = el_wline(el)?.pointee, let start = info.buffer, let cursor = info.cursor,
              let last = info.lastchar else { return ("", "") }
        func text(_ from: UnsafePointer<wchar_t>, _ to: UnsafePointer<wchar_t>) -> String {
            var s = String.UnicodeScalarView()
            var p = from
            while p < to {
                if let u = Unicode.Scalar(UInt32(bitPattern: p.pointee)) { s.append(u) }
                p += 1
            }
            return String(s)
        }
        return (text(start, cursor), text(cursor, last))
    }

    /// The layout for the terminal's width now.
    var layout: BlockLayout {
        BlockLayout(columns: Int(cfy_terminal_columns(output)), firstPrompt: firstPrompt, otherPrompt: continuationPrompt)
    }

    /// Takes libedit's line into the block (splitting it where a history search put newlines);
    /// returns how many rows the cursor is below the block's first row on the screen.
    @discardableResult
    func syncLine() -> Int {
        let (before, after) = editedLine()
        let up = layout.startRow(of: block.lines, line: block.index) + layout.cursorRow(line: block.index, before: before)
        let parts = (before + after).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let beforeParts = before.split(separator: "\n", omittingEmptySubsequences: false)
        block.lines.replaceSubrange(block.index...block.index, with: parts)
        block.index += beforeParts.count - 1
        block.column = beforeParts.last.map { $0.unicodeScalars.count } ?? 0
        return up
    }

    /// Draws the whole block from `up` rows above the cursor and leaves the cursor below it.
    func leaveBlock(up: Int, mark: String = "") {
        guard drawsBlocks else { return show(mark + "\r\n") }
        show(layout.draw(block.lines, up: up, target: block.index, leave: true, mark: mark, colour: colour))
    }

    /// A line of the block in colour after the lines above it (nil: highlighting is off).
    var colour: ((String, ArraySlice<String>) -> String)? {
        guard let render else { return nil }
        let before = pending
        return { line, above in render.colored(line, after: before + above.map { $0 + "\n" }.joined()) }
    }

    /// Leaves the cursor below the line being edited, as drawn (the lines above stay as they are).
    func leaveLine() {
        let l = layout
        let prefix = String(String.UnicodeScalarView(block.current.unicodeScalars.prefix(block.column)))
        let down = l.rows(of: block.lines, line: block.index) - 1 - l.cursorRow(line: block.index, before: prefix)
        show((drawsBlocks && down > 0 ? "\u{1B}[\(down)B" : "") + "\n")     // "\n": as libedit ends a line (the tty adds "\r")
    }

    /// Draws the whole block, then has libedit edit `block.index` from where the drawing left the
    /// cursor (the start of that line's first row).
    func redraw(up: Int) -> UInt8 {
        if drawsBlocks {
            show(layout.draw(block.lines, up: up, target: block.index, leave: false, colour: colour))
        } else {
            show("\r\n")                               // TERM=dumb: the new line below
        }
        startLine()
        if let info = el_wline(el)?.pointee, let start = info.buffer, let cursor = info.cursor,
           let last = info.lastchar {
            if last > cursor { _ = el_cursor(el, Int32(last - cursor)) }
            if last > start { el_deletestr(el, Int32(last - start)) }
        }
        _ = restore()
        _ = cfy_el_refresh(el)                          // libedit's display: blank, drawn from here
        return UInt8(CC_REFRESH)
    }

    /// Ends libedit's line (which must not be empty, or libedit would call it end of input).
    func end(_ why: KeyOutcome) -> UInt8 {
        outcome = why
        _ = el_insertstr(el, "\n")
        return UInt8(CC_NEWLINE)
    }

    /// Puts the current line's text into libedit's empty line, the cursor at `block.column`.
    fileprivate func restore() -> UInt8 {
        let text = block.current
        guard !text.isEmpty else { return UInt8(CC_NORM) }
        _ = el_insertstr(el, text)
        let back = text.unicodeScalars.count - block.column
        if back > 0 { _ = el_cursor(el, Int32(-back)) }
        return UInt8(CC_REFRESH)
    }

    /// Enter: run a whole entry when the cursor is at its end (anywhere, on an entry of one line);
    /// otherwise break the line at the cursor.
    fileprivate func enter() -> UInt8 {
        let shown = block.lines.count
        let up = syncLine()
        if block.lines.count == 1 || block.isAtEnd, isComplete?(pending, block.text) ?? true {
            if block.lines.count == shown { leaveLine() } else { leaveBlock(up: up) }
            return end(.accept)
        }
        block.breakLine()
        return redraw(up: up)
    }

    /// Alt-Enter: run the entry from any line, if it is whole; otherwise as Enter.
    fileprivate func run() -> UInt8 {
        let shown = block.lines.count
        let up = syncLine()
        guard isComplete?(pending, block.text) ?? true else {
            block.breakLine()
            return redraw(up: up)
        }
        if block.lines.count == shown, block.isAtEnd { leaveLine() } else { leaveBlock(up: up) }
        return end(.accept)
    }

    /// Up: the line above; on the first line, the previous history entry (cursor on its last line).
    fileprivate func up() -> UInt8 {
        let before = block.lines.count
        let up = syncLine()
        if block.index > 0 {
            block.move(to: block.index - 1)
            return redraw(up: up)
        }
        guard let entry = historyEntry(block.historyOffset + 1) else {
            return block.lines.count != before ? redraw(up: up) : UInt8(CC_REFRESH_BEEP)
        }
        if block.historyOffset == -1 { block.draft = (block.lines, block.index, block.column) }
        block.historyOffset += 1
        block.load(entry)
        return redraw(up: up)
    }

    /// Down: the line below; on the last line, the next history entry (cursor on its first line),
    /// and after the newest, the entry that was being typed.
    fileprivate func down() -> UInt8 {
        let before = block.lines.count
        let up = syncLine()
        if !block.isOnLastLine {
            block.move(to: block.index + 1)
            return redraw(up: up)
        }
        if block.historyOffset > 0, let entry = historyEntry(block.historyOffset - 1) {
            block.historyOffset -= 1
            block.load(entry, index: 0)
            return redraw(up: up)
        }
        if block.historyOffset == 0, let d = block.draft {
            block.historyOffset = -1
            block.load(d.lines.joined(separator: "\n"), index: d.index, column: d.column)
            return redraw(up: up)
        }
        return block.lines.count != before ? redraw(up: up) : UInt8(CC_REFRESH_BEEP)
    }

    private func historyEntry(_ offset: Int) -> String? {
        guard offset >= 0, let p = cfy_history_entry(history.handle, Int32(offset)) else { return nil }
        return String(cString: p)
    }

    /// `}` as the first non-blank of a line takes four spaces of indentation off first.
    fileprivate func closeBrace() -> UInt8 {
        let (before, _) = editedLine()
        let line = before.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        if !line.isEmpty, line.allSatisfy({ $0 == " " || $0 == "\t" }) {
            let kept = EntryBlock.dedented(line)
            el_deletestr(el, Int32(line.unicodeScalars.count - kept.unicodeScalars.count))
        }
        _ = el_insertstr(el, "}")
        return UInt8(CC_REFRESH)
    }
}

private let restoreKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.restore() ?? UInt8(CC_ERROR)
}

private let enterKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.enter() ?? UInt8(CC_ERROR)
}

private let runKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.run() ?? UInt8(CC_ERROR)
}

private let upKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.up() ?? UInt8(CC_ERROR)
}

private let downKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.down() ?? UInt8(CC_ERROR)
}

private let braceKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.closeBrace() ?? UInt8(CC_ERROR)
}
