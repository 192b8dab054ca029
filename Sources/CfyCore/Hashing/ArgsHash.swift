// ArgsHash: curifactory 0.13.2's args_hash(dry) (and 0.20's params_hash labels) — the strategy per field, the dry dict, the md5 sum.

/// The two generations of curifactory's parameter-set API. The hashes are identical; only the
/// names and the dry labels differ.
///
/// ```swift
/// Generation.experimentArgs.hashMethod         // "args_hash"   (curifactory 0.13)
/// Generation.experimentParameters.hashMethod   // "params_hash" (curifactory 0.15 and later)
/// ```
public enum Generation: String, Sendable, CaseIterable {
    /// `ExperimentArgs` and `args_hash(dry)`, as in curifactory 0.13.2.
    case experimentArgs
    /// `ExperimentParameters` and `params_hash(dry)`, as in curifactory 0.15 to 0.20.
    case experimentParameters

    /// The built-in base class.
    public var baseName: String { self == .experimentArgs ? "ExperimentArgs" : "ExperimentParameters" }
    /// The hashing method of the base class.
    public var hashMethod: String { self == .experimentArgs ? "args_hash" : "params_hash" }
}

/// The labels curifactory writes into a dry dict; `g` picks 0.13's or 0.20's wording.
public enum Strategy {
    public static let blacklist: Set<String> = ["name", "hash", "overwrite", "hash_representations"]
    public static let skippedBlacklist = "SKIPPED: blacklist"
    public static let skippedNoneRep = "SKIPPED: set to None in hash_representations"
    public static let skippedNone = "SKIPPED: value is None"
    public static let nestedPrefix = "get_parameters_hash_values"
    public static let qualname = "value.__qualname__"
    /// The prefix that marks a nested dry dict (`_compute_hash_part` recurses on it).
    public static func nestedPrefix(_ g: Generation) -> String {
        g == .experimentArgs ? nestedPrefix : "get_param_set_hash_values"
    }
    public static func custom(_ n: String, _ g: Generation = .experimentArgs) -> String {
        g == .experimentArgs ? "param_set.hash_representations['\(n)'](param_set, param_set.\(n))"
                             : "param_set.hash_representations['\(n)'](param_set, \(n))"
    }
    public static func nested(_ n: String, _ g: Generation = .experimentArgs) -> String {
        "\(nestedPrefix(g))(param_set, \(n))"
    }
    public static func repr(_ n: String, _ g: Generation = .experimentArgs) -> String {
        g == .experimentArgs ? "repr(param_set.\(n))" : "repr(\(n))"
    }
    public static func qualname(_ n: String, _ g: Generation) -> String {
        g == .experimentArgs ? qualname : "\(n).__qualname__"
    }
    /// Whether `label` marks a nested dry dict, in either generation's wording.
    public static func isNested(_ label: String) -> Bool {
        Generation.allCases.contains { label.hasPrefix(nestedPrefix($0)) }
    }
    /// Whether `label` is field `n`'s qualname strategy, in either generation's wording.
    public static func isQualname(_ label: String, _ n: String) -> Bool {
        Generation.allCases.contains { label == qualname(n, $0) }
    }
}

/// Computes dry dicts and hashes. The interpreter is reached only through `call` (user hash
/// functions) and `warn`.
public final class ArgsHasher {
    /// Calls a `hash_representations` function with (param_set, value).
    public var call: (Value, Value, Value) throws -> Value
    /// Reports a field whose representation is unstable in curifactory.
    public var warn: (String) -> Void
    /// Raised for what Python itself would raise on.
    public var error: (String) -> Error
    /// The labels to write; nil: the generation of the set being hashed (nested sets always use
    /// the outer set's, as curifactory's one hashing module does).
    public var generation: Generation?
    var reprer = Repr()
    /// Remembered digests of short messages (nil: every message is hashed).
    public var cache: DigestCache?
    /// The message buffer of the last hash, kept for the next (a nested hash makes its own).
    var scratch: [UInt8] = []

    public init(call: @escaping (Value, Value, Value) throws -> Value, warn: @escaping (String) -> Void,
                error: @escaping (String) -> Error) {
        self.call = call; self.warn = warn; self.error = error
    }

    /// The object hashed: an instance, or a dataclass type read through its class-level defaults.
    enum Subject {
        case instance(Instance)
        case type(ClassInfo)
    }

    /// `args_hash(dry=True)`: field name → (strategy, representation), in field order.
    public func dry(_ inst: Instance) throws -> PyDict { try dry(.instance(inst), generation ?? inst.cls.generation) }

