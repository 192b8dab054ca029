// REPL: `cfy` with no subcommand. On a terminal: libedit editing, history, completion, colour.
// Otherwise plain lines: no prompt, no editing, no history, output as `cfy run` plus the echoes.

@preconcurrency import Glibc
import CEditLine
import CfyCore
import Foundation

/// Something the REPL reads lines from: the line editor, or plain stdin.
protocol LineInput: AnyObject {
    func read(prompt: String) -> ReadResult
}

/// The interactive session: reads statements (over several lines while one is open), runs them,
/// and prints what Python's REPL would: prints, then the repr of a non-None expression value.
///
/// ```
/// cfy> base = Args(name="base", lr=0.01)
/// cfy> base.lr * 10
/// 0.1
/// ```
final class REPL {
    var session: Session
    var log = SessionLog()
    /// The files run with `:load` or imported, for `:reload` and autoreload (Reload.swift).
    var reloader: Reloader
    let style: Style
    /// stdin is a terminal (prompt, editing, history, Ctrl-C stops a statement).
    let interactive: Bool
    /// What the statement running now has printed (for `:save`).
    private var captured = ""
    /// Some statement or command failed (the exit status of a non-interactive session).
    var hadError = false
    var editor: LineEditor?

    init(interactive: Bool, color: Bool) {
        self.interactive = interactive
        self.style = Style(enabled: color)
        self.reloader = Reloader(autoreload: interactive)
        self.session = Session()
        self.session = newSession()
    }

    /// A fresh session whose prints reach stdout as they happen and are captured for `:save`.
    func newSession() -> Session {
        let s = makeSession()
        s.stream = { [unowned self] text in
            self.captured += text
            out(text)
            if self.interactive, text.contains("\n") { flushOut() }
        }
        return s
    }

    /// Runs the REPL to the end of input; the process exit status.
    static func main() -> Int32 {
        let tty = isatty(0) == 1
        let repl = REPL(interactive: tty, color: tty && useColor(1))
        if !tty { return repl.loop(StdinLines()) }
        // With stdout redirected (`cfy > log`), editing happens on stderr and the file gets only output.
        let screen: Int32 = isatty(1) == 1 || isatty(2) != 1 ? 1 : 2
        guard let history = History(path: History.defaultPath()),
              let editor = LineEditor(history: history, output: screen) else {
            err("cfy: cannot start the line editor; reading plain lines\n")
            return repl.loop(StdinLines())
        }
        repl.editor = editor
        editor.completer = { [unowned repl] pending, line in
            Completer(session: repl.session).complete(pending: pending, line: line)
        }
        editor.isComplete = { [unowned repl] pending, entry in repl.isWhole(pending: pending, entry) }
        editor.continuationPrompt = repl.style.continuation("...>") + " "
        editor.render?.classNames = { [unowned repl] in LineRender.argsClassNames(repl.session) }
        _ = cfy_set_sigint(sigintHandler)
        defer { _ = cfy_default_sigint() }
        editor.show(repl.style.bold("cfy \(cfyVersion)") + " — curifactory 0.13.2 args hashes. "
                    + ":help for help, :quit or Ctrl-D to exit.\n")
        return repl.loop(editor)
    }

