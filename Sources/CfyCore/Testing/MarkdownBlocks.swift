// MarkdownBlocks: the fenced code blocks of a Markdown file, found as CommonMark finds them, so
// that `cfy test README.md` runs exactly the blocks a reader sees (docs/testing.md).

/// One fenced code block: where it stands in the file and its content lines.
public struct MarkdownBlock: Sendable, Equatable {
    /// The info string's first word (`cfy`, `console`, `python`), or "" when there is none.
    public var language: String
    /// The 1-based line of the opening fence; the content starts on the next line.
    public var fenceLine: Int
    /// The 1-based line of the closing fence.
    public var closingLine: Int
    /// The content lines, with the opening fence's indentation (up to that many spaces) and a
    /// line's trailing "\r" removed.
    public var lines: [String]
    /// The opening fence's indentation (0 to 3 spaces).
    public var indent: Int

    /// The 1-based line of content line `i` (0-based).
    public func line(_ i: Int) -> Int { fenceLine + 1 + i }
}

/// A Markdown file whose blocks cannot be read (an unterminated fence): the line it starts on.
public struct MarkdownError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { message }
}

public enum MarkdownBlocks {
    /// The fenced blocks of `text`, in order: an opening fence is up to three spaces, then three or
    /// more backticks or tildes and an info string (with no backtick after backticks); it closes at
    /// a line of the same character, at least as long, with up to three spaces before it and only
    /// blanks after. Lines are split at "\n" (a "\r" before it is dropped). A fence that never
    /// closes is an error at its line (CommonMark would run it to the end of the file, which in a
    /// doc is always a mistake).
    ///
    /// ```swift
    /// MarkdownBlocks.extract("text\n```cfy\n1 + 1\n#=> 2\n```\n")
    /// // [MarkdownBlock(language: "cfy", fenceLine: 2, closingLine: 5, lines: ["1 + 1", "#=> 2"], indent: 0)]
    /// ```
    public static func extract(_ text: String) -> Result<[MarkdownBlock], MarkdownError> {
        let lines = splitLines(text)
        var blocks: [MarkdownBlock] = []
        var open: (fence: Fence, line: Int, language: String)?
        // The open block's lines, kept apart from `open` so that appending does not copy them.
        var content: [String] = []
        for (i, line) in lines.enumerated() {
            if let o = open {
                if isClosing(line, for: o.fence) {
                    blocks.append(MarkdownBlock(language: o.language, fenceLine: o.line, closingLine: i + 1,
                                                lines: content, indent: o.fence.indent))
                    open = nil
                    content = []
                } else {
                    content.append(dropIndent(line, upTo: o.fence.indent))
                }
            } else if let (fence, info) = opening(line) {
                let language = String(info.prefix { $0 != " " && $0 != "\t" })
                open = (fence, i + 1, language)
            }
        }
        if let o = open {
            let what = String(repeating: o.fence.char, count: o.fence.length)
            return .failure(MarkdownError(line: o.line, message: "the code block opened here with \(what) is never closed (a closing \(what) line is expected)"))
        }
        return .success(blocks)
    }

    /// The lines of `text` split at "\n", "\r\n" (one Character in Swift) or a lone "\r", as
    /// CommonMark and `decodeSource` split them, without their ends;
    /// a final newline does not start another line.
    public static func splitLines(_ text: String) -> [String] {
        var lines = rawLines(text).map(\.text)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Every line of `text` with the end it had ("\n", "\r\n", or "" for the last), so that a
    /// rewrite can keep each line's bytes.
    public static func rawLines(_ text: String) -> [(text: String, end: String)] {
        var out: [(text: String, end: String)] = []
        var line = ""
        for c in text {
            if c == "\n" || c == "\r\n" || c == "\r" { out.append((line, String(c))); line = "" } else { line.append(c) }
        }
        out.append((line, ""))
        return out
    }

    struct Fence {
        var char: Character
        var length: Int
        var indent: Int
    }

    /// The fence a line opens, and its info string (trimmed), or nil.
    static func opening(_ line: String) -> (Fence, String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let c = rest.first, c == "`" || c == "~" else { return nil }
        let length = rest.prefix { $0 == c }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingBlanks()
        if c == "`" && info.contains("`") { return nil }   // inline code such as ```x``` , not a fence
        return (Fence(char: c, length: length, indent: indent), String(info))
    }

    static func isClosing(_ line: String, for fence: Fence) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        let length = rest.prefix { $0 == fence.char }.count
        return length >= fence.length && rest.dropFirst(length).allSatisfy { $0 == " " || $0 == "\t" }
    }

    static func dropIndent(_ line: String, upTo n: Int) -> String {
        let spaces = min(n, line.prefix { $0 == " " }.count)
        return String(line.dropFirst(spaces))
    }
}

extension Substring {
    fileprivate func trimmingBlanks() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
