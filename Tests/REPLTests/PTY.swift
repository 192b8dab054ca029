// PTY: the real cfy binary driven under a pseudo-terminal, as a user at a terminal would.
//
// Measured pitfalls this follows: Swift Testing runs tests on threads that block SIGINT and a child
// inherits the mask, so the child resets it before execve; argv/envp are built before forking;
// keys are sent only once the prompt is shown and the tty has left canonical mode; tests assert on
// the program's own output (lines it prints), not on libedit's redraw; TERM=xterm.

import Foundation
import Glibc

struct PTYFailure: Error, CustomStringConvertible {
    var description: String
}

/// The `cfy` binary that `swift build` made: beside this test bundle, or in .build/debug.
func cfyBinary() throws -> String {
    var candidates: [String] = []
    if let exe = CommandLine.arguments.first {
        candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("cfy").path)
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug/cfy").path)
    for c in candidates where FileManager.default.isExecutableFile(atPath: c) { return c }
    throw PTYFailure(description: "the cfy binary is missing (looked at \(candidates)); run `swift build` first")
}

/// A cfy process on a pseudo-terminal.
///
/// ```swift
/// let p = try PTY(home: dir)
/// try p.waitForPrompt()
/// p.send("6 * 7\r")
/// try p.expectLine("42")
/// ```
final class PTY {
    let pid: pid_t
    let master: Int32
    private var raw: [UInt8] = []
    /// Offset in `text` after the last match: expectations look only at what comes after it.
    private var cursor: String.Index?
    private var exitStatus: Int32?

