// History: libedit's history list, kept across sessions in $CFY_HISTORY or ~/.cfy_history —
// 1,000 entries, no consecutive duplicates, a multi-line statement as one entry.

import CEditLine
import Foundation

/// The REPL's history file.
///
/// ```swift
/// let h = History(path: History.defaultPath())
/// h.add("x = 1")      // saved at once, so a killed session keeps it
/// ```
final class History {
    static let capacity: Int32 = 1000
    let handle: OpaquePointer
    let path: String?

    init?(path: String?) {
        guard let h = history_init() else { return nil }
        handle = h
        self.path = path
        _ = cfy_history_set_size(h, Self.capacity)
        _ = cfy_history_set_unique(h, 1)
        if let path, FileManager.default.fileExists(atPath: path) { _ = cfy_history_load(h, path) }
    }

    deinit { history_end(handle) }

    /// `$CFY_HISTORY`, else `~/.cfy_history`; nil when neither can be known.
    static func defaultPath() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let p = env["CFY_HISTORY"], !p.isEmpty { return p }
        if let home = env["HOME"], !home.isEmpty { return (home as NSString).appendingPathComponent(".cfy_history") }
        return nil
    }

    /// Adds an entry (trailing blanks trimmed on every line: libedit drops a trailing space on
    /// recall) and writes the file.
    func add(_ entry: String) {
        let lines = entry.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var l = line
            while l.last == " " || l.last == "\t" || l.last == "\r" { l = l.dropLast() }
            return l
        }
        var text = lines.joined(separator: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        _ = cfy_history_enter(handle, text)
        if let path { _ = cfy_history_save(handle, path) }
    }

    /// Entries, newest first (for tests and `:help history`).
    var entries: [String] {
        var out: [String] = []
        var i: Int32 = 0
        while let p = cfy_history_entry(handle, i) { out.append(String(cString: p)); i += 1 }
        return out
    }
}
