// OutputFit: what the REPL writes at a terminal fits the window and stops at Ctrl-C — echoes laid
// out like pprint (CfyCore's PrettyRepr), long output written in chunks between which Ctrl-C is seen.

@preconcurrency import Glibc
import CEditLine
import CfyCore

/// Ctrl-C while an echo was being laid out.
private struct LayoutInterrupted: Error {}

extension REPL {
    /// The window's width in columns (80 when stdout is not a terminal).
    var windowWidth: Int { Int(cfy_terminal_columns(1)) }

    /// The width tables are cut to: the window's at a terminal, none otherwise (piped sessions and
    /// their tests keep whole cells).
    var tableWidth: Int? { interactive ? windowWidth : nil }

    /// The echo as shown at a terminal: the repr when it fits on one line of the window, else the
    /// value laid out as `pprint.pformat(value, width=WINDOW, sort_dicts=False)` (PrettyRepr),
    /// then cut at `echoLimit` characters. The plain repr when the layout cannot be exact (a set
    /// too wide whose sorted order cfy cannot tell) or the repr is huge (laying it out would take
    /// long; the cut shows only its start anyway). nil after Ctrl-C stopped the layout.
    func displayedEcho(_ echo: String, value: Value?) -> String? {
        let width = windowWidth
        let scalars = echo.unicodeScalars.count - 1              // without the newline
        guard let value, scalars > width, scalars <= REPL.layoutLimit else { return REPL.shortened(echo) }
        do {
            let text = try session.prettyRepr(value, width: width) {
                if interruptFlag.load(ordering: .relaxed) { throw LayoutInterrupted() }
            }
            return REPL.shortened(text + "\n")
        } catch is LayoutInterrupted {
            return nil
        } catch {
            return REPL.shortened(echo)
        }
    }

    /// Reprs longer than this (in characters) are echoed as they are, not laid out.
    static let layoutLimit = 1_000_000

    /// Writes `text`; at a terminal in chunks, flushed one by one, stopping with
    /// "KeyboardInterrupt" when Ctrl-C is pressed between two (the SIGINT handler sets the flag the
    /// interpreter polls). False when stopped.
    @discardableResult
    func show(_ text: String) -> Bool {
        guard interactive else { out(text); return true }
        clearInterrupt()
        defer { clearInterrupt() }
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            if interruptFlag.load(ordering: .relaxed) {
                out("\nKeyboardInterrupt\n")
                flushOut()
                return false
            }
            var end = min(bytes.count, start + REPL.chunkBytes)
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }    // a whole UTF-8 sequence
            out(String(decoding: bytes[start..<end], as: UTF8.self))
            flushOut()
            start = end
        }
        return true
    }

    /// How much is written between two looks at the Ctrl-C flag.
    static let chunkBytes = 1024
}
