// DirectHash: args_hash() without building the dry dict.
//
// `ArgsHasher.dry` builds what curifactory's `get_parameters_hash_values` returns (a dict of
// (label, representation) tuples) and `accumulate` sums it; the hash itself needs neither the
// labels nor the dict. This path walks the same strategies in the same order (so user hash
// functions run, and warn, exactly as before), writes each `f"{name}{rep}"` message as bytes into
// one reused buffer, and adds its MD5 into a `WideSum`. Messages of one MD5 block are remembered in a `DigestCache`: a sweep
// hashes the same `model'knn'` again and again.

#if canImport(Glibc)
import Glibc
#endif

/// The fields of a class as the hasher walks them: names, which are blacklisted, and where
/// `hash_representations` is.
final class HashPlan {
    let names: [String]
    let skip: [Bool]
    let repsIndex: Int?
    let hashIndex: Int?

    init(_ cls: ClassInfo) {
        names = cls.fields.map(\.name)
        skip = names.map { Strategy.blacklist.contains($0) }
        repsIndex = cls.fieldIndex["hash_representations"]
        hashIndex = cls.fieldIndex["hash"]
    }

    /// `hash_representations[name]` for each field, for the last dict seen (kept, so that its
    /// storage, which identifies it, cannot change: the instances of a sweep share one dict).
    private var repsKeep = PyDict()
    private var repsID: UInt = 0
    private var repsFound: [Value?] = []

    func lookups(_ d: PyDict) -> [Value?] {
        let id = d.storageID
        if id != 0, id == repsID { return repsFound }
        let found = names.map { d.get(.str(PyStr($0))) }
        if id != 0 { repsKeep = d; repsID = id; repsFound = found }
        return found
    }

    static func of(_ cls: ClassInfo) -> HashPlan {
        if let p = cls.hashPlan, p.names.count == cls.fields.count { return p }
        let p = HashPlan(cls)
        cls.hashPlan = p
        return p
    }
}

/// One `args_hash()`: the message buffer and the sum.
struct DirectHasher {
    let hasher: ArgsHasher
    let cache: DigestCache?
    let reprer: Repr
    var buffer: [UInt8] = []
    var sum = WideSum()
    /// Set when a hash function ran or a value needed the checks for unstable reprs: such a
    /// part of the sum is not remembered for a grid's other variants.
    var impure = false

    init(_ hasher: ArgsHasher) {
        self.hasher = hasher
        cache = hasher.cache
        reprer = hasher.reprer
        swap(&buffer, &hasher.scratch)
        if buffer.capacity < 256 { buffer.reserveCapacity(256) }
    }

    /// Adds the fields of `subject` (nested sets recursively), as `accumulate(dry(subject))` would.
    mutating func add(_ subject: ArgsHasher.Subject) throws {
        switch subject {
        case .instance(let inst): try addInstance(inst)
        case .type(let c): try addClass(c)
        }
    }

    /// An instance's fields: read directly (a blacklisted field is never read).
    mutating func addInstance(_ inst: Instance) throws {
        if stackIsLow() { throw hasher.error("maximum recursion depth exceeded (args sets nested too deeply)") }
        let plan = HashPlan.of(inst.cls)
        var reps: Value?
        var found: [Value?] = []
        if let ri = plan.repsIndex {
            let r = inst[ri]
            if case .dict(let d) = r { found = plan.lookups(d) }
            reps = r
        }
        if let cache, let g = inst.gridVariant, g.spec.axisOf.count == plan.names.count,
           plan.repsIndex.map({ g.spec.axisOf[$0] == -1 }) ?? true {
            return try addVariant(inst, plan, reps, found, g, cache)
        }
        for i in plan.names.indices where !plan.skip[i] {
            try field(of: inst, plan, i, reps, found)
        }
    }

    /// Field `i` of an instance; `found`: its class's `hash_representations` entries, when looked up.
    @inline(__always)
    private mutating func field(of inst: Instance, _ plan: HashPlan, _ i: Int, _ reps: Value?, _ found: [Value?]) throws {
        try field(plan.names[i], inst[i], reps, found.isEmpty ? Value??.none : .some(found[i])) { .instance(inst) }
    }

