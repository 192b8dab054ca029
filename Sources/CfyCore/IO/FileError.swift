// FileError: why a file or stream operation failed, in words for a diagnostic.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file operation failed: `cannot write 'out.json': No space left on device`.
public struct FileError: Error, Sendable, CustomStringConvertible {
    public var description: String
    /// The errno behind it (0 when the problem is not a system call's).
    public var code: Int32

    init(_ what: String, _ path: String, errno code: Int32 = errno) {
        description = "\(what) '\(path)': \(String(cString: strerror(code)))"
        self.code = code
    }

    init(message: String) {
        description = message
        code = 0
    }
}
