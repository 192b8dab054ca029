// Args builtins: replace, grid, set_hash_functions, asdict, fields, copy, and args_hash.

/// The args builtins' table. Those written in Python (dataclasses, copy, curifactory) are
/// `.pythonFunction`: their repr holds a memory address.
let argsFunctions: [BuiltinDecl] = {
    var b: [BuiltinDecl] = []
    func add(_ name: String, _ signature: String, _ doc: String, _ kind: Builtin.Kind,
             _ f: @escaping @Sendable (BuiltinContext, Args, Loc) throws -> Value) {
        b.append(BuiltinDecl(name, signature, doc, kind: kind, f))
    }
    add("replace", "replace(obj, /, **changes)",
        "Return a copy of the dataclass instance obj with the given fields replaced.", .pythonFunction) { i, a, l in
        try i.arity("replace", a, 1...1, l)
        return try i.replaceFields(a.positional[0], a.keywords, l)
    }
    add("grid", "grid(base, /, **axes)",
        "The variants of args set base over the axes' values (itertools.product order), named base_k=v.", .function) { i, a, l in try i.grid(a, l) }
    add("set_hash_functions", "set_hash_functions(*args, **kwargs)",
        "A dict of hash_representations: field name to a function (or None to skip the field).", .pythonFunction) { i, a, l in
        try i.arity("set_hash_functions", a, 0...1, l)
        var d = PyDict()
        if let first = a.positional.first {
            guard case .dict(let given) = first else {
                throw i.fail("If providing a positional arg to set_hash_functions, it must be a dictionary.", l, .valueError)
            }
            d = given
        }
        // Like curifactory, any value is accepted here; a non-callable one fails when hashed.
        for (k, v) in a.keywords {
            d.set(.str(PyStr(k)), key: .str(k), value: v)
        }
        return .dict(d)
    }
    add("asdict", "asdict(obj)", "The fields of the dataclass instance as a dict (nested ones as dicts too).", .pythonFunction) { i, a, l in
        try i.arity("asdict", a, 1...1, l)
        guard case .instance = a.positional[0] else {
            throw i.fail("asdict() should be called on dataclass instances", l, .typeError)
        }
        return asDict(a.positional[0])
    }
    add("fields", "fields(class_or_instance)", "A tuple of the dataclass's fields: Field(name, type, default).", .pythonFunction) { i, a, l in
        try i.arity("fields", a, 1...1, l)
        let cls: ClassInfo
        switch a.positional[0] {
        case .instance(let inst): cls = inst.cls
        case .cls(let c): cls = c
        default: throw i.fail("must be called with a dataclass type or instance", l, .typeError)
        }
        return .tuple(cls.fields.map { f in
            .instance(Instance(cls: fieldClass, values: [.str(f.name), .str(f.type.description), f.defaultValue ?? .none]))
        })
    }
    // Values are copied on assignment already, so both copies are the value itself.
    add("copy", "copy(x)", "A copy of x (values are copied on assignment already).", .pythonFunction) { i, a, l in try i.arity("copy", a, 1...1, l); return i.pyCopy(a.positional[0]) }
    add("deepcopy", "deepcopy(x)", "A deep copy of x (values are copied on assignment already).", .pythonFunction) { i, a, l in try i.arity("deepcopy", a, 1...1, l); return i.pyDeepCopy(a.positional[0]) }
    return b
}()

/// The class of what `fields()` returns.
let fieldClass: ClassInfo = {
    let c = ClassInfo(name: "Field", qualname: "Field", base: nil, source: nil, loc: .none)
    for n in ["name", "type", "default"] {
        c.fieldIndex[n] = c.fields.count
        c.fields.append(FieldInfo(name: n, type: .any, defaultValue: Value.none, repr: true, loc: .none))
    }
    return c
}()

/// `dataclasses.asdict`: instances become dicts, recursively.
func asDict(_ v: Value) -> Value {
    if stackIsLow() { return v }
    switch v {
    case .instance(let inst):
        var d = PyDict()
        for (f, x) in zip(inst.cls.fields, inst.values) { d.set(.str(PyStr(f.name)), key: .str(f.name), value: asDict(x)) }
        return .dict(d)
    case .list(let xs): return .list(xs.map(asDict))
    case .tuple(let xs): return .tuple(xs.map(asDict))
    case .dict(let d):
        var out = PyDict()
        for (k, x) in d.entries { if let dk = DictKey(k) { out.set(dk, key: k, value: asDict(x)) } }
        return .dict(out)
    default: return v
    }
}

extension Interpreter {
    /// The context of one hash made at `l`: this interpreter's hooks, digest cache and repr limit.
    func hashContext(_ l: Loc) -> HashContext {
        HashContext(hooks: self, loc: l, cache: digestCache, maxLength: Int(maxElements))
    }

