// Colors: the REPL's ANSI styles. All empty when colour is off (NO_COLOR, --no-color, not a tty).

/// ANSI styles for the REPL, or empty strings when colour is off.
///
/// ```swift
/// let s = Style(enabled: true)
/// out(s.hash("1f3a") + "\n")     // the hash in magenta
/// ```
struct Style: Sendable {
    let enabled: Bool

    private func wrap(_ code: String, _ text: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    func prompt(_ t: String) -> String { wrap("1;32", t) }
    func continuation(_ t: String) -> String { wrap("2;32", t) }
    func hash(_ t: String) -> String { wrap("35", t) }
    func bold(_ t: String) -> String { wrap("1", t) }
    func dim(_ t: String) -> String { wrap("2", t) }
    func good(_ t: String) -> String { wrap("32", t) }
    func bad(_ t: String) -> String { wrap("31", t) }
    func warn(_ t: String) -> String { wrap("33", t) }
    func name(_ t: String) -> String { wrap("36", t) }

    /// The visible part of a styled string (for measuring).
    static func strip(_ s: String) -> String {
        var out = ""
        var inEscape = false
        for u in s.unicodeScalars {
            if inEscape { if u == "m" { inEscape = false }; continue }
            if u == "\u{1B}" { inEscape = true; continue }
            out.unicodeScalars.append(u)
        }
        return out
    }
}
