// cfy-dev: the developer tools that are not part of cfy (test-only and benchmark code).
//
//   cfy-dev selfcheck floats|scalars|strings FILE   cfy's reprs against a golden file CPython
//                                                   wrote (scripts/golden/repr.py; scripts/repr-parity)
//   cfy-dev md5-floor FILE                          the MD5 floor of hashing (scripts/bench)

#if canImport(Glibc)
import Glibc
#endif

/// Writes a line to stderr (descriptor 2; libc's `stderr` global is not concurrency-safe in Swift 6).
func complain(_ s: String) { _ = s.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) } }

let argv = CommandLine.arguments
if argv.count == 4, argv[1] == "selfcheck" {
    exit(selfCheck(kind: argv[2], file: argv[3]))
}
if argv.count == 3, argv[1] == "md5-floor" {
    exit(md5Floor(argv[2]))
}
complain("usage: cfy-dev selfcheck floats|scalars|strings FILE | cfy-dev md5-floor FILE\n")
exit(2)
