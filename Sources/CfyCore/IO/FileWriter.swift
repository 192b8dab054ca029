// FileWriter: the one way cfy writes an output file (export -o, lock -o, --junit, test --update,
// the REPL's :save, the params registry). Symlinks are followed to the real file; a regular file
// is replaced atomically (keeping its mode); a FIFO or character device is written directly.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `bytes` as the content of `path`, as docs/cli.md ("Output files") describes:
/// - `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: written to that descriptor.
/// - a symlink (or chain of them): the file it points to is written, the link kept.
/// - a regular file (or none yet): a temporary file in the same directory is written, flushed
///   to disk and renamed over it, so readers see the old content or the new, never a part; the
///   old file's mode is kept. A read-only file (no write permission for us, or no write bit
///   at all) is refused. A file with several hard links is
///   refused (replacing it would split it from its other names, writing in place is not atomic).
/// - a FIFO: written only when a reader has it open (else an error, never a hang); a character
///   device: written directly. Directories, block devices and sockets are refused.
/// On failure nothing is left behind and the target is unchanged.
///
/// ```swift
/// try writeFile("out/params.py", Array(text.utf8))
/// ```
public func writeFile(_ path: String, _ bytes: [UInt8]) throws(FileError) {
    if let fd = standardDescriptor(path) {
        if fd == 1 || fd == 2 {                 // through the channel: in order, and its errors kept
            let ch = fd == 1 ? standardOutput : standardError
            ch.write(String(decoding: bytes, as: UTF8.self))
            if !ch.flush() { throw FileError("cannot write", path, errno: ch.error) }
            return
        }
        let e = writeAll(fd, bytes)
        if e != 0 { throw FileError("cannot write", path, errno: e) }
        return
    }
    let target = try resolveLinks(path)
    var st = stat()
    guard stat(target, &st) == 0 else {
        if errno == ENOENT { return try replaceRegular(target, bytes, old: nil) }
        throw FileError("cannot write", path)
    }
    switch st.st_mode & S_IFMT {
    case S_IFREG:
        // No write bit at all is read-only even for root (who passes access()).
        if access(target, W_OK) != 0 { throw FileError("cannot write", path) }
        if st.st_mode & 0o222 == 0 { throw FileError("cannot write", path, errno: EACCES) }
        if st.st_nlink > 1 {
            throw FileError(message: "cannot write '\(path)': it has \(st.st_nlink) hard links, and replacing it would "
                            + "separate it from the others (copy it to make it a file of its own)")
        }
        try replaceRegular(target, bytes, old: st)
    case S_IFIFO, S_IFCHR:
        // O_NONBLOCK: a FIFO without a reader fails with ENXIO instead of waiting for one.
        let fd = open(target, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        if fd < 0 {
            if errno == ENXIO { throw FileError(message: "cannot write '\(path)': it is a FIFO and nothing is reading it") }
            throw FileError("cannot write", path)
        }
        defer { close(fd) }
        let e = writeAll(fd, bytes)
        if e != 0 { throw FileError("cannot write", path, errno: e) }
    default:
        throw FileError(message: "cannot write '\(path)': it is \(fileKind(st.st_mode)), not a regular file")
    }
}

/// The descriptor a path such as /dev/stdout or /dev/fd/3 names, if it names one.
func standardDescriptor(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default:
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let n = Int32(path.dropFirst(prefix.count)), n >= 0, fcntl(n, F_GETFD) != -1 { return n }
        }
        return nil
    }
}

/// `path` with every symlink in its last component followed (up to 40, as the kernel allows);
/// the result may not exist yet (a link to a file still to be created).
func resolveLinks(_ path: String) throws(FileError) -> String {
    var p = path
    for _ in 0..<40 {
        var st = stat()
        guard lstat(p, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return p }
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(p, &buf, buf.count - 1)
        if n < 0 { throw FileError("cannot follow the link", path) }
        let dest = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if dest.hasPrefix("/") { p = dest } else {
            let dir = p.lastIndex(of: "/").map { String(p[...$0]) } ?? ""
            p = dir + dest
        }
    }
    throw FileError("cannot follow the link", path, errno: ELOOP)
}

/// A temporary file beside `path`, written, flushed and renamed over it, with the mode (and,
/// when we may, the owner) of the file it replaces (`old`; nil: a new file, 0666 less the umask).
private func replaceRegular(_ path: String, _ bytes: [UInt8], old: stat?) throws(FileError) {
    let slash = path.lastIndex(of: "/")
    let dir = slash.map { String(path[...$0]) } ?? ""
    let base = String((slash.map { String(path[path.index(after: $0)...]) } ?? path).utf8.prefix(200)) ?? "out"
    let tmp = dir + ".\(base).cfy-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    let mode = old.map { $0.st_mode & 0o7777 }
    let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o666)
    if fd < 0 { throw FileError("cannot write to", dir.isEmpty ? "." : dir) }
    var ok = false
    defer { if !ok { unlink(tmp) } }
    do {
        defer { close(fd) }
        if let old, old.st_uid != geteuid() || old.st_gid != getegid() { _ = fchown(fd, old.st_uid, old.st_gid) }
        if let mode { _ = fchmod(fd, mode) }
        let e = writeAll(fd, bytes)
        if e != 0 { throw FileError("cannot write", path, errno: e) }
        if fsync(fd) != 0 { throw FileError("cannot flush", path) }
    }
    if rename(tmp, path) != 0 { throw FileError("cannot replace", path) }
    ok = true
    let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 { _ = fsync(dfd); close(dfd) }
}
