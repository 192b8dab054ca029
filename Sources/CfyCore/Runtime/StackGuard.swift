// StackGuard: deep recursion (in cfy functions or in deeply nested data) becomes a RecursionError
// long before the native stack runs out, on whatever thread the interpreter runs.

#if canImport(Glibc)
import Glibc
#endif

enum StackGuard {
    /// Bytes kept free below the limit for the error path itself.
    static let margin: UInt = 512 * 1024

    /// The lowest safe stack address for the current thread, or nil when unknown.
    static func currentLimit() -> UInt? {
        #if canImport(Glibc)
        var attr = pthread_attr_t()
        guard cfy_pthread_getattr_np(pthread_self(), &attr) == 0 else { return nil }
        defer { pthread_attr_destroy(&attr) }
        var addr: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &addr, &size) == 0, let a = addr, size > Int(margin) * 2 else { return nil }
        return UInt(bitPattern: a) + margin
        #else
        return nil
        #endif
    }

    /// An address in the caller's frame.
    @inline(__always) static func here() -> UInt {
        var x: UInt8 = 0
        return withUnsafeMutablePointer(to: &x) { UInt(bitPattern: $0) }
    }
}

#if canImport(Glibc)
/// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not export).
@_silgen_name("pthread_getattr_np")
private func cfy_pthread_getattr_np(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// Per-thread limit used by the recursive helpers on values (equality, hashing keys, ...).
/// Set by the interpreter before it runs code; 0 disables the check.
nonisolated(unsafe) var stackLowWater: UInt = 0
/// Set when a recursive helper gave up because the stack was nearly exhausted.
nonisolated(unsafe) var stackExhausted = false

/// True (and flags it) when the native stack is nearly used up.
@inline(__always) func stackIsLow() -> Bool {
    if stackLowWater != 0 && StackGuard.here() < stackLowWater { stackExhausted = true; return true }
    return false
}
