// DigestCache: remembered MD5 digests of hash messages, so that what a sweep repeats (every field
// its variants share) costs a table probe, not a repr and an MD5. Every table is direct-mapped
// and exact: an entry holds its whole key, and a hit is a key compared equal.
//
//   by message: the message bytes (one MD5 block, at most 55 bytes);
//   by scalar:  the field name and an int, float or bool's exact bits, or a short string's bytes;
//   by object:  the field name and a list, tuple or dict's storage address; the entry keeps the
//               value, so that storage cannot change while cached (a change copies it first).

#if canImport(Glibc)
import Glibc
#endif

public final class DigestCache: @unchecked Sendable {
    static let messageEntries = 4096
    static let width = 56
    static let scalarEntries = 1024
    static let objectEntries = 512

    private let keys: UnsafeMutablePointer<UInt8>
    private let lengths: UnsafeMutablePointer<UInt8>
    private let digests: UnsafeMutablePointer<(UInt64, UInt64)>
    private let scalars: UnsafeMutablePointer<ScalarEntry>
    private let objects: UnsafeMutablePointer<ObjectEntry>
    var grid: GridConstant?
    /// The message buffer of the last hash, reused by the next (a hash run inside a hash function
    /// makes its own).
    var buffer: [UInt8] = []

    struct ScalarEntry {
        var name = ""
        var kind: UInt8 = 0
        var bits: (UInt64, UInt64) = (0, 0)
        var digest: (UInt64, UInt64) = (0, 0)
    }

    struct ObjectEntry {
        var name = ""
        var kind: UInt8 = 0
        var id: UInt = 0
        var keep: Value = .none
        var digest: (UInt64, UInt64) = (0, 0)
    }

    public init() {
        keys = .allocate(capacity: Self.messageEntries * Self.width)
        keys.initialize(repeating: 0, count: Self.messageEntries * Self.width)
        lengths = .allocate(capacity: Self.messageEntries)
        lengths.initialize(repeating: 0xFF, count: Self.messageEntries)   // 0xFF: empty
        digests = .allocate(capacity: Self.messageEntries)
        digests.initialize(repeating: (0, 0), count: Self.messageEntries)
        scalars = .allocate(capacity: Self.scalarEntries)
        scalars.initialize(repeating: ScalarEntry(), count: Self.scalarEntries)
        objects = .allocate(capacity: Self.objectEntries)
        objects.initialize(repeating: ObjectEntry(), count: Self.objectEntries)
    }

    deinit {
        keys.deallocate()
        lengths.deallocate()
        digests.deallocate()
        scalars.deinitialize(count: Self.scalarEntries)
        scalars.deallocate()
        objects.deinitialize(count: Self.objectEntries)
        objects.deallocate()
    }

    /// The digest of a message.
    func digest(_ m: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        let n = m.count
        guard n < Self.width, let base = m.baseAddress else { return MD5.digest(m) }
        var h: UInt64 = 0xcbf29ce484222325                 // FNV-1a over the bytes picks the entry
        for k in 0..<n { h = (h ^ UInt64(base.load(fromByteOffset: k, as: UInt8.self))) &* 0x100000001b3 }
        let e = Int(truncatingIfNeeded: (h ^ (h >> 29)) & UInt64(Self.messageEntries - 1))
        let key = keys + e * Self.width
        if Int(lengths[e]) == n, memcmp(key, base, n) == 0 { return digests[e] }
        let d = MD5.digest(m)
        key.update(from: base.assumingMemoryBound(to: UInt8.self), count: n)
        lengths[e] = UInt8(n)
        digests[e] = d
        return d
    }

    /// The digest of `name` + repr of a scalar whose exact value is (`kind`, `bits`).
    func scalarDigest(_ name: String, _ kind: UInt8, _ bits: (UInt64, UInt64),
                      _ compute: () -> (UInt64, UInt64)) -> (UInt64, UInt64) {
        var h = (bits.0 ^ (bits.1 &* 0xD6E8FEB86659FD93)) &* 0x9E3779B97F4A7C15
        h ^= UInt64(name.utf8.count) &* 0xC2B2AE3D27D4EB4F ^ UInt64(kind)
        h ^= h >> 31
        let p = scalars + Int(truncatingIfNeeded: h & UInt64(Self.scalarEntries - 1))
        if p.pointee.kind == kind, p.pointee.bits == bits, p.pointee.name == name { return p.pointee.digest }
        let d = compute()
        p.pointee = ScalarEntry(name: name, kind: kind, bits: bits, digest: d)
        return d
    }

    /// The digest of `name` + repr of a list, tuple or dict with storage `id` (nil from `compute`:
    /// not cached).
    func objectDigest(_ name: String, _ kind: UInt8, _ id: UInt, _ keep: Value,
                      _ compute: () throws -> (UInt64, UInt64)?) rethrows -> (UInt64, UInt64)? {
        var h = UInt64(id) &* 0x9E3779B97F4A7C15 ^ UInt64(kind)
        h ^= UInt64(name.utf8.count) &* 0xC2B2AE3D27D4EB4F
        h ^= h >> 29
        let p = objects + Int(truncatingIfNeeded: h & UInt64(Self.objectEntries - 1))
        if p.pointee.id == id, p.pointee.kind == kind, p.pointee.name == name { return p.pointee.digest }
        guard let d = try compute() else { return nil }
        p.pointee = ObjectEntry(name: name, kind: kind, id: id, keep: keep, digest: d)
        return d
    }
}

extension DigestCache {
    /// The sum over the fields a grid does not vary, for the grid's variants (one grid remembered:
    /// its spec and the storage its variants share, both kept so their identity holds).
    final class GridConstant {
        let spec: GridSpec
        let base: [Value]
        let sum: WideSum
        init(spec: GridSpec, base: [Value], sum: WideSum) { self.spec = spec; self.base = base; self.sum = sum }
    }

    func gridConstant(_ spec: GridSpec, _ base: [Value]) -> WideSum? {
        guard let g = grid, g.spec === spec, storageID(g.base) == storageID(base) else { return nil }
        return g.sum
    }

    func remember(_ spec: GridSpec, _ base: [Value], _ sum: WideSum) {
        grid = GridConstant(spec: spec, base: base, sum: sum)
    }

    private func storageID(_ xs: [Value]) -> UInt { xs.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
}

/// A string of at most 16 UTF-8 bytes as an exact key: its bytes, zero-padded (the length goes
/// into the kind).
func shortStringKey(_ s: String) -> (UInt64, UInt64)? {
    // Borrowed, not copied: `withUTF8` would need a mutable copy (a retain and a release).
    if let key = s.utf8.withContiguousStorageIfAvailable({ shortKey($0) }) { return key }
    var s = s
    return s.withUTF8 { shortKey($0) }
}

@inline(__always)
private func shortKey(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
    guard b.count <= 16 else { return nil }
    var key: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &key) { k in
        for i in 0..<b.count { k[i] = b[i] }
    }
    return key
}
