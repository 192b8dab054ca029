// LineEditor: libedit's native API — prompts, emacs keys, history, Tab completion, and ^C that
// cancels the entry being edited. An entry of several lines is edited as a block: libedit edits
// one line at a time and the keys that cross lines are cfy's (LineEditorKeys.swift, MultiLine.swift).
// C callbacks live here (not in a main file), reaching the one active editor through a global.

@preconcurrency import Glibc
import CEditLine
import Foundation

/// What one read from the terminal gave.
enum ReadResult: Equatable {
    /// An entry (UTF-8 bytes, without a final newline); one of several lines holds newlines.
    case line([UInt8])
    /// Ctrl-D on an empty line.
    case eof
    /// Ctrl-C: the line was cancelled.
    case interrupt
    /// Piped input that is not text lines (a NUL byte, a line over the length limit): why.
    case invalid(String)
}

/// The editor libedit's callbacks act on (cfy has one at a time).
nonisolated(unsafe) var activeEditor: LineEditor?

/// A libedit line editor on the terminal.
///
/// ```swift
/// let ed = LineEditor(history: History(path: "/tmp/h"), output: 1)
/// if case .line(let bytes)? = ed?.read(prompt: "cfy> ") { ... }
/// ```
final class LineEditor: LineInput {
    let el: OpaquePointer
    /// The descriptor the editor draws on (1 or 2).
    let output: Int32
    let history: History
    private var promptText: UnsafeMutablePointer<CChar>?
    /// Offers completions for (earlier lines of the statement, current line up to the cursor).
    var completer: ((String, String) -> CompletionResult)?
    /// Whether (earlier input, entry) is a whole statement or command: Enter at the entry's end
    /// runs it then, and adds a line otherwise. Without it, every entry is whole.
    var isComplete: ((String, String) -> Bool)?
    /// Input the REPL holds from before this entry (an `if` that may go on with `else`).
    var pending = ""
    /// The prompt of an entry's second and later lines.
    var continuationPrompt = "...> "
    /// The entry being edited, and the prompts it is drawn with.
    var block = EntryBlock()
    var firstPrompt = ""
    /// The terminal moves the cursor on ANSI codes (not `TERM=dumb`): blocks are redrawn whole
    /// and Up/Down cross lines. Otherwise Enter only adds lines, and Up/Down are libedit's history.
    let drawsBlocks = ProcessInfo.processInfo.environment["TERM"] != "dumb"
    /// The terminal's width when the current line was drawn (a change means a resize to redraw for).
    var columnsSeen = 0
    /// The rows the line being edited took when drawn (a line above others that grows or shrinks
    /// by a row has the block redrawn, or it would write over the line below).
    var rowsSeen = 1
    /// Ctrl-D ended input on a block of several lines (they were not run).
    var discardedLines = false
    /// Why the last `el_gets` returned, when a cfy key ended the entry.
    var outcome: KeyOutcome?
    /// Colour and history suggestions for the line being typed (LineRender.swift); nil when off.
    let render: LineRender?

