// Source text with a line index, so any layer can turn a location back into the line it points at.

/// A position in source text: 1-based line and column (columns count Unicode scalars).
public struct Loc: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var col: Int
    public init(line: Int, col: Int) { self.line = line; self.col = col }
    public static let none = Loc(line: 0, col: 0)
    public static func < (a: Loc, b: Loc) -> Bool { (a.line, a.col) < (b.line, b.col) }
    public var description: String { "\(line):\(col)" }
}

/// One unit of source: a file, a REPL entry, a `-c` string.
///
/// ```swift
/// let src = Source(name: "params.cfy", text: "x = 1\ny = 2\n")
/// src.line(2)   // "y = 2"
/// ```
public final class Source: Sendable {
    /// The name shown in diagnostics (a path as the user gave it, or `<stdin>`).
    public let name: String
    public let text: String
    /// Directory used to resolve `import` (nil: the current directory).
    public let directory: String?
    /// The line number of the text's first line: 1, except for a part of a larger file (a code
    /// block of a Markdown page, numbered as the page is).
    public let firstLine: Int
    private let lines: [Substring]

    public init(name: String, text: String, directory: String? = nil, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.directory = directory
        self.firstLine = firstLine
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// The text of line `n` (1-based) without its newline, or "" when out of range.
    public func line(_ n: Int) -> String {
        let k = n - firstLine + 1
        guard k >= 1, k <= lines.count else { return "" }
        var s = String(lines[k - 1])
        if s.hasSuffix("\r") { s.removeLast() }
        return s
    }

    public var lineCount: Int { lines.count }
    /// The number of the text's last line.
    public var lastLine: Int { firstLine - 1 + lines.count }

    /// Whether this is a Python file (`.py`): its lexer reads indentation instead of braces and
    /// its parser Python's statements (docs/python.md).
    public var isPython: Bool { name.hasSuffix(".py") }
}
