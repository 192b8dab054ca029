// DirectoryLock: an advisory lock on a directory, so concurrent cfy processes updating one file
// (with writeFile, IO/FileWriter.swift) never lose each other's changes.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Holds `flock(LOCK_EX)` on a directory while `body` runs (blocking until it is free).
///
/// ```swift
/// try withDirectoryLock("data/runs") { try writeFile("data/runs/params_registry.json", bytes) }
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

/// Whether `path` is an existing directory.
public func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
}

extension Diagnostic {
    /// An error about a file or directory rather than a line of cfy: shown as `PATH: error: MESSAGE`.
    public static func file(_ path: String, _ message: String, kind: ErrorKind = .osError) -> Diagnostic {
        Diagnostic(message, at: .none, in: Source(name: path, text: ""), kind: kind)
    }
}
