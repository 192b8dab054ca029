// Subprocess: runs a program directly (never through a shell) with stdin empty, reading its stdout
// and stderr side by side so that neither pipe fills up while the other is read, with an optional
// time limit and output limit. Only the command line starts processes (the runtime never does):
// git for `cfy diff REV:PATH` (GitRevision.swift), cfy itself for the commands of a Markdown
// page's console transcripts (ConsoleRunner.swift).

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct SubprocessResult {
    enum End {
        case exited(Int32)
        case signaled(Int32)
        /// Killed after the time limit.
        case timedOut
        /// Killed for printing more than the output limit on stdout or stderr.
        case overflowed
        case notStarted(any Error)
    }
    var end: End
    var stdout = Data()
    var stderr = Data()
}

/// Runs `executable ARGUMENTS` in `directory` (nil: the current one) with `environment` (nil:
/// this process's). Past `timeout` seconds, or past `outputLimit` bytes on either stream (the
/// rest is read and dropped), the process is killed.
func runSubprocess(_ executable: String, _ arguments: [String], directory: String? = nil,
                   environment: [String: String]? = nil, timeout: Double? = nil,
                   outputLimit: Int = .max) -> SubprocessResult {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
    if let environment { p.environment = environment }
    let outPipe = Pipe(), errPipe = Pipe()
    p.standardOutput = outPipe
    p.standardError = errPipe
    p.standardInput = FileHandle.nullDevice
    let exited = DispatchSemaphore(value: 0)
    p.terminationHandler = { _ in exited.signal() }
    do { try p.run() } catch { return SubprocessResult(end: .notStarted(error)) }
    let pid = p.processIdentifier
    let out = Collected(), errs = Collected()
    let readers = DispatchGroup()
    for (pipe, box) in [(outPipe, out), (errPipe, errs)] {
        DispatchQueue.global().async(group: readers) {
            let h = pipe.fileHandleForReading
            while true {
                let chunk = h.availableData
                if chunk.isEmpty { break }
                if box.data.count + chunk.count > outputLimit {
                    if !box.overflowed { box.overflowed = true; kill(pid, SIGKILL) }
                } else {
                    box.data.append(chunk)
                }
            }
        }
    }
    if let timeout {
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            kill(pid, SIGKILL)
            exited.wait(); readers.wait()
            return SubprocessResult(end: .timedOut, stdout: out.data, stderr: errs.data)
        }
    } else {
        exited.wait()
    }
    readers.wait()
    if out.overflowed || errs.overflowed { return SubprocessResult(end: .overflowed, stdout: out.data, stderr: errs.data) }
    let end: SubprocessResult.End = p.terminationReason == .uncaughtSignal ? .signaled(p.terminationStatus) : .exited(p.terminationStatus)
    return SubprocessResult(end: end, stdout: out.data, stderr: errs.data)
}

/// One stream's bytes, filled by its reader.
private final class Collected: @unchecked Sendable {
    var data = Data()
    var overflowed = false
}
