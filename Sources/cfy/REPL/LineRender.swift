// LineRender: colour for the line being typed, and a suggestion from history drawn dim after the
// cursor. libedit draws the line in plain text; just before each key is read (libedit's read
// function is ours), the same characters are written again in colour at the same cells, so
// libedit's picture of the screen stays true. Only a line that fits on one row is painted.

@preconcurrency import Glibc
import CEditLine
import CfyCore
import Foundation

/// Paints the line libedit drew and reads keys for it.
///
/// ```swift
/// let r = LineRender(output: 1)
/// r.colored("x = 'a'")        // "x = \e[32m'a'\e[0m"
/// r.suggestion(for: "x =")    // the rest of the newest history entry starting "x =", if any
/// ```
final class LineRender {
    /// The descriptor the editor draws on.
    let output: Int32
    /// The session's args class names (coloured like `Style.name`).
    var classNames: () -> Set<String> = { [] }
    /// Single-line history entries, newest first (taken when a read starts).
    private var entries: [String] = []
    /// The earlier lines of the statement being typed (lexed before the line, not painted).
    private var context = ""
    /// The prompt's width in columns (its last line, colour codes left out).
    private var promptWidth = 0
    /// A dim suggestion is on the screen after the cursor (at the end of the line).
    private var suggestionShown = false
    private var lastColumns: Int32 = 0

    init(output: Int32) {
        self.output = output
        lastColumns = cfy_terminal_columns(output)
    }

    /// On by default where colour is (a terminal, not TERM=dumb, no NO_COLOR, no --no-color);
    /// CFY_HIGHLIGHT=0 turns it off.
    static func enabled(output: Int32) -> Bool {
        isatty(0) == 1 && useColor(output) && ProcessInfo.processInfo.environment["CFY_HIGHLIGHT"] != "0"
    }

    /// The SGR parameters of a kind of span.
    static func sgr(_ kind: HighlightKind) -> String {
        switch kind {
        case .keyword: return "1;34"
        case .string: return "32"
        case .number: return "33"
        case .className: return "36"
        case .error: return "4;31"
        }
    }

    /// `text` with colour codes around its spans; every code is closed by a reset, so the text
    /// read back without the codes is `text` itself. It is lexed after `context` (the earlier
    /// lines of the statement, or `after` when given), so a `}` closing a class opened on an
    /// earlier line is no error.
    func colored(_ text: String, after: String? = nil) -> String {
        let context = after ?? self.context
        let scalars = Array(text.unicodeScalars)
        let shift = context.unicodeScalars.count
        var out = String.UnicodeScalarView()
        var k = 0
        for whole in highlightSpans(context + text, classNames: classNames()) {
            let range = max(0, whole.range.lowerBound - shift)..<max(0, whole.range.upperBound - shift)
            guard !range.isEmpty, range.lowerBound >= k, range.upperBound <= scalars.count else { continue }
            out.append(contentsOf: scalars[k..<range.lowerBound])
            out.append(contentsOf: "\u{1B}[\(Self.sgr(whole.kind))m".unicodeScalars)
            out.append(contentsOf: scalars[range])
            out.append(contentsOf: "\u{1B}[0m".unicodeScalars)
            k = range.upperBound
        }
        out.append(contentsOf: scalars[k...])
        return String(out)
    }

    /// What the newest history entry starting with `line` adds to it (nil: none, or `line` empty).
    func suggestion(for line: String) -> String? {
        guard !line.isEmpty, !line.contains("\n") else { return nil }
        for e in entries where e.count > line.count && e.hasPrefix(line) {
            return String(e.dropFirst(line.count))
        }
        return nil
    }

    /// A read starts: the prompt it shows, the earlier lines of the statement (`context`), and
    /// the history it may suggest from.
    func begin(prompt: String, context: String, history: History) {
        self.context = context
        let lastLine = Style.strip(prompt).split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        promptWidth = Self.columns(String(lastLine).unicodeScalars) ?? 0
        entries = []
        var p = cfy_history_step(history.handle, 1)
        while let entry = p {
            let e = String(cString: entry)
            if !e.contains("\n") { entries.append(e) }
            p = cfy_history_step(history.handle, 0)
        }
        suggestionShown = false
    }

    /// For tests: suggest from `entries` (newest first) after a prompt `promptWidth` wide.
    func begin(promptWidth: Int, entries: [String], context: String = "") {
        self.promptWidth = promptWidth
        self.context = context
        self.entries = entries
    }

    /// The names coloured as args classes: the session's ExperimentArgs / ExperimentParameters
    /// classes, and those two.
    static func argsClassNames(_ session: Session) -> Set<String> {
        var names: Set<String> = ["ExperimentArgs", "ExperimentParameters"]
        for name in session.globals.order {
            if case .cls(let c)? = session.globals.vars[name], c.isArgs { names.insert(name) }
        }
        return names
    }

    /// The width in columns of `scalars`, or nil when one is a control or zero-width character
    /// (libedit shows those its own way: such a line is left as libedit drew it).
    static func columns(_ scalars: some Sequence<Unicode.Scalar>) -> Int? {
        var n = 0
        for u in scalars {
            let w = cfy_wcwidth(wchar_t(bitPattern: u.value))
            if w <= 0 { return nil }
            n += Int(w)
        }
        return n
    }

