// LineEditorResize: cfy reads the keys libedit edits with (EL_GETCFN; LineRender paints the line
// first when highlighting is on), so that a window resize redraws the whole entry for the new
// width (libedit alone redraws nothing, and its next redraw lands mid-line once the terminal has
// rewrapped the entry). SIGWINCH may reach another thread than the REPL's, so the wait for a key
// looks at the width every 100 ms instead. The same redraw serves a line above others that grows
// (or shrinks) by a row as it is edited.

@preconcurrency import Glibc
import CEditLine

extension LineEditor {
    /// The key a resize (or a line above others changing its rows) sends itself, bound to
    /// `cfy-resize` (never sent by a terminal).
    var resizeSequence: String { "\u{1B}[7998~" }

    func installKeyReader() {
        _ = cfy_el_add_function(el, "cfy-resize", "Redraw the entry for a new window width", resizeKey)
        _ = cfy_el_bind(el, "\\e[7998~", "cfy-resize")
        _ = cfy_el_set_getc(el, readKeyFunction)
    }

    /// libedit's read function: the line painted in colour (LineRender), a wait for a key that
    /// looks at the window's width every 100 ms, then one character (UTF-8 decoded): 1, or 0 at
    /// the end of input, -1 on an error. A resize answers with `resizeSequence` (its ESC now, the
    /// rest queued for libedit to read next).
    fileprivate func readKey(_ out: UnsafeMutablePointer<wchar_t>) -> Int32 {
        render?.paintIfIdle(el)
        while drawsBlocks {
            if Int(cfy_terminal_columns(output)) != columnsSeen || lineChangedRows() {
                columnsSeen = Int(cfy_terminal_columns(output))
                el_push(el, String(resizeSequence.dropFirst()))
                out.pointee = 0x1B
                return 1
            }
            var ready = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let r = poll(&ready, 1, 100)
            if r > 0 || (r < 0 && errno != EINTR) { break }
        }
        if let render { return render.readChar(out) }
        var bytes: [UInt8] = []
        var need = 1
        while true {
            var b: UInt8 = 0
            let n = Glibc.read(0, &b, 1)
            if n == 0 { return 0 }
            if n < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if bytes.isEmpty || b & 0xC0 != 0x80 {       // a lead byte (a broken sequence starts again)
                bytes = []
                need = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 1
            }
            bytes.append(b)
            guard bytes.count >= need else { continue }
            let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
            out.pointee = wchar_t(bitPattern: scalar.value)
            return 1
        }
    }

    /// Whether the line being edited, above other lines of the entry, now takes more or fewer rows
    /// than when it was drawn.
    private func lineChangedRows() -> Bool {
        guard !block.isOnLastLine, let info = el_wline(el)?.pointee, let start = info.buffer,
              let last = info.lastchar else { return false }
        var text = String.UnicodeScalarView()
        var p = start
        while p < last {
            if let u = Unicode.Scalar(UInt32(bitPattern: p.pointee)) { text.append(u) }
            p += 1
        }
        let l = layout
        return l.rows(BlockLayout.advance(String(text), from: l.promptWidth(block.index))) != rowsSeen
    }

    /// The window's width changed, or the line being edited grew or shrank by a row: the entry
    /// drawn again from its first row, for the width now (as a terminal that rewraps lines on
    /// resize has laid it out).
    fileprivate func resized() -> UInt8 {
        redraw(up: syncLine())
    }
}

private let readKeyFunction: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = { _, c in
    guard let c, let editor = activeEditor else { return -1 }
    return editor.readKey(c)
}

private let resizeKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.resized() ?? UInt8(CC_ERROR)
}
