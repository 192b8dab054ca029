// Teardown: frees a deeply nested value without recursion. Swift's destructors of arrays and
// indirect enum boxes release their children recursively, one native frame per level, so a list
// nested millions of levels deep (`for i in range(N) { v = [v] }`) would overflow the stack when
// dropped. Every place that drops a script's values (a variable overwritten, a scope ended, the
// REPL's :reset) hands the old value here: containers it alone owns are taken apart on a work
// list, so no release ever recurses more than one level (CPython's "trashcan" does the same).

enum Teardown {
    /// Drops `v` (left as `None`; pass the only copy, so that nothing else keeps it alive).
    /// Scalars cost one tag test; a container holding containers goes through `dropContainer`.
    @inline(__always) static func drop(_ v: inout Value) {
        if isNested(v) { dropContainer(&v) }    // not inside a `switch v`: it holds a copy; flat values free in one level
    }

    /// Drops a container: each storage this value alone owns has its container children moved
    /// to the work list before it is released, so its release finds them still held (no
    /// recursion). Shared storage is not entered (dropping our reference frees nothing below it),
    /// nor is a child whose elements are all scalars (its release is one level deep).
    @inline(never) static func dropContainer(_ v: inout Value) {
        var work: [Value] = []
        var x = Value.none
        swap(&x, &v)
        while true {
            detach(&x, into: &work)
            guard !work.isEmpty else { return }
            x = work.removeLast()
        }
    }

    /// Moves the nested containers of `x` that would be freed with it onto `work`, then releases
    /// `x` (left as `None`). The parts are copied out in a scope that ends before `x` lets go of
    /// them, so that ours are then the only references when nothing else holds them.
    private static func detach(_ x: inout Value, into work: inout [Value]) {
        var items: [Value] = []
        var dict: PyDict?
        var inst: Instance?
        var set: PySet?
        var receiver: Value?
        switch x {
        case .list(let a), .tuple(let a): items = a
        case .dict(let d): dict = d
        case .set(let s): set = s
        case .instance(let i): inst = i
        case .method(let m): receiver = m.receiver
        default: break
        }
        x = .none
        if !items.isEmpty { pushChildren(of: &items, into: &work) }
        if dict != nil { dict?.detachChildren(into: &work) }
        if inst != nil { inst?.detachChildren(into: &work) }
        if set != nil { set?.detachChildren(into: &work) }
        if let r = receiver, isNested(r) { work.append(r) }
    }

    /// Pushes the nested children of `items` when its storage is owned here alone.
    static func pushChildren(of items: inout [Value], into work: inout [Value]) {
        guard isUnique(&items) else { return }
        for e in items where isNested(e) { work.append(e) }
    }

    /// Whether releasing `v` could recurse more than one level: a container holding a container.
    static func isNested(_ v: Value) -> Bool {
        switch v {
        case .list(let a), .tuple(let a): return a.contains(where: isContainer)
        case .dict(let d): return d.holdsContainer
        case .instance(let i): return i.holdsContainer
        case .set(let s): return s.holdsContainer
        case .method: return true
        default: return false
        }
    }

    @inline(__always) static func isContainer(_ v: Value) -> Bool {
        switch v {
        case .list, .tuple, .dict, .instance, .method, .set: return true
        default: return false
        }
    }

    /// Whether the storage of `a` has no other owner (an array is one reference to its storage
    /// object; the empty array's shared storage and static literals are never unique). The
    /// reference is read as a concrete class: through `AnyObject` the check would see a copy.
    static func isUnique<T>(_ a: inout [T]) -> Bool {
        guard MemoryLayout<[T]>.size == MemoryLayout<StorageProbe>.size else { return false }
        return withUnsafeMutablePointer(to: &a) { p in
            p.withMemoryRebound(to: StorageProbe.self, capacity: 1) { isKnownUniquelyReferenced(&$0.pointee) }
        }
    }
}

/// Stands for an array's storage object in `Teardown.isUnique` (only its reference count is read).
private final class StorageProbe {}
