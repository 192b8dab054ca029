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

/// Thread-local state: the low-water address of this thread's stack (0: no check) and whether a
/// recursive helper gave up because the stack was nearly exhausted.
private let lowKey: pthread_key_t = { var k = pthread_key_t(); pthread_key_create(&k, nil); return k }()
private let exhaustedKey: pthread_key_t = { var k = pthread_key_t(); pthread_key_create(&k, nil); return k }()

var stackLowWater: UInt {
    get { UInt(bitPattern: pthread_getspecific(lowKey)) }
    set { pthread_setspecific(lowKey, UnsafeRawPointer(bitPattern: newValue)) }
}

var stackExhausted: Bool {
    get { pthread_getspecific(exhaustedKey) != nil }
    set { pthread_setspecific(exhaustedKey, newValue ? UnsafeRawPointer(bitPattern: 1) : nil) }
}

/// True (and flags it) when the native stack is nearly used up.
@inline(__always) func stackIsLow() -> Bool {
    let low = stackLowWater
    if low != 0 && StackGuard.here() < low { stackExhausted = true; return true }
    return false
}
