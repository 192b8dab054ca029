// DirectHash: args_hash() without building the dry set.
//
// `ArgsHasher.dry` builds the typed dry set (each field's rule and representation) and
// `hash(dry:)` sums it; the hash itself needs neither. This path takes the same decisions
// (`Strategy.classify`) in the same order (so user hash functions run, and warn, exactly as for
// the dry set), writes each `f"{name}{rep}"` message as bytes into one reused buffer, and adds
// its MD5 into a `WideSum`. Messages of one MD5 block are remembered in a `DigestCache`: a sweep
// hashes the same `model'knn'` again and again.

#if canImport(Glibc)
import Glibc
#endif

/// One `args_hash()`: the message buffer and the sum.
struct DirectHasher {
    let ctx: HashContext
    let cache: DigestCache?
    /// The repr writer for plain data (no hooks: it stops at anything else).
    let plain: Repr
    /// The repr writer with the user's `__repr__` / `__str__`, for the rest (made when first needed).
    private var reprer: Repr?
    var buffer: [UInt8] = []
    var sum = WideSum()
    /// Set when a hash function ran or a value needed the checks for unstable reprs: such a
    /// part of the sum is not remembered for a grid's other variants.
    var impure = false

    init(_ ctx: HashContext) {
        self.ctx = ctx
        cache = ctx.cache
        var plain = Repr()
        plain.maxLength = ctx.maxLength
        self.plain = plain
        if let cache { swap(&buffer, &cache.buffer) }
        if buffer.capacity < 256 { buffer.reserveCapacity(256) }
    }

    /// Gives the message buffer back to the cache, for the next hash.
    mutating func finish() {
        if let cache { swap(&buffer, &cache.buffer) }
    }

    private mutating func repr() -> Repr {
        if let r = reprer { return r }
        let r = ctx.repr()
        reprer = r
        return r
    }

    /// Adds the fields of `subject` (nested sets recursively), as `hash(dry:)` of its dry set would.
    mutating func add(_ subject: HashSubject) throws {
        switch subject {
        case .instance(let inst): try addInstance(inst)
        case .type(let c): try addClass(c)
        }
    }

    /// An instance's fields: read directly (a blacklisted field is never read).
    mutating func addInstance(_ inst: Instance) throws {
        if stackIsLow() { throw ctx.error("maximum recursion depth exceeded (args sets nested too deeply)") }
        let plan = HashPlan.of(inst.cls)
        var reps: Value?
        var found: [Value?] = []
        if let ri = plan.repsIndex {
            let r = inst[ri]
            if case .dict(let d) = r { found = plan.lookups(d) }
            reps = r
        }
        if let cache, let g = inst.gridVariant, g.spec.sources.count == plan.names.count,
           plan.repsIndex.map({ g.spec.sources[$0] == .fixed }) ?? true {
            return try addVariant(inst, plan, reps, found, g, cache)
        }
        for i in plan.names.indices where !plan.skip[i] {
            try field(of: inst, plan, i, reps, found)
        }
    }

    /// Field `i` of an instance; `found`: its class's `hash_representations` entries, when looked up.
    @inline(__always)
    private mutating func field(of inst: Instance, _ plan: HashPlan, _ i: Int, _ reps: Value?, _ found: [Value?]) throws {
        let value = inst[i]
        if found.isEmpty ? reps == nil : found[i] == nil {      // no entry (the usual case): the value decides
            return try act(Strategy.byValue(plan.names[i], value, ctx), plan.names[i], value) { .instance(inst) }
        }
        try field(plan.names[i], value, blacklisted: false, reps, found.isEmpty ? Value??.none : .some(found[i])) { .instance(inst) }
    }

    /// A grid variant: the fields its grid does not vary are the same for every variant, so their
    /// part of the sum is remembered once it is known to be plain (no hash function ran, nothing
    /// was warned about): later variants hash only the fields the grid sets.
    private mutating func addVariant(_ inst: Instance, _ plan: HashPlan, _ reps: Value?, _ found: [Value?],
                                     _ g: GridVariant, _ cache: DigestCache) throws {
        let sources = g.spec.sources
        if let constant = cache.gridConstant(g.spec, g.base) {
            sum.add(constant)
            for i in plan.names.indices where !plan.skip[i] && sources[i] != .fixed {
                try field(of: inst, plan, i, reps, found)
            }
            return
        }
        // In field order, as always; the fields the grid does not vary go into a sum of their own.
        var constant = WideSum()
        var plain = true
        for i in plan.names.indices where !plan.skip[i] {
            if sources[i] != .fixed {
                try field(of: inst, plan, i, reps, found)
                continue
            }
            let outer = impure
            impure = false
            swap(&sum, &constant)
            defer { swap(&sum, &constant); impure = impure || outer }
            try field(of: inst, plan, i, reps, found)
            if impure { plain = false }
        }
        if plain { cache.remember(g.spec, g.base, constant) }
        sum.add(constant)
    }

    /// A dataclass type used as a value: its class-level defaults (reading one may fail).
    mutating func addClass(_ c: ClassInfo) throws {
        impure = true
        if stackIsLow() { throw ctx.error("maximum recursion depth exceeded (args sets nested too deeply)") }
        let plan = HashPlan.of(c)
        let subject = HashSubject.type(c)
        var reps: Value?
        if let ri = plan.repsIndex { reps = try? subject.field(ri, ctx) }
        for i in plan.names.indices {
            let value = try subject.field(i, ctx)     // read even when blacklisted: it may fail
            try field(plan.names[i], value, blacklisted: plan.skip[i], reps, nil) { .cls(c) }
        }
    }