    init?(history: History, output: Int32) {
        cfy_use_utf8_locale()
        guard let input = fdopen(0, "r"), let screen = fdopen(output, "w"), let errors = fdopen(2, "w"),
              let el = el_init("cfy", input, screen, errors) else { return nil }
        self.el = el
        self.output = output
        self.history = history
        render = LineRender.enabled(output: output) ? LineRender(output: output) : nil
        _ = cfy_el_set_editor(el, "emacs")
        _ = cfy_el_set_signal(el, 1)               // follow window resizes
        _ = cfy_el_disable_isig(el)                // ^C is a key while editing, not SIGINT
        _ = cfy_el_set_prompt(el, promptCallback, 1)
        _ = cfy_el_set_history(el, history.handle)
        _ = cfy_el_add_function(el, "cfy-complete", "Complete a name, field, method, command or path", completeKey)
        _ = cfy_el_add_function(el, "cfy-cancel", "Cancel the line", cancelKey)
        _ = cfy_el_add_function(el, "cfy-paste", "Insert a bracketed paste as it is", pasteKey)
        _ = cfy_el_bind(el, "^I", "cfy-complete")
        _ = cfy_el_bind(el, "^C", "cfy-cancel")
        _ = cfy_el_bind(el, "\\e[200~", "cfy-paste")
        bindBlockKeys()
        if drawsBlocks { bindSearchKeys() }
        installKeyReader()                         // resizes (LineEditorResize.swift), highlighting
        // Word and line moves xterm, rxvt and tmux send (unbound, they would insert `;5D`).
        for (key, fn) in [("\\e[1;5D", "ed-prev-word"), ("\\e[1;5C", "em-next-word"), ("\\e[1;3D", "ed-prev-word"),
                          ("\\e[1;3C", "em-next-word"), ("\\e[5D", "ed-prev-word"), ("\\e[5C", "em-next-word"),
                          ("\\e[H", "ed-move-to-beg"), ("\\e[F", "ed-move-to-end"), ("\\e[1~", "ed-move-to-beg"),
                          ("\\e[4~", "ed-move-to-end"), ("\\e[3~", "ed-delete-next-char")] {
            _ = cfy_el_bind(el, key, fn)
        }
        if render != nil {                         // highlighting: LineRender.swift
            _ = cfy_el_add_function(el, "cfy-forward", "Move right, or take the suggestion at the end", forwardKey)
            _ = cfy_el_add_function(el, "cfy-end", "Move to the end, or take the suggestion there", endKey)
            for key in ["\\e[C", "\\eOC"] { _ = cfy_el_bind(el, key, "cfy-forward") }
            for key in ["^E", "\\e[F", "\\eOF", "\\e[4~"] { _ = cfy_el_bind(el, key, "cfy-end") }
        }
        _ = el_source(el, nil)                     // the user's ~/.editrc, if any
    }

    deinit {
        el_end(el)
        free(promptText)
    }

    /// Reads one entry, its first line with `prompt` (which may hold colour codes), the others
    /// with `continuationPrompt`.
    func read(prompt: String) -> ReadResult {
        firstPrompt = prompt
        block = EntryBlock()
        activeEditor = self
        defer { activeEditor = nil }
        flushOut()
        // Bracketed paste: the terminal marks pasted text, which `cfy-paste` inserts as it is.
        let paste = bracketedPaste
        if paste { show("\u{1B}[?2004h") }
        defer { if paste { show("\u{1B}[?2004l") } }
        var count: Int32 = 0
        var retries = 0
        while true {
            startLine()
            outcome = nil
            el_push(el, restoreSequence)              // `cfy-restore` puts the line's text back
            let p = el_gets(el, &count)
            switch outcome {
            case .accept?: return .line(Array(block.text.utf8))
            case .cancel?: return .interrupt
            case nil: break
            }
            guard let p else {
                if count == -1, errno == EINTR, retries < 100 { retries += 1; _ = syncLine(); continue }
                if block.lines.count > 1 { leaveBlock(up: syncLine()); discardedLines = true }
                return .eof
            }
            // A libedit function ended the line itself (a binding from ~/.editrc).
            var bytes = Array(UnsafeRawBufferPointer(start: p, count: strlen(p)))
            if bytes.last == 0x0A { bytes.removeLast() }
            block.lines[block.index] = String(decoding: bytes, as: UTF8.self)
            return .line(Array(block.text.utf8))
        }
    }

    /// Makes `block.index` the line libedit edits: its prompt, what highlighting lexes before it,
    /// and the width and rows it is drawn with (for resizes).
    func startLine() {
        let linePrompt = block.index == 0 ? firstPrompt : continuationPrompt
        setPrompt(linePrompt)
        render?.begin(prompt: linePrompt, context: pending + block.lines[..<block.index].map { $0 + "\n" }.joined(),
                      history: history)
        columnsSeen = Int(cfy_terminal_columns(output))
        rowsSeen = layout.rows(of: block.lines, line: block.index)
    }

    private func setPrompt(_ prompt: String) {
        free(promptText)
        promptText = strdup(markInvisible(prompt))
    }

    /// Writes to the terminal the editor draws on.
    func show(_ text: String) {
        flushOut()
        if output == 1 { out(text); flushOut() } else { err(text) }
    }

