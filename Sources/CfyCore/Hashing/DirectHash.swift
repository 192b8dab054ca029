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
    /// For values that are not plain data (made when first needed).
    private var reprer: Repr?
    var buffer: [UInt8] = []
    var sum = WideSum()
    /// Set when a hash function ran or a value needed the checks for unstable reprs: such a
    /// part of the sum is not remembered for a grid's other variants.
    var impure = false

    init(_ ctx: HashContext) {
        self.ctx = ctx
        cache = ctx.cache
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

    /// Adds the fields of `subject` (nested sets recursively), as `accumulate(dry(subject))` would.
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
        try field(plan.names[i], inst[i], blacklisted: false, reps, found.isEmpty ? Value??.none : .some(found[i])) { .instance(inst) }
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
        switch try Strategy.classify(name, value, blacklisted: blacklisted, reps: reps, entry: custom, ctx) {
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
                let limit = ctx.maxLength
                let d = withScratch { buf in
                    cache.objectDigest(name, kind, id, value) { () -> (UInt64, UInt64)? in
                        buf.removeAll(keepingCapacity: true)
                        appendUTF8(name, into: &buf)
                        guard Self.appendPlain(value, &buf, depth: 0), buf.count <= limit else { return nil }
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
        let r = try repr().repr(value)
        text(name, r)
    }

    /// CPython's str() of `v` (its repr, unless it is an instance whose class defines `__str__`), as bytes.
    private mutating func strBytes(_ v: Value) throws -> [UInt8] {
        try plainBytes(v) ?? Array(repr().str(v).utf8)
    }

    /// The repr of plain data (scalars, and containers of them) within the length limit; nil for
    /// anything else, which goes through `Repr` with its checks.
    private func plainBytes(_ v: Value) -> [UInt8]? {
        var out = [UInt8]()
        return Self.appendPlain(v, &out, depth: 0) && out.count <= ctx.maxLength ? out : nil
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
    private mutating func message(_ name: String, _ body: (inout [UInt8]) -> Void) {
        buffer.removeAll(keepingCapacity: true)
        appendUTF8(name, into: &buffer)
        body(&buffer)
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

    /// Appends the repr of scalars and of lists, tuples and dicts of them (nested up to 32
    /// levels); false for anything else (then `Repr` does it all, with its limits and errors).
    static func appendPlain(_ v: Value, _ out: inout [UInt8], depth: Int) -> Bool {
        switch v {
        case .none: out.append(contentsOf: "None".utf8)
        case .int(let i): appendDecimal(i, into: &out)
        case .bigint(let b):
            guard let s = b.decimal else { return false }    // Repr raises the 4300-digit error
            out.append(contentsOf: s.utf8)
        case .bool(let b): out.append(contentsOf: (b ? "True" : "False").utf8)
        case .float(let d): appendPyFloatRepr(d, into: &out)
        case .str(let s): appendPyStringRepr(s, into: &out)
        case .list(let xs), .tuple(let xs):
            guard depth < 32 else { return false }
            let isList: Bool
            if case .list = v { isList = true } else { isList = false }
            out.append(isList ? 0x5B : 0x28)
            for (k, x) in xs.enumerated() {
                if k > 0 { out.append(0x2C); out.append(0x20) }
                guard appendPlain(x, &out, depth: depth + 1), out.count < 1 << 20 else { return false }
            }
            if !isList, xs.count == 1 { out.append(0x2C) }
            out.append(isList ? 0x5D : 0x29)
        case .dict(let d):
            guard depth < 32 else { return false }
            out.append(0x7B)
            var first = true, ok = true
            d.forEach { k, x in
                guard ok else { return }
                if !first { out.append(0x2C); out.append(0x20) }
                first = false
                ok = appendPlain(k, &out, depth: depth + 1)
                out.append(0x3A); out.append(0x20)
                ok = ok && appendPlain(x, &out, depth: depth + 1)
            }
            guard ok else { return false }
            out.append(0x7D)
        default: return false
        }
        return true
    }
}