    /// One field: Strategy's decision, then its message (or the fields of a nested set).
    /// `custom`: its `hash_representations` entry when already looked up (.some(nil): absent).
    private mutating func field(_ name: String, _ value: Value, blacklisted: Bool, _ reps: Value?, _ custom: Value??,
                                _ selfValue: () -> Value) throws {
        try act(try Strategy.classify(name, value, blacklisted: blacklisted, reps: reps, entry: custom, ctx), name, value, selfValue)
    }

    /// What Strategy decided for one field: its message, or the fields of a nested set.
    @inline(__always)
    private mutating func act(_ decision: Strategy.Decision, _ name: String, _ value: Value,
                              _ selfValue: () -> Value) throws {
        switch decision {
        case .skip: return
        case .custom(let fn):
            impure = true
            let rep = try Strategy.runCustom(fn, name, selfValue(), value, ctx)
            if rep.isNone { return }
            if case .str(let s) = rep { return text(name, s) }
            let bytes = try strBytes(rep)
            return message(name) { $0.append(contentsOf: bytes) }
        case .nested(.instance(let inst)): try addInstance(inst)
        case .nested(.type(let c)): try addClass(c)
        case .qualname(let q): text(name, q)
        case .repr: try reprField(name, value)
        }
    }

    /// A field hashed by its repr: scalars and plain containers straight to bytes (through the
    /// caches), anything else through `general`.
    private mutating func reprField(_ name: String, _ value: Value) throws {
        switch value {
        case .int(let n): scalar(name, 1, (UInt64(bitPattern: n), 0)) { appendDecimal(n, into: &$0) }
        case .float(let d): scalar(name, 2, (d.bitPattern, 0)) { appendPyFloatRepr(d, into: &$0) }
        case .bool(let b): scalar(name, 3, (b ? 1 : 0, 0)) { $0.append(contentsOf: (b ? "True" : "False").utf8) }
        case .str(let s):
            if let key = shortStringKey(s) {
                scalar(name, 16 + UInt8(s.utf8.count), key) { appendPyStringRepr(s, into: &$0) }
            } else {
                message(name) { appendPyStringRepr(s, into: &$0) }
            }
        case .list, .tuple, .dict:
            // Plain data (scalars in containers) needs no warning, and is cached by identity.
            if let cache, let (kind, id) = Self.identity(value) {
                let limit = ctx.maxLength, plain = plain
                let d = withScratch { buf in
                    cache.objectDigest(name, kind, id, value) { () -> (UInt64, UInt64)? in
                        buf.removeAll(keepingCapacity: true)
                        appendUTF8(name, into: &buf)
                        guard plain.writePlain(value, into: &buf), buf.count <= limit else { return nil }
                        return buf.withUnsafeBytes { cache.digest($0) }
                    }
                }
                if let d { sum.add(d); return }
            }
            try general(name, value)
        default:
            try general(name, value)
        }
    }

    /// Any other value: plain data as bytes, else the unstable-hash checks and `Repr`.
    private mutating func general(_ name: String, _ value: Value) throws {
        if let plain = plainBytes(value) { return message(name) { $0.append(contentsOf: plain) } }
        impure = true
        Strategy.warnUnstable(name, value, ctx)
        let r = repr()
        try message(name) { try r.write(value, into: &$0) }
    }

    /// CPython's str() of `v` (its repr, unless it is an instance whose class defines `__str__`), as bytes.
    private mutating func strBytes(_ v: Value) throws -> [UInt8] {
        try plainBytes(v) ?? Array(repr().str(v).utf8)
    }

    /// The repr of plain data (scalars, and containers of them) within the length limit; nil for
    /// anything else, which goes through `Repr` with its checks.
    private func plainBytes(_ v: Value) -> [UInt8]? {
        var out = [UInt8]()
        return plain.writePlain(v, into: &out) && out.count <= ctx.maxLength ? out : nil
    }

    /// A scalar field's message, through the cache of scalar digests.
    private mutating func scalar(_ name: String, _ kind: UInt8, _ bits: (UInt64, UInt64), _ body: (inout [UInt8]) -> Void) {
        guard let cache else { return message(name, body) }
        let d = withScratch { buf in
            cache.scalarDigest(name, kind, bits) {
                buf.removeAll(keepingCapacity: true)
                appendUTF8(name, into: &buf)
                body(&buf)
                return buf.withUnsafeBytes { cache.digest($0) }
            }
        }
        sum.add(d)
    }

    /// The message buffer, moved out of `self` while `body` runs, so that a cache's compute
    /// closure can fill it without holding `self`.
    @inline(__always)
    private mutating func withScratch<R>(_ body: (inout [UInt8]) throws -> R) rethrows -> R {
        var buf = buffer
        buffer = []
        defer { buffer = buf }
        return try body(&buf)
    }

    private mutating func text(_ name: String, _ text: String) {
        message(name) { appendUTF8(text, into: &$0) }
    }

    /// Hashes `name` followed by what `body` appends.
    private mutating func message(_ name: String, _ body: (inout [UInt8]) throws -> Void) rethrows {
        buffer.removeAll(keepingCapacity: true)
        appendUTF8(name, into: &buffer)
        try body(&buffer)
        let c = cache
        let d = buffer.withUnsafeBytes { b in c?.digest(b) ?? MD5.digest(b) }
        sum.add(d)
    }

    /// (kind, storage address) of a non-empty list, tuple or dict.
    static func identity(_ v: Value) -> (UInt8, UInt)? {
        switch v {
        case .list(let xs), .tuple(let xs):
            guard !xs.isEmpty else { return nil }
            let id = xs.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            if case .list = v { return (1, id) } else { return (2, id) }
        case .dict(let d):
            let id = d.storageID
            return id == 0 ? nil : (3, id)
        default: return nil
        }
    }
}