    /// Starts cfy with `args` in `directory`, with HOME there and a history file in it, on a
    /// window `columns` wide.
    init(home: String, args: [String] = [], environment extra: [String: String] = [:], directory: String? = nil,
         columns: UInt16 = 120) throws {
        let binary = try cfyBinary()
        var env = ["TERM": "xterm", "HOME": home, "CFY_HISTORY": home + "/history", "LANG": "C.UTF-8",
                   "PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        for (k, v) in extra { env[k] = v.isEmpty ? nil : v }
        // Everything the child touches is made before fork (only async-signal-safe calls after it).
        let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: args.count + 2)
        for (i, a) in ([binary] + args).enumerated() { argv[i] = strdup(a) }
        argv[args.count + 1] = nil
        let pairs = env.sorted { $0.key < $1.key }
        let envp = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: pairs.count + 1)
        for (i, kv) in pairs.enumerated() { envp[i] = strdup("\(kv.key)=\(kv.value)") }
        envp[pairs.count] = nil
        let cwdCopy = strdup(directory ?? home)
        defer {
            for i in 0..<(args.count + 1) { free(argv[i]) }
            for i in 0..<pairs.count { free(envp[i]) }
            argv.deallocate(); envp.deallocate(); free(cwdCopy)
        }
        guard let cwd = cwdCopy, let path = argv[0] else { throw PTYFailure(description: "out of memory") }
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var fd: Int32 = -1
        let child = forkpty(&fd, nil, nil, &size)
        if child == 0 {
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            signal(SIGINT, SIG_DFL)
            _ = chdir(cwd)
            execve(path, argv, envp)
            _exit(127)
        }
        guard child > 0 else { throw PTYFailure(description: "forkpty failed: errno \(errno)") }
        pid = child
        master = fd
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var st: Int32 = 0
            waitpid(pid, &st, 0)
        }
        close(master)
    }

    /// Makes the window `columns` wide (the program gets SIGWINCH).
    func resize(columns: UInt16) {
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Sends keys as typed bytes ("\r" is Enter, "\t" Tab, "\u{3}" Ctrl-C, "\u{4}" Ctrl-D).
    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if n > 0 { off += n } else if errno != EAGAIN && errno != EINTR { return } else { usleep(1000) }
        }
    }

    /// Reads what the program wrote, waiting up to `seconds` for something to arrive.
    private func pump(_ seconds: Double) {
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, Int32(seconds * 1000)) > 0 else { return }
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(master, &buf, buf.count)
            if n <= 0 { return }
            raw += buf[0..<n]
        }
    }

    /// Everything the terminal showed, escape sequences included.
    var rawText: String { String(decoding: raw, as: UTF8.self) }

    /// Everything the terminal showed, with escape sequences and carriage returns removed.
    var text: String {
        var out = ""
        var it = String(decoding: raw, as: UTF8.self).unicodeScalars.makeIterator()
        while let u = it.next() {
            if u == "\u{1B}" {
                guard let n = it.next() else { break }
                if n == "[" { while let c = it.next(), !(0x40...0x7E).contains(c.value) {} }
                continue
            }
            if u == "\r" || u == "\u{7}" || u == "\u{1}" { continue }
            out.unicodeScalars.append(u)
        }
        return out
    }

    /// What arrived after the last match.
    var unread: String {
        let t = text
        guard let c = cursor, c <= t.endIndex else { return t }
        return String(t[c...])
    }

    /// Waits until `needle` appears after the last match; returns the text up to and including it.
    @discardableResult
    func expect(_ needle: String, timeout: Double = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let t = text
            let start = (cursor.map { $0 <= t.endIndex ? $0 : t.startIndex }) ?? t.startIndex
            if let r = t.range(of: needle, range: start..<t.endIndex) {
                cursor = r.upperBound
                return String(t[start..<r.upperBound])
            }
            if Date() > deadline {
                throw PTYFailure(description: "timed out waiting for \(needle.debugDescription); after the last match: "
                                 + String(t[start...]).debugDescription)
            }
            pump(0.05)
        }
    }

    /// Waits for a whole line equal to `line` (the program's own output, not an echo of typed keys).
    func expectLine(_ line: String, timeout: Double = 20) throws {
        try expect("\n" + line + "\n", timeout: timeout)
    }

    /// Types `line` and Enter, then waits for the next prompt (an entry whose output is not checked).
    func enter(_ line: String) throws {
        send(line + "\r")
        try waitForPrompt()
    }

    /// Waits for the prompt, then for libedit to put the tty in raw mode (ready for keys).
    func waitForPrompt(_ prompt: String = "cfy> ", timeout: Double = 20) throws {
        try expect(prompt, timeout: timeout)
        try waitForTTY(canonical: false, timeout: timeout)
    }

    /// Waits until the tty is (or is not) in canonical mode: raw while libedit edits, cooked
    /// (with ISIG, so Ctrl-C is SIGINT) while a statement runs.
    func waitForTTY(canonical: Bool, timeout: Double = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var t = termios()
            if tcgetattr(master, &t) == 0, ((t.c_lflag & tcflag_t(ICANON)) != 0) == canonical { return }
            pump(0.02)
        }
        throw PTYFailure(description: "the tty never became \(canonical ? "canonical" : "raw")")
    }

    /// Waits for the process to end; its exit status (128+N for signal N).
    func waitForExit(timeout: Double = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var st: Int32 = 0
            if waitpid(pid, &st, WNOHANG) == pid {
                let code = (st & 0x7F) == 0 ? (st >> 8) & 0xFF : 128 + (st & 0x7F)
                exitStatus = code
                pump(0.05)
                return code
            }
            pump(0.05)
        }
        throw PTYFailure(description: "cfy did not exit; it showed: " + unread.debugDescription)
    }
}

/// Runs the cfy binary with `args`, stdin from `input` (a pipe: not a terminal).
func runCfy(_ args: [String], input: String = "", environment: [String: String] = [:],
            directory: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: try cfyBinary())
    p.arguments = args
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }
    p.environment = env
    if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
    p.standardInput = inPipe
    p.standardOutput = outPipe
    p.standardError = errPipe
    try p.run()
    inPipe.fileHandleForWriting.write(Data(input.utf8))
    try inPipe.fileHandleForWriting.close()
    let out = outPipe.fileHandleForReading.readDataToEndOfFile()
    let err = errPipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}
