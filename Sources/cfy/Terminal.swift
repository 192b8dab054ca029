// Terminal: output, colour, diagnostics, and running the interpreter on a large stack.

import ArgumentParser
import CfyCore
import Foundation

/// Writes to stdout (buffered; see `standardOutput` in CfyCore/IO/OutputChannel.swift).
func out(_ s: String) { standardOutput.write(s) }

func flushOut() { standardOutput.flush() }

/// Writes to stderr, unbuffered, after flushing stdout so the two interleave in order.
func err(_ s: String) {
    flushOut()
    standardError.write(s)
}

/// Set once a script was stopped for a failed write to stdout (so it is not said twice).
nonisolated(unsafe) private var stdoutFailureReported = false

/// "cannot write to standard output: Broken pipe" (and remembers it was said).
func stdoutFailure() -> String {
    stdoutFailureReported = true
    return "cannot write to standard output: \(standardOutput.errorText)"
}

/// Ends the process with `code`, after flushing stdout. A failed write to stdout or stderr
/// makes a successful run exit 1 (with a message on stderr when stdout was the one that failed).
func finish(_ code: Int32) -> Never {
    var code = code
    if !standardOutput.flush() {
        if !stdoutFailureReported { standardError.write("cfy: error: " + stdoutFailure() + "\n") }
        if code == 0 { code = 1 }
    }
    if standardError.failed, code == 0 { code = 1 }
    exit(code)
}

/// Set by `--no-color`.
nonisolated(unsafe) var colorDisabled = false

/// Colour only on a terminal that has it (not TERM=dumb), and never with NO_COLOR set or `--no-color`.
func useColor(_ fd: Int32) -> Bool {
    let env = ProcessInfo.processInfo.environment
    return !colorDisabled && isatty(fd) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
}

func report(_ d: Diagnostic) { err(d.render(color: useColor(2)) + "\n") }

/// Reads a script file as a Source (at most `ReadLimit.source` bytes; a pipe such as
/// /dev/stdin is allowed); an unreadable file or invalid UTF-8 is a Diagnostic.
func loadSource(_ path: String) -> Result<Source, Diagnostic> {
    let bytes: [UInt8]
    do {
        guard let b = try readFile(path, limit: ReadLimit.source, allowStreams: true) else {
            return .failure(Diagnostic.file(path, "cannot open '\(path)': no such file", kind: .fileNotFoundError))
        }
        bytes = b
    } catch {
        return .failure(Diagnostic.file(path, "\(error)", kind: .fileNotFoundError))
    }
    let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return decodeSource(bytes, name: path, directory: dir)
}

/// Loads `path` and runs `body` with it on the big stack; a file that cannot be read is reported
/// (exit 1). Throws the exit code when it is not 0.
func withScript(_ path: String, _ body: @escaping (Source) -> Int32) throws {
    let code = runOnBigStack { () -> Int32 in
        switch loadSource(path) {
        case .failure(let d): report(d); return 1
        case .success(let src): return body(src)
        }
    }
    if code != 0 { throw ExitCode(code) }
}

/// Runs `body` on a thread with a 1 GiB stack, so deep (but limited) recursion in cfy code never
/// overflows the native stack.
func runOnBigStack<T>(_ body: @escaping () -> T) -> T {
    let box = BigStackBox(body)
    let done = DispatchSemaphore(value: 0)
    let t = Thread { box.value = box.body(); done.signal() }
    t.stackSize = 1 << 30
    t.start()
    done.wait()
    guard let v = box.value else { return body() }
    return v
}

/// A session whose warnings go to stderr (each once) and whose prints stream to stdout.
func makeSession(overwrite: Bool = false, fields: [(name: String, value: Value)] = [], stream: Bool = true) -> Session {
    let s = Session(options: RunOptions(overwrite: overwrite, fields: fields))
    s.interpreter.warn = { report($0) }
    if stream {
        s.stream = { out($0) }
        s.interpreter.outputError = { standardOutput.failed ? stdoutFailure() : nil }
    }
    return s
}

private final class BigStackBox<T>: @unchecked Sendable {
    var value: T?
    let body: () -> T
    init(_ b: @escaping () -> T) { body = b }
}
