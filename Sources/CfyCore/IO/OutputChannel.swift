// OutputChannel: the one way cfy writes to a descriptor — stdout, stderr, output files. write(2)
// in a loop (EINTR retried, EAGAIN waited out with poll), SIGPIPE ignored, every error kept.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes all of `bytes` to `fd`; returns 0, or the errno of the write that failed.
///
/// ```swift
/// let e = writeAll(1, Array("hi\n".utf8))   // 0, or EPIPE, ENOSPC, EBADF...
/// ```
public func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBytes { writeAll(fd, $0) }
}

/// Writes all of `buffer` to `fd`; returns 0 or the failing errno.
public func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
    guard let base = buffer.baseAddress else { return 0 }
    var off = 0
    while off < buffer.count {
        let n = write(fd, base + off, buffer.count - off)
        if n > 0 { off += n; continue }
        if n == 0 { return EIO }
        let e = errno
        if e == EINTR { continue }
        if e == EAGAIN || e == EWOULDBLOCK {            // a non-blocking descriptor: wait until it drains
            var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            _ = poll(&p, 1, -1)
            continue
        }
        return e
    }
    return 0
}

/// A buffered writer on one descriptor that remembers its first error (later writes are
/// dropped). stdout and stderr are `standardOutput` and `standardError`.
///
/// ```swift
/// standardOutput.write("x\n")
/// if !standardOutput.flush() { /* standardOutput.error is ENOSPC, EPIPE... */ }
/// ```
public final class OutputChannel: @unchecked Sendable {
    public let fd: Int32
    /// The errno of the first failed write (EBADF for a write to a descriptor closed at start), 0 if none.
    public private(set) var error: Int32 = 0
    /// Whether any write failed.
    public var failed: Bool { error != 0 }
    /// Flush after each write that ends a line (stdout on a terminal).
    public var lineBuffered = false
    /// Flush after every write (stderr).
    public var unbuffered: Bool
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    public init(fd: Int32, unbuffered: Bool = false) {
        self.fd = fd
        self.unbuffered = unbuffered
    }

    /// Appends `s`; writes the buffer out when it is full (or at once, as the mode says).
    public func write(_ s: String) {
        if closed, !s.isEmpty { error = EBADF }
        if error != 0 { return }
        buffer.append(contentsOf: s.utf8)
        if unbuffered || buffer.count >= capacity || (lineBuffered && s.utf8.last == 0x0A) { _ = flush() }
    }

    /// Writes out what is buffered; false when this or an earlier write failed.
    @discardableResult
    public func flush() -> Bool {
        if error == 0, !buffer.isEmpty { error = writeAll(fd, buffer) }
        buffer.removeAll(keepingCapacity: true)
        return error == 0
    }

    /// The descriptor was closed when cfy started (now /dev/null): the first write fails with EBADF.
    private var closed = false
    public func markClosed() { closed = true }

    /// The error in words: `Bad file descriptor`.
    public var errorText: String { String(cString: strerror(error)) }
}

/// Descriptor 1, fully buffered (line-buffered on a terminal: see `prepareStandardStreams`).
public let standardOutput = OutputChannel(fd: 1)
/// Descriptor 2, unbuffered.
public let standardError = OutputChannel(fd: 2, unbuffered: true)

/// Call first thing: ignores SIGPIPE (a closed pipe is then an EPIPE error, not death), and puts
/// /dev/null on any of descriptors 0-2 that is closed, so a file cfy opens never lands on one
/// (and a diagnostic never goes into it). Writing to a stdout or stderr that was closed fails
/// with EBADF (so `cfy run x.cfy >&-` exits 1 if the script prints, 0 if it does not).
public func prepareStandardStreams() {
    signal(SIGPIPE, SIG_IGN)
    for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
        let null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
        if null >= 0, null != fd { _ = dup2(null, fd); close(null) }
        if fd == 1 { standardOutput.markClosed() }
        if fd == 2 { standardError.markClosed() }
    }
    standardOutput.lineBuffered = isatty(1) == 1
}