    /// `x.args_hash(dry=False)` (`x.params_hash(dry=False)` for an ExperimentParameters set).
    func argsHash(_ inst: Instance, _ a: Args, _ l: Loc) throws -> Value {
        let method = inst.cls.generation.hashMethod
        try arity(method, a, 0...1, l)
        try onlyKeywords(method, a, ["dry"], l)
        let dry = (a.positional.first ?? a.keyword("dry") ?? .bool(false)).truthy
        if dry { return .dict(Labels.pyDict(try dryArgs(inst, l))) }
        return try hashValue(inst, l)
    }

    /// `args_hash()` of `inst` (the explicit `hash` when set), with the repr limits as Python's errors.
    func hashValue(_ inst: Instance, _ l: Loc) throws -> Value {
        let h = ArgsHasher(ctx: hashContext(l))
        return try OpaqueOrigin.naming(inst) { try reprLimits(l) { try h.hash(inst) } }
    }

    /// `args_hash(dry=True)` of `inst` as typed values.
    func dryArgs(_ inst: Instance, _ l: Loc) throws -> DryArgs {
        let h = ArgsHasher(ctx: hashContext(l))
        return try OpaqueOrigin.naming(inst) { try reprLimits(l) { try h.dry(inst) } }
    }

    /// `grid(base, lr=[...], seed=range(3))`: variants in itertools.product order, named
    /// `{base.name}_lr=0.1_seed=0`.
    func grid(_ a: Args, _ l: Loc) throws -> Value {
        try arity("grid", a, 1...1, l)
        guard case .instance(let base) = a.positional[0] else {
            throw fail("grid() expects an args set as its first argument, not \(a.positional[0].typeName)", l, .typeError)
        }
        if a.keywords.isEmpty { throw fail("grid() needs at least one axis, e.g. grid(base, lr=[0.1, 0.01])", l, .typeError) }
        var axes: [(name: String, values: [Value])] = []
        var total: Int64 = 1
        for (k, v) in a.keywords {
            guard let i = base.cls.fieldIndex[k] else {
                throw fail("unknown field '\(k)' for \(base.cls.name)" + didYouMean(k, base.cls.fields.map(\.name)), l, .typeError)
            }
            if !base.cls.fields[i].initArg {
                throw fail("field \(k) is declared with init=False, it cannot be a grid axis (as with replace())", l, .valueError)
            }
            let vs = try elements(v, l)
            axes.append((k, vs))
            total = try chkIndex(total.multipliedReportingOverflow(by: Int64(vs.count)), l)
        }
        try checkSize((total, false), l)
        let baseName: String
        if case .str(let n)? = base.get("name") { baseName = n } else { baseName = try str(base.get("name") ?? .none) }
        let labels = try axes.map { ax in try ax.values.map { "_\(ax.name)=\(try str($0))" } }
        var out: [Value] = []
        out.reserveCapacity(Int(total))
        if total == 0 { return .list([]) }
        var idx = [Int](repeating: 0, count: axes.count)
        let carried = base.cls.isArgs && !(base.get("hash")?.isNone ?? true) && !axes.contains { $0.name == "hash" }
        let fieldOf = axes.map { base.cls.fieldIndex[$0.name] ?? 0 }
        // The variants hold only their number; values and names come from the spec when read.
        let spec = GridSpec(nameIndex: base.cls.fieldIndex["name"], baseName: baseName, fields: fieldOf,
                            values: axes.map(\.values), labels: labels, fieldCount: base.cls.fields.count)
        let meta = InstanceMeta(base.cls, Origin(source: source, loc: l, how: "grid()", staleHash: carried), grid: spec)
        var shared = base.values
        // Each variant is made as replace() makes one: a `field(init=False)` gets its default again.
        for (i, f) in base.cls.fields.enumerated() where !f.initArg { if let d = f.defaultValue { shared[i] = d } }
        // Each axis value is checked against its field once (when first used, so errors come in
        // the same order as checking every variant would give), not once per variant.
        var checked: [[Bool]] = axes.map { [Bool](repeating: false, count: $0.values.count) }
        var n = 0
        let sizes = axes.map(\.values.count)
        while true {
            try tick(l)
            for j in axes.indices where !checked[j][idx[j]] {
                _ = try checkField(base.cls.fields[fieldOf[j]], axes[j].values[idx[j]], base.cls, l)
                checked[j][idx[j]] = true
            }
            let v = Instance(variant: n, of: shared, meta: meta)
            out.append(.instance(base.cls.postInit == nil ? v : try postInit(v, l, derived: "grid()")))
            n += 1
            if !advanceProductIndex(&idx, sizes: sizes) { break }
        }
        return .list(out)
    }
}

/// What a hash reaches of the interpreter: hash functions run as calls, warnings and errors at
/// the hash's location, and the classes' own `__repr__` / `__str__`.
extension Interpreter: HashHooks {
    func callHashFunction(_ f: Value, _ set: Value, _ value: Value, at l: Loc) throws -> Value {
        try call(f, Args([set, value]), l)
    }
    func hashWarning(_ message: String, at l: Loc) { warning(message, l) }
    func hashError(_ message: String, at l: Loc) -> Error { fail(message, l, .typeError) }
}
