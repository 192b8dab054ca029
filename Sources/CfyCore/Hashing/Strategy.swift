// Strategy: curifactory 0.13.2's rule for each field of an args set (`get_parameters_hash_values`),
// decided here once: the dry builder (ArgsHash.swift) and the direct hasher (DirectHash.swift)
// both act on its decision.

/// What is hashed: an instance, or a dataclass type read through its class-level defaults.
enum HashSubject {
    case instance(Instance)
    case type(ClassInfo)

    var cls: ClassInfo {
        switch self {
        case .instance(let i): return i.cls
        case .type(let c): return c
        }
    }

    /// The `param_set` a hash function receives.
    var value: Value {
        switch self {
        case .instance(let i): return .instance(i)
        case .type(let c): return .cls(c)
        }
    }

    /// `getattr(param_set, name)` of field `i`; on a class, only defaults Python keeps as class
    /// attributes exist.
    func field(_ i: Int, _ ctx: HashContext) throws -> Value {
        switch self {
        case .instance(let inst): return inst[i]
        case .type(let c):
            let f = c.fields[i]
            guard let d = f.defaultValue, !Strategy.isMutableDefault(d) else {
                throw ctx.error("type object '\(c.name)' has no attribute '\(f.name)' (curifactory reads a dataclass "
                                + "type's fields from its class attributes, and this field has no immutable default)")
            }
            return d
        }
    }
}

public enum Strategy {
    /// Fields never hashed.
    public static let blacklist: Set<String> = ["name", "hash", "overwrite", "hash_representations"]

    /// The rule for one field, before it runs.
    enum Decision {
        case skip(SkipReason)
        /// Call this `hash_representations` function (with `runCustom`).
        case custom(Value)
        case nested(HashSubject)
        case qualname(String)
        /// Hash the value's repr (after `warnUnstable`).
        case repr
    }

    /// The decision for field `name` holding `value`. `reps`: the set's `hash_representations`
    /// (nil when it has none); `entry`: its entry for `name` when the caller already looked it up
    /// in `reps`, which it found to be a dict (.some(nil): absent), nil to check and look up here.
    @inline(__always)
    /// In the error for a field holding a set of unknown order (to name the args set in it once).
    static let unorderedSetMarker = "cfy never guesses a set's order"

    static func classify(_ name: String, _ value: Value, blacklisted: Bool, reps: Value?, entry: Value??,
                         _ ctx: HashContext) throws -> Decision {
        if blacklisted { return .skip(.blacklist) }
        if let reps {
            let found: Value?
            if case .some(let e) = entry {
                found = e                       // looked up by the caller, in `reps` (a dict)
            } else {
                guard case .dict(let d) = reps else {
                    throw ctx.error("hash_representations must be a dict, not \(reps.typeName) "
                                    + "(curifactory tests `name in param_set.hash_representations`)")
                }
                found = d.get(.str(PyStr(name)))
            }
            if let fn = found {
                return fn.isNone ? .skip(.noneInHashRepresentations) : .custom(fn)
            }
        }
        return try byValue(name, value, ctx)
    }

    /// The decision for a field with no `hash_representations` entry: its value decides.
    @inline(__always)
    static func byValue(_ name: String, _ value: Value, _ ctx: HashContext) throws -> Decision {
        switch value {
        case .none: return .skip(.valueIsNone)
        case .instance(let inst): return inst.cls.isException ? .repr : .nested(.instance(inst))    // not a dataclass
        case .cls(let c): return c.isException ? .qualname(c.qualname) : .nested(.type(c))
        case .function(let f): return .qualname(f.qualname)
        case .builtin(let b):
            if let o = b.opaque { throw o.hashError(ctx.error(o.hashMessage(field: name))) }
            return .qualname(b.name)
        case .type(let t): return .qualname(t.rawValue)
        case .method(let m): return .qualname(m.qualname)
        default:
            if OpaqueOrigin.exists, let o = OpaqueOrigin.find(in: value) { throw o.hashError(ctx.error(o.hashMessage(field: name))) }
            if PySet.unorderedExists, let why = unorderedSet(in: value) {
                throw ctx.error("field '\(name)' holds a set holding \(why): Python's order for it, so its repr and "
                                + "curifactory's hash, differ from run to run; \(unorderedSetMarker) (use a sorted list)")
            }
            return .repr
        }
    }

    /// Runs a custom hash function on (set, value), warning when its result's repr is unstable.
    static func runCustom(_ fn: Value, _ name: String, _ set: Value, _ value: Value, _ ctx: HashContext) throws -> Value {
        let rep = try ctx.call(fn, set, value)
        if reprHasAddress(rep) {
            ctx.warn("the hash function for '\(name)' returns a value whose Python repr holds a memory address; "
                     + "curifactory's hash for it will differ between runs")
        }
        return rep
    }

    /// Warns when a value hashed by repr has a Python repr that differs between runs or programs.
    static func warnUnstable(_ name: String, _ value: Value, _ ctx: HashContext) {
        if reprHasAddress(value) {
            ctx.warn("field '\(name)' holds a function inside a container or an iterator (map, zip, a generator): its Python repr holds a memory address, "
                     + "so curifactory's hash for it will differ between runs")
        } else if reprHasModule(value) {
            ctx.warn("field '\(name)' holds a class inside a container: its Python repr names the module that "
                     + "defines it (cfy assumes '__main__')")
        }
    }

    static func isMutableDefault(_ v: Value) -> Bool {
        switch v {
        case .list, .dict, .instance: return true
        default: return false
        }
    }
}
