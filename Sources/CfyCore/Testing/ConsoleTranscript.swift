// ConsoleTranscript: a ```console block of a Markdown file read as commands and the output each
// is shown to print: `$ cfy ARGS...` lines, each followed by its stdout, then stderr, then
// `[exit N]` when the status is not 0. The arguments are split as a POSIX shell splits plain
// words and quotes; anything a shell would do more (pipes, redirections, variables, globs,
// another command) is an error in the doc, since the command never runs through a shell.

/// One `$ cfy ...` line of a transcript and the output lines shown after it.
public struct ConsoleCommand: Sendable, Equatable {
    /// The 1-based line of the `$ ` line in the Markdown file.
    public var line: Int
    /// The arguments after `cfy`.
    public var arguments: [String]
    /// The output shown (stdout then stderr lines, then `[exit N]` when N is not 0).
    public var expected: [String]
    /// The 1-based Markdown lines of the expected output: `line + 1 ... line + expected.count`.
    public var outputLines: ClosedRange<Int>? { expected.isEmpty ? nil : (line + 1)...(line + expected.count) }
}

/// What a command printed: stdout lines then stderr lines, then `[exit N]` when N is not 0 (or
/// `[signal N]`); or why it did not finish (it could not start, or ran out of time).
public enum ConsoleOutcome: Sendable, Equatable {
    case finished([String])
    case failed(String)
}

/// A line of a transcript that cannot run, with its 1-based Markdown line.
public struct ConsoleProblem: Sendable, Equatable {
    public var line: Int
    public var message: String
}

public enum ConsoleTranscript {
    /// The commands of a console block (and the lines that cannot run). A line that does not start
    /// with `$ ` and follows no command is a problem; so is a `$ ` line that is not a plain `cfy`
    /// command (its output lines are then skipped).
    public static func parse(_ block: MarkdownBlock) -> (commands: [ConsoleCommand], problems: [ConsoleProblem]) {
        var commands: [ConsoleCommand] = []
        var problems: [ConsoleProblem] = []
        var current: ConsoleCommand?
        var skipping = false
        func finish() { if let c = current { commands.append(c) }; current = nil }
        for (i, text) in block.lines.enumerated() {
            let line = block.line(i)
            if text.hasPrefix("$ ") || text == "$" {
                finish(); skipping = false
                switch words(String(text.dropFirst(1))) {
                case .failure(let p):
                    problems.append(ConsoleProblem(line: line, message: p.message)); skipping = true
                case .success(let w):
                    guard let first = w.first else {
                        problems.append(ConsoleProblem(line: line, message: "a '$' line with no command (expected '$ cfy ARGS...')"))
                        skipping = true; continue
                    }
                    guard first == "cfy" else {
                        problems.append(ConsoleProblem(line: line, message: "only cfy runs in a console block, not '\(first)' (expected '$ cfy ARGS...'; fence other commands as ```sh)"))
                        skipping = true; continue
                    }
                    current = ConsoleCommand(line: line, arguments: Array(w.dropFirst()), expected: [])
                }
            } else if current != nil {
                current?.expected.append(text)
            } else if !skipping {
                problems.append(ConsoleProblem(line: line, message: "a console block line that follows no '$ cfy' command (every output line comes after the command that prints it)"))
            }
        }
        finish()
        return (commands, problems)
    }

    struct WordError: Error { var message: String }

    /// The words of a command line as a POSIX shell splits them: blanks separate words; '...'
    /// keeps its text as is; "..." keeps its text but for the backslash escapes \" \\ \$ \`; a
    /// backslash outside quotes keeps the next character; a word starting with '#' starts a
    /// comment. Unquoted | & ; < > ( ) $ ` * ? [ and a leading ~ are shell syntax cfy does not
    /// interpret: an error naming the character.
    static func words(_ line: String) -> Result<[String], WordError> {
        var out: [String] = []
        var word = ""
        var inWord = false
        var chars = Array(line)[...]
        func unsupported(_ c: Character) -> WordError {
            WordError(message: "the shell syntax '\(c)' cannot be used in a console block: commands run without a shell, so only plain words and '...' or \"...\" quotes are allowed (quote the character to pass it to cfy)")
        }
        while let c = chars.popFirst() {
            switch c {
            case " ", "\t":
                if inWord { out.append(word); word = ""; inWord = false }
            case "#" where !inWord:
                chars = []
            case "'":
                inWord = true
                guard let end = chars.firstIndex(of: "'") else { return .failure(WordError(message: "a ' quote that is not closed on this line")) }
                word += String(chars[..<end]); chars = chars[(end + 1)...]
            case "\"":
                inWord = true
                var closed = false
                while let d = chars.popFirst() {
                    if d == "\"" { closed = true; break }
                    if d == "\\", let n = chars.first, "\"\\$`".contains(n) { word.append(n); chars.removeFirst(); continue }
                    if d == "$" || d == "`" { return .failure(unsupported(d)) }
                    word.append(d)
                }
                if !closed { return .failure(WordError(message: "a \" quote that is not closed on this line")) }
            case "\\":
                inWord = true
                guard let n = chars.popFirst() else { return .failure(WordError(message: "a '\\' at the end of the line (a command is one line)")) }
                word.append(n)
            case "|", "&", ";", "<", ">", "(", ")", "$", "`", "*", "?", "[":
                return .failure(unsupported(c))
            case "~" where !inWord:
                return .failure(unsupported(c))
            default:
                inWord = true; word.append(c)
            }
        }
        if inWord { out.append(word) }
        return .success(out)
    }
}
