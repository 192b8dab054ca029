// StringRepresentation: what curifactory stores for an args set in its params registry —
// `parameters_string_hash_representation` (0.13.2), and for an ExperimentParameters set 0.20's
// `param_set_string_hash_representations` plus its `_DRY_REPS`.

/// Builds registry entries through a session (its hashing, `str()` and errors): the registry code
/// knows the session, not the interpreter behind it.
struct RegistryEntryBuilder {
    let session: Session

    /// The registry entry for `inst`: its hash (the `hash` field when set, as curifactory does) and
    /// the JSON object curifactory 0.13.2 (or 0.20 for an ExperimentParameters set) writes for it.
    func registryEntry(_ inst: Instance, _ loc: Loc) throws -> (hash: String, entry: PyJSON) {
        let hasher = session.argsHasher(loc)
        let dry = try hasher.dry(inst)
        let hash: String
        if let h = inst.get("hash"), !h.isNone { hash = try session.str(h) } else { hash = try hasher.hash(dry: dry) }
        var entry = try stringRepresentation(.instance(inst), dry: dry, loc)
        if dry.generation == .experimentParameters { entry.set("_DRY_REPS", try pyJSON(.dict(Labels.pyDict(dry)), loc)) }
        return (hash, entry)
    }

    /// `parameters_string_hash_representation(param_set)`: `name` as it is, each hashed field as
    /// `str(rep)`, nested sets as objects, skipped fields (but the blacklist) under `IGNORED_PARAMS`.
    func stringRepresentation(_ subject: Value, dry: DryArgs, _ loc: Loc) throws -> PyJSON {
        var rep = PyJSON.object([])
        var skipped = PyJSON.object([])
        let hasher = session.argsHasher(loc)
        for f in dry.fields {
            let key = f.name, value = f.rule.rep
            if key == "name" {
                guard let v = attribute(subject, key) else {
                    throw session.diagnostic("type object has no attribute 'name' (curifactory reads it for the registry)", loc, .attributeError)
                }
                rep.set(key, try pyJSON(v, loc))
            } else if let nested = f.nested {
                // A nested field is always an attribute (reading it is what made it nested).
                guard let sub = attribute(subject, key) else { rep.set(key, .string(try session.str(.dict(Labels.pyDict(nested))))); continue }
                rep.set(key, try stringRepresentation(sub, dry: nested, loc))
            } else if !value.isNone {
                rep.set(key, .string(try session.str(value)))
            } else if case .skipped(.blacklist) = f.rule {
                continue
            } else if let v = attribute(subject, key) {
                switch v {
                case .instance(let i):
                    skipped.set(key, try stringRepresentation(v, dry: try hasher.dry(.instance(i), dry.generation), loc))
                case .cls(let c):
                    skipped.set(key, try stringRepresentation(v, dry: try hasher.dry(.type(c), dry.generation), loc))
                default:
                    skipped.set(key, .string(try session.str(v)))
                }
            } else {
                skipped.set(key, .null)
            }
        }
        if case .object(let s) = skipped, !s.isEmpty { rep.set("IGNORED_PARAMS", skipped) }
        return rep
    }

    /// `getattr(param_set, name)` for an instance, or a dataclass type's class attribute.
    private func attribute(_ subject: Value, _ name: String) -> Value? {
        switch subject {
        case .instance(let i): return i.get(name)
        case .cls(let c):
            guard let i = c.fieldIndex[name], let d = c.fields[i].defaultValue else { return nil }
            switch d {
            case .list, .dict, .instance: return nil      // a default_factory: no class attribute
            default: return d
            }
        default: return nil
        }
    }

    /// A value as `json.dump(..., default=str)` writes it: JSON types as themselves, tuples as
    /// arrays, anything else through `str()`. A dict key that is not str, int, float, bool or None
    /// is the TypeError Python raises.
    func pyJSON(_ v: Value, _ loc: Loc) throws -> PyJSON {
        if stackIsLow() { throw session.diagnostic("value nested too deeply for JSON", loc, .recursionError) }
        switch v {
        case .none: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(String(i))
        case .bigint(let b):
            guard let s = b.decimal else { throw session.diagnostic(BigInt.strLimitMessage, loc, .valueError) }
            return .int(s)
        case .float(let d): return .float(d)
        case .str(let s): return .string(s)
        case .list(let xs), .tuple(let xs): return .array(try xs.map { try pyJSON($0, loc) })
        case .dict(let d):
            return .object(try d.entries.map { (k, x) in (try jsonKey(k, loc), try pyJSON(x, loc)) })
        default: return .string(try session.str(v))
        }
    }

    private func jsonKey(_ k: Value, _ loc: Loc) throws -> String {
        switch k {
        case .str(let s): return s
        case .int(let i): return String(i)
        case .bigint(let b):
            guard let s = b.decimal else { throw session.diagnostic(BigInt.strLimitMessage, loc, .valueError) }
            return s
        case .bool(let b): return b ? "true" : "false"
        case .none: return "null"
        case .float(let d): return pyJSONFloat(d)
        default: throw session.diagnostic("keys must be str, int, float, bool or None, not \(k.typeName) (json.dump cannot write this dict)", loc, .typeError)
        }
    }
}

extension Session {
    /// The params-registry entry curifactory writes for an args set: its hash and the JSON object.
    ///
    /// ```swift
    /// let (hash, entry) = try session.registryEntry(set)
    /// entry.dumped()   // {"name": "base", "seed": "0", "IGNORED_PARAMS": {"extra": "None"}}
    /// ```
    public func registryEntry(_ inst: Instance) throws -> (hash: String, entry: PyJSON) {
        try RegistryEntryBuilder(session: self).registryEntry(inst, Loc(line: 1, col: 1))
    }
}