    /// The bytes that repaint `line` (cursor at scalar `cursor`) in colour on a window `width`
    /// wide, with the suggestion when the cursor is at the end; nil when the line is not painted
    /// (it holds a newline, a control or zero-width character, or does not fit on one row).
    func paint(line: [Unicode.Scalar], cursor: Int, width: Int) -> String? {
        guard cursor >= 0, cursor <= line.count, let total = Self.columns(line),
              let before = Self.columns(line[..<cursor]), promptWidth + total < width else { return nil }
        let text = String(String.UnicodeScalarView(line))
        var s = "\r" + right(promptWidth) + colored(text)
        suggestionShown = false
        if let rest = offer(line: line, cursor: cursor, width: width) {
            s += "\u{1B}[2m" + rest + "\u{1B}[0m"
            suggestionShown = true
        }
        return s + "\u{1B}[K\r" + right(promptWidth + before)
    }

    /// The suggestion shown for `line`: the cursor is at its end and it fits on the row.
    func offer(line: [Unicode.Scalar], cursor: Int, width: Int) -> String? {
        guard cursor == line.count, let total = Self.columns(line),
              let rest = suggestion(for: String(String.UnicodeScalarView(line))),
              let restWidth = Self.columns(rest.unicodeScalars), promptWidth + total + restWidth < width else { return nil }
        return rest
    }

    /// Right (`toEnd` false) or End / ^E: at the end of the line with a suggestion shown, take
    /// it into the line; otherwise move as the key always does.
    func forward(_ el: OpaquePointer, toEnd: Bool) -> UInt8 {
        guard let w = el_wline(el)?.pointee, let start = w.buffer, let cur = w.cursor, let last = w.lastchar else {
            return UInt8(CC_ERROR)
        }
        let line = scalars(start, last)
        if let rest = offer(line: line, cursor: cur - start, width: Int(cfy_terminal_columns(output))) {
            _ = el_insertstr(el, rest)
            return UInt8(CC_REFRESH)
        }
        if cur == last { return UInt8(toEnd ? CC_NORM : CC_ERROR) }   // as libedit: Right at the end beeps
        _ = el_cursor(el, toEnd ? Int32(last - cur) : 1)
        return UInt8(CC_CURSOR)
    }

    private func scalars(_ start: UnsafePointer<wchar_t>, _ last: UnsafePointer<wchar_t>) -> [Unicode.Scalar] {
        (0..<(last - start)).map { Unicode.Scalar(UInt32(bitPattern: start[$0])) ?? "\u{FFFD}" }
    }

    private func right(_ n: Int) -> String { n > 0 ? "\u{1B}[\(n)C" : "" }

    /// Before libedit reads a key: paints the line (when no key is waiting).
    func paintIfIdle(_ el: OpaquePointer) {
        if !inputWaiting(), let w = el_wline(el)?.pointee, let start = w.buffer, let cur = w.cursor,
           let last = w.lastchar {
            // A resize libedit's own SIGWINCH handler missed (it handles one per line read).
            let cols = cfy_terminal_columns(output)
            if cols != lastColumns { lastColumns = cols; el_resize(el) }
            if let bytes = paint(line: scalars(start, last), cursor: cur - start, width: Int(cols)) {
                write(bytes)
            } else if suggestionShown {
                write("\u{1B}[K")
                suggestionShown = false
            }
        }
    }

    /// Reads one character from the terminal (UTF-8). A key other than a printable character
    /// first wipes the suggestion off the screen, so no dim text is left behind by Enter, ^C or
    /// a recall. (libedit's read function is LineEditor's, which calls `paintIfIdle` and this.)
    func readChar(_ cp: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var b: UInt8 = 0
        let n = readByte(&b)
        if n <= 0 { cp.pointee = 0; return n }
        if suggestionShown, b < 0x20 || b == 0x7F {
            write("\u{1B}[K")
            suggestionShown = false
        }
        cp.pointee = wchar_t(bitPattern: decode(first: b))
        return 1
    }

    /// The scalar starting with byte `b` (its continuation bytes read); a byte that does not
    /// start valid UTF-8 stands for itself.
    private func decode(first b: UInt8) -> UInt32 {
        let need = b >= 0xF0 && b < 0xF5 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 ? 1 : 0
        guard b >= 0x80, need > 0 else { return UInt32(b) }
        var bytes = [b]
        for _ in 0..<need {
            var c: UInt8 = 0
            guard readByte(&c) == 1 else { return UInt32(b) }
            bytes.append(c)
        }
        guard let u = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first else { return UInt32(b) }
        return u.value
    }

    /// One byte from the terminal; a signal (a window resize) does not end the read.
    private func readByte(_ b: inout UInt8) -> Int32 {
        while true {
            let n = Glibc.read(0, &b, 1)
            if n == -1, errno == EINTR { continue }
            return Int32(n)
        }
    }

    private func inputWaiting() -> Bool {
        var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
    }

    private func write(_ s: String) {
        let bytes = Array(s.utf8)
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { Glibc.write(output, $0.baseAddress, $0.count) }
            if n > 0 { off += n } else if n == -1, errno == EINTR { continue } else { return }
        }
    }
}