    /// A grid variant: the fields its grid does not vary are the same for every variant, so their
    /// part of the sum is remembered once it is known to be plain (no hash function ran, nothing
    /// was warned about): later variants hash only the fields the grid sets.
    private mutating func addVariant(_ inst: Instance, _ plan: HashPlan, _ reps: Value?, _ found: [Value?],
                                     _ g: (spec: GridSpec, n: Int, base: [Value]), _ cache: DigestCache) throws {
        let axisOf = g.spec.axisOf
        if let constant = cache.gridConstant(g.spec, g.base) {
            sum.add(constant)
            for i in plan.names.indices where !plan.skip[i] && axisOf[i] != -1 {
                try field(of: inst, plan, i, reps, found)
            }
            return
        }
        // In field order, as always; the fields the grid does not vary go into a sum of their own.
        var constant = WideSum()
        var plain = true
        for i in plan.names.indices where !plan.skip[i] {
            if axisOf[i] != -1 {
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
        if stackIsLow() { throw hasher.error("maximum recursion depth exceeded (args sets nested too deeply)") }
        let plan = HashPlan.of(c)
        let subject = ArgsHasher.Subject.type(c)
        var reps: Value?
        if let ri = plan.repsIndex { reps = try? hasher.fieldValue(subject, ri) }
        for i in plan.names.indices {
            let value = try hasher.fieldValue(subject, i)
            if plan.skip[i] { continue }
            try field(plan.names[i], value, reps, nil) { .cls(c) }
        }
    }

    /// One field: its strategy, then its message (or the fields of a nested set).
    /// `custom`: its `hash_representations` entry when already looked up (.some(nil): absent).
    private mutating func field(_ name: String, _ value: Value, _ reps: Value?, _ custom: Value??,
                                _ selfValue: () -> Value) throws {
        if let reps {
            guard case .dict(let d) = reps else {
                throw hasher.error("hash_representations must be a dict, not \(reps.typeName) "
                                   + "(curifactory tests `name in param_set.hash_representations`)")
            }
            if let fn = custom ?? d.get(.str(PyStr(name))) ?? nil {
                if fn.isNone { return }
                impure = true
                let rep = try hasher.call(fn, selfValue(), value)
                if reprHasAddress(rep) {
                    hasher.warn("the hash function for '\(name)' returns a value whose Python repr holds a memory address; "
                                + "curifactory's hash for it will differ between runs")
                }
                if rep.isNone { return }
                if case .str(let s) = rep { return text(name, s) }
                let bytes = try strBytes(rep)
                return message(name) { $0.append(contentsOf: bytes) }
            }
        }
        switch value {
        case .none: return
        case .instance(let inst): try addInstance(inst)
        case .cls(let c): try addClass(c)
        case .function(let fn): text(name, fn.qualname)
        case .builtin(let b): text(name, b.name)
        case .type(let t): text(name, t.rawValue)
        case .method(let m): text(name, m.qualname)
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
                let limit = reprer.maxLength
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
        if reprHasAddress(value) {
            hasher.warn("field '\(name)' holds a function inside a container or an iterator (map, zip, a generator): its Python repr holds a memory address, "
                        + "so curifactory's hash for it will differ between runs")
        } else if reprHasModule(value) {
            hasher.warn("field '\(name)' holds a class inside a container: its Python repr names the module that "
                        + "defines it (cfy assumes '__main__')")
        }
        let r = try reprer.repr(value)
        text(name, r)
    }

    /// CPython's str() of `v` (its repr, unless it is an instance whose class defines `__str__`), as bytes.
    private func strBytes(_ v: Value) throws -> [UInt8] {
        try plainBytes(v) ?? Array(reprer.str(v).utf8)
    }

    /// The repr of plain data (scalars, and containers of them) within the length limit; nil for
    /// anything else, which goes through `Repr` with its checks.
    private func plainBytes(_ v: Value) -> [UInt8]? {
        var out = [UInt8]()
        return Self.appendPlain(v, &out, depth: 0) && out.count <= reprer.maxLength ? out : nil
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
