// HashContext: what one args_hash() call reaches outside the hasher, passed in per call.

/// The calls a hash makes back into its caller: user hash functions, warnings, errors, and a
/// class's own `__repr__` / `__str__`. The interpreter is one; `cfy check` wraps it to collect
/// the warnings.
protocol HashHooks: AnyObject {
    /// Calls a `hash_representations` function with (param_set, value).
    func callHashFunction(_ f: Value, _ set: Value, _ value: Value, at: Loc) throws -> Value
    /// Reports a field whose representation is unstable in curifactory.
    func hashWarning(_ message: String, at: Loc)
    /// The error for what Python itself would raise on.
    func hashError(_ message: String, at: Loc) -> Error
    /// `inst.__repr__()` when its own class defines it, `inst.__str__()` when its class has one.
    func userDunder(_ inst: Instance, _ name: String, ownOnly: Bool, _ l: Loc) throws -> String?
}

/// One hash call's hooks, where it is (for their errors and warnings), the digest cache and the
/// repr length limit.
struct HashContext {
    let hooks: any HashHooks
    let loc: Loc
    /// Remembered digests of short messages (nil: every message is hashed).
    let cache: DigestCache?
    /// The memory guard: a repr longer than this (in UTF-8 bytes) is not built.
    let maxLength: Int

    init(hooks: any HashHooks, loc: Loc, cache: DigestCache?, maxLength: Int = .max) {
        self.hooks = hooks; self.loc = loc; self.cache = cache; self.maxLength = maxLength
    }

    func call(_ f: Value, _ set: Value, _ value: Value) throws -> Value {
        try hooks.callHashFunction(f, set, value, at: loc)
    }
    func warn(_ message: String) { hooks.hashWarning(message, at: loc) }
    func error(_ message: String) -> Error { hooks.hashError(message, at: loc) }

    /// A `Repr` with the limit and the user's `__repr__` / `__str__` (made when a value needs it).
    func repr() -> Repr {
        var r = Repr()
        r.maxLength = maxLength
        let hooks = hooks, loc = loc
        r.userRepr = { try hooks.userDunder($0, "__repr__", ownOnly: true, loc) }
        r.userStr = { try hooks.userDunder($0, "__str__", ownOnly: false, loc) }
        return r
    }
}
