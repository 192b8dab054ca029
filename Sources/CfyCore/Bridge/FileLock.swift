// FileLock: an advisory lock on a directory and atomic file replacement, so concurrent cfy
// processes updating one file never lose each other's changes or leave a half-written file.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file operation failed, in words for a diagnostic.
public struct FileError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ what: String, _ path: String, errno code: Int32 = errno) {
        description = "\(what) '\(path)': \(String(cString: strerror(code)))"
    }
    init(message: String) { description = message }
}

/// Holds `flock(LOCK_EX)` on a directory while `body` runs (blocking until it is free).
///
/// ```swift
/// try withDirectoryLock("data/runs") { try replaceFile("data/runs/params_registry.json", with: text) }
/// ```
public func withDirectoryLock<T>(_ dir: String, _ body: () throws -> T) throws -> T {
    let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if fd < 0 { throw FileError("cannot open directory", dir) }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
        if errno != EINTR { throw FileError("cannot lock directory", dir) }
    }
    defer { _ = flock(fd, LOCK_UN) }
    return try body()
}

/// Reads a whole file; nil when it does not exist.
public func readFileIfPresent(_ path: String) throws -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
        if errno == ENOENT { return nil }
        throw FileError("cannot read", path)
    }
    defer { close(fd) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { if errno == EINTR { continue }; throw FileError("cannot read", path) }
        if n == 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    return out
}

/// Replaces `path` with `bytes` atomically: a temporary file in the same directory is written,
/// flushed to disk and renamed over `path`, so readers see the old file or the new one, never a
/// part. The old file's permissions are kept. On failure no temporary file is left behind.
public func replaceFile(_ path: String, with bytes: [UInt8]) throws {
    let slash = path.lastIndex(of: "/")
    let dir = slash.map { String(path[..<$0]) } ?? "."
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let tmp = (dir.isEmpty ? "" : dir + "/") + ".\(base).cfy-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    var mode: mode_t = 0o666
    var st = stat()
    let existing = stat(path, &st) == 0
    if existing { mode = st.st_mode & 0o7777 }
    let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    if fd < 0 { throw FileError("cannot write to", dir.isEmpty ? "/" : dir) }
    var ok = false
    defer { if !ok { unlink(tmp) } }
    do {
        defer { close(fd) }
        if existing { _ = fchmod(fd, mode) }
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw FileError("cannot write", tmp) }
            off += n
        }
        if fsync(fd) != 0 { throw FileError("cannot flush", tmp) }
    }
    if rename(tmp, path) != 0 { throw FileError("cannot replace", path) }
    ok = true
    let dfd = open(dir.isEmpty ? "/" : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 { _ = fsync(dfd); close(dfd) }
}

/// Whether `path` is an existing directory.
public func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
}

extension Diagnostic {
    /// An error about a file or directory rather than a line of cfy: shown as `PATH: error: MESSAGE`.
    public static func file(_ path: String, _ message: String, kind: String = "OSError") -> Diagnostic {
        Diagnostic(message, at: .none, in: Source(name: path, text: ""), kind: kind)
    }
}
