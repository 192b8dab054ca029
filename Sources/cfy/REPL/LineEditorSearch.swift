// LineEditorSearch: Ctrl-R, incremental search back through history, drawn as a block with a
// status line under it (libedit's own search left `[C` in the line when an arrow key ended it).
// Keys that are not part of the search end it and then act as usual, arrows included.

@preconcurrency import Glibc
import CEditLine

extension LineEditor {
    func bindSearchKeys() {
        _ = cfy_el_add_function(el, "cfy-search", "Search back through history as you type", searchKey)
        _ = cfy_el_bind(el, "^R", "cfy-search")
    }

    /// Reads keys until the search ends; the entry found (if any) becomes the block.
    fileprivate func search() -> UInt8 {
        var rowsAbove = syncLine()
        let entries = history.entries
        let original = (block.lines, block.index, block.column)
        var query = ""
        var found: Int?                 // offset of the entry shown
        func find(from start: Int) -> Int? {
            guard !query.isEmpty else { return nil }
            return entries.indices.dropFirst(start).first { entries[$0].contains(query) }
        }
        func paint() {
            let lines = found.map { entries[$0].split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? original.0
            let status = (found == nil && !query.isEmpty ? "(failing reverse-i-search)`" : "(reverse-i-search)`") + query + "': "
            let l = layout
            show(l.draw(lines, up: rowsAbove, target: 0, leave: true, colour: colour) + BlockLayout.shown(status))
            rowsAbove = l.startRow(of: lines, line: lines.count) + BlockLayout.advance(status, from: 0) / l.columns
        }
        paint()
        var c: wchar_t = 0
        var after: String?              // a key that ended the search, to act after it
        var keep = true                 // take the entry found (not Ctrl-G)
        reading: while el_wgetc(el, &c) == 1 {
            guard let u = Unicode.Scalar(UInt32(bitPattern: c)) else { continue }
            switch u {
            case "\u{12}": found = find(from: (found ?? -1) + 1) ?? found           // ^R: older
            case "\u{7F}", "\u{08}":
                if !query.isEmpty { query.removeLast() }
                found = find(from: 0)
            case "\u{07}", "\u{03}": keep = false; break reading                     // ^G, ^C: back
            case "\r", "\n": after = "\r"; break reading
            case "\u{1B}": after = escapeSequence(); break reading
            default:
                if u.value < 0x20 { after = String(Character(u)); break reading }
                query.unicodeScalars.append(u)
                found = find(from: found ?? 0)
            }
            paint()
        }
        if keep, let f = found {
            block.historyOffset = f
            block.load(entries[f])
        } else {
            (block.lines, block.index, block.column) = original
        }
        if let after { el_push(el, after) }        // read next, after the redraw
        return redraw(up: rowsAbove)
    }

    /// The rest of an escape sequence after ESC (an arrow key's `[C`), with the ESC.
    private func escapeSequence() -> String {
        var s = "\u{1B}"
        var c: wchar_t = 0
        guard el_wgetc(el, &c) == 1, let first = Unicode.Scalar(UInt32(bitPattern: c)) else { return s }
        s.unicodeScalars.append(first)
        guard first == "[" || first == "O" else { return s }
        while s.unicodeScalars.count < 16, el_wgetc(el, &c) == 1, let u = Unicode.Scalar(UInt32(bitPattern: c)) {
            s.unicodeScalars.append(u)
            if first == "O" || (0x40...0x7E).contains(u.value) { break }
        }
        return s
    }
}

private let searchKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.search() ?? UInt8(CC_ERROR)
}
