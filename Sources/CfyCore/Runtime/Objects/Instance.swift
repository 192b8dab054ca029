// Instance: an instance of a cfy class — its class, and its field values (stored plainly, or as
// a grid variant that shares its storage with the grid's other variants).

/// An instance of a cfy class: its class and one value per field, in field order.
///
/// The variants of a grid share their base's storage and hold only their number in the grid:
/// their axis values and their name come from the grid (`GridSpec`) when read, so a million
/// variants of a 14-field set cost ~110 bytes each, not ~700. Any change to a variant makes its
/// fields plain first.
public struct Instance: Sendable {
    /// The class and the origin (and for a grid variant, the grid), shared by every instance one
    /// call site makes.
    private var meta: InstanceMeta
    private var storage: Storage

    /// Plain values, or variant `index` of the grid in `meta`, over the `base` values it shares.
    /// (The grid itself is in `meta`, which keeps an instance as small as a `Value` allows.)
    private enum Storage: Sendable {
        case fields([Value])
        case variant(base: [Value], index: Int)
    }

    public init(cls: ClassInfo, values: [Value], origin: Origin? = nil) {
        meta = InstanceMeta(cls, origin)
        storage = .fields(values)
    }

    /// Plain values sharing a call site's `meta`.
    init(meta: InstanceMeta, values: [Value]) {
        self.meta = meta
        storage = .fields(values)
    }

    /// Variant `index` of the grid in `meta` (`meta.grid` is set), sharing `base`.
    init(variant index: Int, of base: [Value], meta: InstanceMeta) {
        self.meta = meta
        storage = meta.grid == nil ? .fields(base) : .variant(base: base, index: index)
    }

    public var cls: ClassInfo { meta.cls }

    /// Where it was made (for lints); shared by all variants one call makes.
    public var origin: Origin? {
        get { meta.origin }
        set { meta = InstanceMeta(meta.cls, newValue, grid: meta.grid) }
    }

    /// All field values, in field order.
    public var values: [Value] {
        get {
            switch storage {
            case .fields(let xs): return xs
            case .variant(let base, let n): return meta.grid?.materialize(base, variant: n) ?? base
            }
        }
        set { storage = .fields(newValue) }
    }

    /// Field `i`.
    public subscript(i: Int) -> Value {
        get {
            switch storage {
            case .fields(let xs): return xs[i]
            case .variant(let base, let n): return meta.grid?.value(field: i, variant: n) ?? base[i]
            }
        }
        set { modify(i) { $0 = newValue } }
    }

    /// Changes field `i` in place (a grid variant's fields become plain first).
    mutating func modify(_ i: Int, _ f: (inout Value) throws -> Void) rethrows {
        var xs: [Value]
        switch storage {
        case .fields(let v): xs = v
        case .variant: xs = values
        }
        storage = .fields([])           // `xs` holds the only reference: changed in place
        defer { storage = .fields(xs) }
        try f(&xs[i])
    }

    /// This instance as a grid variant, untouched since `grid()` made it.
    var gridVariant: GridVariant? {
        guard case .variant(let base, let n) = storage, let g = meta.grid else { return nil }
        return GridVariant(spec: g, index: n, base: base)
    }

    public func get(_ field: String) -> Value? { cls.fieldIndex[field].map { self[$0] } }

    /// For `Teardown`: whether a field holds a container (releasing this instance could recurse
    /// further).
    var holdsContainer: Bool {
        switch storage {
        case .fields(let xs), .variant(let xs, _): return xs.contains(where: Teardown.isContainer)
        }
    }

    /// For `Teardown`: moves the nested field values this instance alone holds into `work`.
    mutating func detachChildren(into work: inout [Value]) {
        switch storage {                // the storage let go of first, so that `xs` may be its only holder
        case .fields(var xs):
            storage = .fields([])
            Teardown.pushChildren(of: &xs, into: &work)
            storage = .fields(xs)
        case .variant(var xs, let n):
            storage = .fields([])
            Teardown.pushChildren(of: &xs, into: &work)
            storage = .variant(base: xs, index: n)
        }
    }
}

/// A grid variant as the hasher reads it: its grid, its number, and the storage it shares with
/// the grid's other variants.
struct GridVariant {
    let spec: GridSpec
    let index: Int
    let base: [Value]
}
