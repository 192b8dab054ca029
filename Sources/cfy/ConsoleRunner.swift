// ConsoleRunner: runs the commands of a ```console transcript (CfyCore's ConsoleTranscript reads
// them): the cfy executable itself as a subprocess (never through a shell), in a scratch directory
// that starts as a copy of the current directory's examples/ and is removed afterwards, each
// command with a time limit. It lives in the cfy executable, not CfyCore: CfyCore (the runtime)
// names no process API (Tests/CfyCoreTests/SandboxTests.swift).

import CfyCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ConsoleRunner: Sendable {
    /// The cfy executable to run (the running one: see `currentExecutable`).
    var executable: String
    /// Seconds a command may run before it is killed and fails.
    var timeout: Double

    init(executable: String, timeout: Double) {
        self.executable = executable; self.timeout = timeout
    }

    /// The path of the running executable (Linux: /proc/self/exe; else argv[0] made absolute).
    static func currentExecutable() -> String {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        let a0 = CommandLine.arguments.first ?? "cfy"
        return a0.hasPrefix("/") ? a0 : FileManager.default.currentDirectoryPath + "/" + a0
    }

    /// Runs the commands of one console block in order in one fresh scratch directory: what each
    /// printed, or why it did not finish (every command fails when no scratch directory can be made).
    func runBlock(_ commands: [[String]]) -> [ConsoleOutcome] {
        // A transcript whose command is `cfy test` of a page with transcripts would start cfy
        // again and again (each killed one's child living on): one level only.
        if ProcessInfo.processInfo.environment[Self.nestedMarker] != nil {
            return commands.map { _ in .failed("console transcripts do not run inside a console transcript (a `cfy test` run by one)") }
        }
        switch inScratchDirectory({ dir in commands.map { run($0, in: dir) } }) {
        case .success(let outcomes): return outcomes
        case .failure(let message): return commands.map { _ in .failed(message.text) }
        }
    }

    struct ScratchError: Error { var text: String }

    /// Makes a scratch directory holding a copy of `examples/` of the current directory (when there
    /// is one), runs `body` in it, and removes it.
    func inScratchDirectory<T>(_ body: (String) -> T) -> Result<T, ScratchError> {
        var template = Array((NSTemporaryDirectory() + "/cfy-doctest-XXXXXX").utf8CString)
        guard let dir = template.withUnsafeMutableBufferPointer({ b in b.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) } }) else {
            return .failure(ScratchError(text: "cannot make a scratch directory in \(NSTemporaryDirectory()): \(String(cString: strerror(errno)))"))
        }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: "examples", isDirectory: &isDir), isDir.boolValue {
            do { try fm.copyItem(atPath: "examples", toPath: dir + "/examples") } catch {
                return .failure(ScratchError(text: "cannot copy examples/ into the scratch directory \(dir): \(error.localizedDescription)"))
            }
        }
        return .success(body(dir))
    }

    /// Runs `cfy ARGUMENTS` in `directory` with NO_COLOR set and stdin empty.
    func run(_ arguments: [String], in directory: String) -> ConsoleOutcome {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env[Self.nestedMarker] = "1"
        let r = runSubprocess(executable, arguments, directory: directory, environment: env,
                              timeout: timeout, outputLimit: Self.outputLimit)
        var lines = Self.lines(r.stdout) + Self.lines(r.stderr)
        switch r.end {
        case .notStarted(let error): return .failed("cannot run \(executable): \(error.localizedDescription)")
        case .timedOut: return .failed("timed out: still running after \(formatSeconds(timeout)) seconds (killed)")
        case .overflowed: return .failed("printed more than \(Self.outputLimit >> 20) MiB (killed)")
        case .signaled(let n): lines.append("[signal \(n)]")
        case .exited(let status): if status != 0 { lines.append("[exit \(status)]") }
        }
        return .finished(lines)
    }

    /// The environment variable set for the commands a transcript runs.
    static let nestedMarker = "CFY_IN_CONSOLE_TRANSCRIPT"
    /// The most a command may print on each of stdout and stderr.
    static let outputLimit = 16 << 20

    /// Output bytes as lines (invalid UTF-8 shown as U+FFFD); a final newline ends the last line.
    static func lines(_ data: Data) -> [String] {
        guard !data.isEmpty else { return [] }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func formatSeconds(_ s: Double) -> String {
        s == s.rounded() && abs(s) < 1e9 ? String(Int(s)) : String(s)
    }
}