    /// Colour codes bracketed by \u{1} so libedit does not count them as prompt width.
    private func markInvisible(_ s: String) -> String {
        var out = ""
        var inEscape = false
        for u in s.unicodeScalars {
            if u == "\u{1B}" { out += "\u{1}"; inEscape = true }
            out.unicodeScalars.append(u)
            if inEscape, u == "m" { out += "\u{1}"; inEscape = false }
        }
        return out
    }

    fileprivate var prompt: UnsafeMutablePointer<CChar>? { promptText }

    /// Tab: insert the common part of the candidates, or list them when that adds nothing.
    fileprivate func complete() -> UInt8 {
        guard let info = el_line(el)?.pointee, let start = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
        // Earlier lines of the entry, and of a buffer libedit filled with newlines (Ctrl-R), are
        // context; the line is the cursor's.
        var context = pending + block.lines[..<block.index].map { $0 + "\n" }.joined()
        var line = before
        if let nl = before.lastIndex(of: "\n") {
            context += String(before[...nl])
            line = String(before[before.index(after: nl)...])
        }
        let result = completer?(context, line) ?? .none
        switch result {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .indent:
            _ = el_insertstr(el, "    ")
            return UInt8(CC_REFRESH)
        case .tab:
            _ = el_insertstr(el, "\t")
            return UInt8(CC_REFRESH)
        case .words(_, let candidates, let display):
            let ins = result.insertion
            if !ins.isEmpty {
                _ = el_insertstr(el, ins)
                return UInt8(CC_REFRESH)
            }
            if candidates.count == 1 { return UInt8(CC_REFRESH) }
            let limit = 200
            var text = columns(Array(display.prefix(limit)), width: Int(cfy_terminal_columns(output)))
            if display.count > limit { text += "(and \(display.count - limit) more)\n" }
            if block.lines.count == 1 {
                show("\n" + text)
                return UInt8(CC_REDISPLAY)
            }
            // Below a block, the list; then the whole block again under it.
            leaveBlock(up: syncLine())
            show(text)
            return redraw(up: 0)
        }
    }

    /// Whether to ask the terminal for bracketed paste (a terminal that is not `dumb`).
    private var bracketedPaste: Bool {
        isatty(0) == 1 && isatty(output) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// `ESC[200~`: what the terminal sends up to `ESC[201~` is inserted as typed text would never
    /// be: Tabs stay Tabs (no completion), newlines stay in the entry (it runs on Enter).
    fileprivate func pasteText() -> UInt8 {
        let end: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]
        var text: [Unicode.Scalar] = []
        var c: wchar_t = 0
        while el_wgetc(el, &c) == 1 {
            guard let u = Unicode.Scalar(UInt32(bitPattern: c)) else { continue }
            text.append(u)
            if text.count >= end.count, Array(text.suffix(end.count)) == end { text.removeLast(end.count); break }
            if text.count > 1_000_000 { break }
        }
        var s = String(String.UnicodeScalarView(text)).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        while s.hasSuffix("\n") { s.removeLast() }
        if s.contains("\n") {                       // its lines become lines of the block
            let up = syncLine()
            block.insert(pasted: s)
            return redraw(up: up)
        }
        if !s.isEmpty { _ = el_insertstr(el, s) }
        return UInt8(CC_REFRESH)
    }

    /// ^C: show it after the entry, end the entry, and tell `read` to discard it.
    fileprivate func cancel() -> UInt8 {
        leaveBlock(up: syncLine(), mark: "^C")
        return end(.cancel)
    }
}

private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { _ in
    activeEditor?.prompt
}

private let completeKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.complete() ?? UInt8(CC_ERROR)
}

private let pasteKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.pasteText() ?? UInt8(CC_ERROR)
}

private let forwardKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let render = activeEditor?.render else { return UInt8(CC_ERROR) }
    return render.forward(el, toEnd: false)
}

private let endKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let render = activeEditor?.render else { return UInt8(CC_ERROR) }
    return render.forward(el, toEnd: true)
}

private let cancelKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    activeEditor?.cancel() ?? UInt8(CC_ERROR)
}