    func loop(_ input: LineInput) -> Int32 {
        var buffer: [UInt8] = []
        // The buffer holds a finished `if` without `else` (or a `try` without `finally`): the next
        // line may go on with `else` or `elif` (`except`, `else`, `finally`), as in a file; a blank
        // line, or any other line, runs it first (as Python's prompt).
        var held: (program: Program, source: Source)?
        while true {
            editor?.pending = String(decoding: buffer, as: UTF8.self)
            let prompt = !interactive ? "" : buffer.isEmpty ? style.prompt("cfy>") + " " : style.continuation("...>") + " "
            flushOut()
            let read = input.read(prompt: prompt)
            if let h = held {
                held = nil
                var goesOn: Bool                              // Ctrl-C: dropped below, unrun
                switch read {
                case .line(let bytes): goesOn = ["else", "elif", "except", "finally"].contains(firstWord(bytes))
                case .interrupt: goesOn = true
                case .eof, .invalid: goesOn = false
                }
                if !goesOn {
                    runInput(h.program, h.source)
                    buffer = []
                }
            }
            switch read {
            case .eof:
                if !buffer.isEmpty || editor?.discardedLines == true {
                    if interactive { err("(incomplete input discarded)\n") }
                    else { finishIncomplete(buffer) }
                }
                if interactive { out("\n") }
                flushOut()
                return hadError && !interactive ? 1 : 0
            case .interrupt:
                buffer = []
                out("KeyboardInterrupt\n")
            case .invalid(let why):
                commandError(why)
                flushOut()
                return 1
            case .line(let bytes):
                if buffer.isEmpty, bytes.drop(while: { $0 == 0x20 || $0 == 0x09 }).first == UInt8(ascii: ":") {
                    let text = String(decoding: bytes, as: UTF8.self)
                    editor?.history.add(text)
                    if case .quit = command(text.trimmingCharacters(in: .whitespaces)) {
                        flushOut()
                        return hadError && !interactive ? 1 : 0
                    }
                    continue
                }
                if buffer.isEmpty, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                // `help(x)`, `x?`: the help on what x is (ValueHelp.swift), without running code.
                if buffer.isEmpty, let listing = dirListing(String(decoding: bytes, as: UTF8.self)) {
                    editor?.history.add(String(decoding: bytes, as: UTF8.self))
                    if listing.hasPrefix("error: ") { commandError(String(listing.dropFirst(7).dropLast())) } else { out(listing) }
                    flushOut()
                    continue
                }
                if buffer.isEmpty, let topic = helpRequest(String(decoding: bytes, as: UTF8.self)) {
                    editor?.history.add(String(decoding: bytes, as: UTF8.self))
                    if let text = helpText(topic) { out(text) } else { commandError("no help on '\(topic)'") }
                    flushOut()
                    continue
                }
                // `exit`, `quit`, `exit()`, `quit()` leave, as in Python's REPL (unless the session
                // defined that name).
                let word = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if buffer.isEmpty, ["exit", "quit", "exit()", "quit()"].contains(word),
                   session.globals.vars[String(word.prefix(4))] == nil {
                    editor?.history.add(word)
                    flushOut()
                    return hadError && !interactive ? 1 : 0
                }
                buffer += bytes + [0x0A]
                let src: Source
                switch decodeSource(buffer, name: "<stdin>", directory: nil) {
                case .failure(let d):
                    fail(d)
                    buffer = []
                    continue
                case .success(let s): src = s
                }
                switch Parser.parseInteractive(src) {
                case .incomplete:
                    continue
                case .failure(let d):
                    editor?.history.add(src.text)
                    fail(d)
                case .complete(let program):
                    var goesOn = false
                    switch program.statements.last {
                    case .if(_, else: nil, _)?: goesOn = true
                    case .try(let t)?: goesOn = t.finally == nil
                    default: break
                    }
                    if goesOn, endsWithBrace(buffer) {
                        held = (program, src)
                        continue
                    }
                    runInput(program, src)
                }
                buffer = []
            }
        }
    }

    /// Whether Enter at the end of `entry` (after the held input `pending`) runs it: a command,
    /// a blank line, `help(x)`/`x?`, or a statement the parser does not need more of.
    func isWhole(pending: String, _ entry: String) -> Bool {
        let t = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        if pending.isEmpty, t.isEmpty || t.hasPrefix(":") || helpRequest(entry) != nil || dirListing(entry) != nil { return true }
        guard case .success(let src) = decodeSource(Array((pending + entry + "\n").utf8), name: "<stdin>", directory: nil)
        else { return true }
        if case .incomplete = Parser.parseInteractive(src) { return false }
        return true
    }

    /// One complete input: into the history, then run and recorded for `:save`.
    private func runInput(_ program: Program, _ src: Source) {
        editor?.history.add(src.text)
        autoreloadIfChanged()
        run(program, src, record: true)
    }

    /// The first word of a line (`else` in `  else {`).
    private func firstWord(_ bytes: [UInt8]) -> String {
        let word = bytes.drop { $0 == 0x20 || $0 == 0x09 }.prefix { $0 >= 0x61 && $0 <= 0x7A }
        return String(decoding: word, as: UTF8.self)
    }

    /// Whether the input's last non-blank character is `}` (an `if` ended by a comment is not held).
    private func endsWithBrace(_ buffer: [UInt8]) -> Bool {
        buffer.last { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D } == UInt8(ascii: "}")
    }

