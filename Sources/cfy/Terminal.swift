// Terminal: output, colour, diagnostics, and running the interpreter on a large stack.

import ArgumentParser
import CfyCore
import Foundation

/// Our own buffered FILE on descriptor 1 (libc's `stdout` global is not concurrency-safe in Swift 6).
nonisolated(unsafe) let outFile: UnsafeMutablePointer<FILE>? = fdopen(1, "w")

/// Writes to stdout through a libc buffer.
func out(_ s: String) { if let f = outFile { fputs(s, f) } }

func flushOut() { if let f = outFile { fflush(f) } }

/// Full buffering for stdout (flushed before anything goes to stderr, and at exit); line
/// buffering on a terminal, so that a long script's prints show as they happen.
func bufferOut() { if let f = outFile { setvbuf(f, nil, isatty(1) == 1 ? _IOLBF : _IOFBF, 1 << 16) } }

/// Writes to stderr, unbuffered, after flushing stdout so the two interleave in order.
func err(_ s: String) {
    flushOut()
    FileHandle.standardError.write(Data(s.utf8))
}

/// Set by `--no-color`.
nonisolated(unsafe) var colorDisabled = false

/// Colour only on a terminal, and never with NO_COLOR set or `--no-color`.
func useColor(_ fd: Int32) -> Bool {
    !colorDisabled && isatty(fd) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}

func report(_ d: Diagnostic) { err(d.render(color: useColor(2)) + "\n") }

/// Reads a script file as a Source; an unreadable file or invalid UTF-8 is a Diagnostic.
func loadSource(_ path: String) -> Result<Source, Diagnostic> {
    guard let data = FileManager.default.contents(atPath: path) else {
        var isDir: ObjCBool = false
        let why = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            ? (isDir.boolValue ? "is a directory" : "cannot be read") : "no such file"
        return .failure(Diagnostic("cannot open '\(path)': \(why)", at: .none, in: Source(name: path, text: ""), kind: "FileNotFoundError"))
    }
    let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return decodeSource([UInt8](data), name: path, directory: dir)
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
func makeSession(overwrite: Bool = false, stream: Bool = true) -> Session {
    let s = Session()
    s.interpreter.overwriteAll = overwrite
    s.interpreter.warn = { report($0) }
    if stream { s.stream = { out($0) } }
    return s
}

private final class BigStackBox<T>: @unchecked Sendable {
    var value: T?
    let body: () -> T
    init(_ b: @escaping () -> T) { body = b }
}