    func dry(_ subject: Subject, _ g: Generation) throws -> PyDict {
        if stackIsLow() { throw error("maximum recursion depth exceeded (args sets nested too deeply)") }
        let (cls, selfValue): (ClassInfo, Value)
        switch subject {
        case .instance(let i): (cls, selfValue) = (i.cls, .instance(i))
        case .type(let c): (cls, selfValue) = (c, .cls(c))
        }
        // `hasattr(param_set, "hash_representations")`
        var reps: Value?
        if let i = cls.fieldIndex["hash_representations"] { reps = try? fieldValue(subject, i) }
        var out = PyDict()
        for (i, f) in cls.fields.enumerated() {
            let value = try fieldValue(subject, i)
            let entry = try strategy(f.name, value, reps, selfValue, g)
            out.set(.str(PyStr(f.name)), key: .str(f.name), value: .tuple([.str(entry.0), entry.1]))
        }
        return out
    }

    /// `getattr(param_set, name)`; on a class, only defaults Python keeps as class attributes exist.
    func fieldValue(_ s: Subject, _ i: Int) throws -> Value {
        switch s {
        case .instance(let inst): return inst[i]
        case .type(let c):
            let f = c.fields[i]
            guard let d = f.defaultValue, !isMutableDefault(d) else {
                throw error("type object '\(c.name)' has no attribute '\(f.name)' (curifactory reads a dataclass "
                            + "type's fields from its class attributes, and this field has no immutable default)")
            }
            return d
        }
    }

    func isMutableDefault(_ v: Value) -> Bool {
        switch v {
        case .list, .dict, .instance: return true
        default: return false
        }
    }

    func strategy(_ name: String, _ value: Value, _ reps: Value?, _ selfValue: Value, _ g: Generation) throws -> (String, Value) {
        if Strategy.blacklist.contains(name) { return (Strategy.skippedBlacklist, .none) }
        if let reps {
            guard case .dict(let d) = reps else {
                throw error("hash_representations must be a dict, not \(reps.typeName) "
                            + "(curifactory tests `name in param_set.hash_representations`)")
            }
            if let f = d.get(.str(PyStr(name))) {
                if f.isNone { return (Strategy.skippedNoneRep, .none) }
                let rep = try call(f, selfValue, value)
                if reprHasAddress(rep) {
                    warn("the hash function for '\(name)' returns a value whose Python repr holds a memory address; "
                         + "curifactory's hash for it will differ between runs")
                }
                return (Strategy.custom(name, g), rep)
            }
        }
        switch value {
        case .none: return (Strategy.skippedNone, .none)
        case .instance(let inst): return (Strategy.nested(name, g), .dict(try dry(.instance(inst), g)))
        case .cls(let c): return (Strategy.nested(name, g), .dict(try dry(.type(c), g)))
        case .function(let f): return (Strategy.qualname(name, g), .str(f.qualname))
        case .builtin(let b): return (Strategy.qualname(name, g), .str(b.name))
        case .type(let t): return (Strategy.qualname(name, g), .str(t.rawValue))
        case .method(let m): return (Strategy.qualname(name, g), .str(m.qualname))
        default:
            if reprHasAddress(value) {
                warn("field '\(name)' holds a function inside a container or an iterator (map, zip, a generator): its Python repr holds a memory address, "
                     + "so curifactory's hash for it will differ between runs")
            } else if reprHasModule(value) {
                warn("field '\(name)' holds a class inside a container: its Python repr names the module that "
                     + "defines it (cfy assumes '__main__')")
            }
            return (Strategy.repr(name, g), .str(try reprer.repr(value)))
        }
    }

    /// `args_hash()`: the explicit `hash` if set, else the sum of the field md5s in hex.
    public func hash(_ inst: Instance) throws -> Value {
        if let hi = HashPlan.of(inst.cls).hashIndex, case let h = inst[hi], !h.isNone { return h }
        var direct = DirectHasher(self)     // the sum of `dry(inst)`, without building it
        try direct.add(.instance(inst))
        scratch = direct.buffer             // the next hash reuses its message buffer
        return .str(direct.sum.hex)
    }

    /// The hash of a dry dict (as `compute_hash` does); `g` decides which label marks a nested dict.
    public func hash(dry: PyDict, generation g: Generation = .experimentArgs) throws -> String {
        var sum = WideSum()
        try accumulate(dry, generation ?? g, into: &sum)
        return sum.hex
    }

    func accumulate(_ dry: PyDict, _ g: Generation, into sum: inout WideSum) throws {
        for (k, entry) in dry.entries {
            guard case .tuple(let t) = entry, t.count == 2, case .str(let label) = t[0], case .str(let key) = k
            else { continue }
            let rep = t[1]
            if rep.isNone { continue }
            if label.hasPrefix(Strategy.nestedPrefix(g)), case .dict(let nested) = rep {
                try accumulate(nested, g, into: &sum)
            } else {
                let text = key + (try reprer.str(rep))
                sum.add(MD5.digest(text.utf8))
            }
        }
    }
}