    /// Input ended inside a statement: say what is missing, as `cfy run` would.
    private func finishIncomplete(_ buffer: [UInt8]) {
        guard case .success(let src) = decodeSource(buffer, name: "<stdin>", directory: nil) else { return }
        if case .failure(let d) = Parser.parse(src) { fail(d) }
    }

    func fail(_ d: Diagnostic) {
        hadError = true
        if interactive, d.kind == .keyboardInterrupt { out("\n") }   // the tty echoed ^C, no newline
        report(d)
    }

    /// At a terminal, an echo longer than `echoLimit` characters shows its start and how much was
    /// left out (`print(_)` shows all; `:save` keeps all).
    static let echoLimit = 20_000
    static func shortened(_ echo: String) -> String {
        let scalars = echo.unicodeScalars
        guard scalars.count > echoLimit else { return echo }
        let rest = scalars.count - echoLimit
        return String(String.UnicodeScalarView(scalars.prefix(echoLimit)))
            + "\n… \(rest) more characters not shown (print(_) shows them all)\n"
    }

    /// Runs the statements of one input, stopping at the first error; records them for `:save`.
    @discardableResult
    func run(_ program: Program, _ src: Source, record: Bool, echo: Bool = true, from file: String? = nil) -> Bool {
        var outputs: [String] = []
        var failedAt: Int?
        for (i, stmt) in program.statements.enumerated() {
            let r = execute(stmt, src, echo: echo)
            if let e = r.echo {                        // at a terminal: fitted, stopped by Ctrl-C (OutputFit.swift)
                if !interactive { out(e) }
                else if let d = displayedEcho(e, value: r.value) { show(d) }
                else { out("\nKeyboardInterrupt\n") }
            }
            if let e = r.error {
                fail(e)
                failedAt = i
                break
            }
            outputs.append(captured + (r.echo ?? ""))
        }
        reloader.noteImports(session.importedFiles)
        if record { log.record(code: src.text, program: program, outputs: outputs, failedAt: failedAt, origin: ChunkOrigin(src, file: file, root: session.projectRoot)) }
        flushOut()
        return failedAt == nil
    }

    /// One statement, with Ctrl-C armed.
    func execute(_ stmt: Stmt, _ src: Source, echo: Bool) -> StatementResult {
        captured = ""
        clearInterrupt()
        let r = session.execute(stmt, source: src, echo: echo)
        clearInterrupt()
        return r
    }

    /// The value of one expression typed after a command (`:dry base`), or nil after reporting why.
    func evaluate(_ text: String) -> Value? {
        let src = Source(name: "<stdin>", text: text)
        switch Parser.parse(src) {
        case .failure(let d):
            fail(d)
            return nil
        case .success(let p):
            guard p.statements.count == 1, case .expr = p.statements[0] else {
                commandError("expected one expression, got '\(text)'")
                return nil
            }
            let r = execute(p.statements[0], src, echo: false)
            if let e = r.error { fail(e); return nil }
            return r.value
        }
    }

    func commandError(_ message: String) {
        hadError = true
        err(Style(enabled: useColor(2)).bad("error") + ": " + message + "\n")
    }
}

/// SIGINT while a statement runs: ask the interpreter to stop (it raises KeyboardInterrupt).
private let sigintHandler: @convention(c) (Int32) -> Void = { _ in requestInterrupt() }

/// Plain lines from stdin, as bytes (invalid UTF-8 is reported by the REPL, not repaired). A line
/// longer than `maxLine` bytes, or one holding a NUL byte, ends the session with an error (so
/// `cfy < /dev/zero` stops at once instead of growing a line without end).
final class StdinLines: LineInput {
    private let file = fdopen(0, "r")
    private var lineNumber = 0
    static let maxLine = 1 << 20

    func read(prompt: String) -> ReadResult {
        guard let file else { return .eof }
        lineNumber += 1
        var bytes: [UInt8] = []
        while true {
            let c = getc_unlocked(file)
            if c == EOF { return bytes.isEmpty ? .eof : .line(bytes) }
            if c == 0x0A { return .line(bytes) }
            if c == 0 { return .invalid("input line \(lineNumber) holds a NUL byte (cfy reads text)") }
            if bytes.count == Self.maxLine {
                return .invalid("input line \(lineNumber) is longer than \(Self.maxLine) bytes (the limit of a line)")
            }
            bytes.append(UInt8(truncatingIfNeeded: c))
        }
    }
}
