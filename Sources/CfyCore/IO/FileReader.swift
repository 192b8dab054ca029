// FileReader: the one way cfy reads a file. Never blocks on a FIFO, never reads a device or
// /proc file by mistake, never reads more than a documented limit.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Size limits for what cfy reads (docs/cli.md, "Limits").
public enum ReadLimit {
    /// A .cfy script or imported module: 16 MiB.
    public static let source = 16 << 20
    /// A params registry, lock file or other JSON cfy reads: 256 MiB.
    public static let data = 256 << 20
    /// An artifact's `_metadata.json` (curifactory writes a few hundred bytes): 1 MiB.
    public static let metadata = 1 << 20
}

/// What a path names, in words for an error: "a FIFO", "a directory", "a character device".
func fileKind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a FIFO"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFSOCK: return "a socket"
    case S_IFLNK: return "a symbolic link"
    default: return "a regular file"
    }
}

/// "16 MiB", "1 MiB", "300 bytes".
func sizeText(_ n: Int) -> String {
    n >= 1 << 20 && n % (1 << 20) == 0 ? "\(n >> 20) MiB" : "\(n) bytes"
}

/// Reads the file at `path` (following symlinks): nil when it does not exist. It must be a
/// regular file — or, with `allowStreams`, a pipe or character device (a script given as
/// `/dev/stdin` or `<(...)`) — of at most `limit` bytes; anything else is an error naming the
/// path and what is wrong. The file is opened without blocking, so a FIFO cannot hang the read.
///
/// ```swift
/// try readFile("data/runs/params_registry.json", limit: ReadLimit.data)   // bytes, or nil
/// try readFile("fifo", limit: 100)   // FileError: 'fifo' is a FIFO, not a regular file
/// ```
public func readFile(_ path: String, limit: Int, allowStreams: Bool = false) throws(FileError) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    if fd < 0 {
        if errno == ENOENT { return nil }
        throw FileError("cannot read", path)
    }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) != 0 { throw FileError("cannot read", path) }
    let type = st.st_mode & S_IFMT
    let stream = type == S_IFIFO || type == S_IFCHR
    guard type == S_IFREG || (allowStreams && stream) else {
        throw FileError(message: "cannot read '\(path)': it is \(fileKind(st.st_mode)), not a regular file")
    }
    if type == S_IFREG, isKernelFile(st) {
        throw FileError(message: "cannot read '\(path)': it is a file of the kernel (/proc or /sys), not a regular file")
    }
    let tooBig = FileError(message: "cannot read '\(path)': it is over the limit of \(sizeText(limit))")
    if type == S_IFREG, Int(st.st_size) > limit { throw tooBig }
    if type == S_IFIFO {
        // A FIFO no writer has opened yet reads as empty: wait for one, as `cat` or `python3` do.
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while poll(&p, 1, -1) < 0, errno == EINTR {}
    }
    // Blocking reads from here on (a pipe's writer may be slow; a regular file never waits).
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    var out: [UInt8] = []
    if type == S_IFREG { out.reserveCapacity(Int(st.st_size)) }
    var buf = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { if errno == EINTR { continue }; throw FileError("cannot read", path) }
        if n == 0 { break }
        if out.count + n > limit { throw tooBig }
        out.append(contentsOf: buf[0..<n])
    }
    return out
}

/// Whether the file is on the /proc or /sys file system (same device as those mount points),
/// whose "regular" files (/proc/self/environ...) are not files anyone meant cfy to read.
private func isKernelFile(_ st: stat) -> Bool {
    for mount in ["/proc", "/sys"] {
        var m = stat()
        if stat(mount, &m) == 0, m.st_dev == st.st_dev { return true }
    }
    return false
}
