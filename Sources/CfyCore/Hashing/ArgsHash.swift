// ArgsHash: curifactory 0.13.2's args_hash(dry) — the dry set (typed, FieldRule.swift) and the
// md5 sum, for one call's context. The rule per field is Strategy.swift's.

/// `args_hash()` and `args_hash(dry=True)` for one call.
struct ArgsHasher {
    let ctx: HashContext

    /// `args_hash(dry=True)`: every field with its rule, in field order.
    func dry(_ inst: Instance) throws -> DryArgs { try dry(.instance(inst), inst.cls.generation) }

    /// The dry set of `subject`; nested sets get the outer set's generation, as curifactory's one
    /// hashing module does.
    func dry(_ subject: HashSubject, _ g: Generation) throws -> DryArgs {
        if stackIsLow() { throw ctx.error("maximum recursion depth exceeded (args sets nested too deeply)") }
        let cls = subject.cls
        // `hasattr(param_set, "hash_representations")`
        var reps: Value?
        if let i = cls.fieldIndex["hash_representations"] { reps = try? subject.field(i, ctx) }
        var reprer: Repr?
        var out: [DryField] = []
        out.reserveCapacity(cls.fields.count)
        for (i, f) in cls.fields.enumerated() {
            let value = try subject.field(i, ctx)
            let rule: FieldRule
            switch try Strategy.classify(f.name, value, blacklisted: Strategy.blacklist.contains(f.name), reps: reps,
                                         entry: nil, ctx) {
            case .skip(let r): rule = .skipped(r)
            case .custom(let fn): rule = .custom(rep: try Strategy.runCustom(fn, f.name, subject.value, value, ctx))
            case .nested(let s): rule = .nested(try dry(s, g))
            case .qualname(let q): rule = .qualname(q)
            case .repr:
                Strategy.warnUnstable(f.name, value, ctx)
                if reprer == nil { reprer = ctx.repr() }
                rule = .repr(try reprer?.repr(value) ?? "")
            }
            out.append(DryField(name: f.name, rule: rule))
        }
        return DryArgs(fields: out, generation: g)
    }

    /// `args_hash()`: the explicit `hash` if set, else the sum of the field md5s in hex.
    func hash(_ inst: Instance) throws -> Value {
        if let hi = HashPlan.of(inst.cls).hashIndex, case let h = inst[hi], !h.isNone { return h }
        var direct = DirectHasher(ctx)     // the sum of `dry(inst)`, without building it
        try direct.add(.instance(inst))
        direct.finish()
        return .str(direct.sum.hex)
    }

    /// The hash of a dry set (as `compute_hash` does: the md5s of `name + str(rep)` summed).
    func hash(dry: DryArgs) throws -> String {
        var sum = WideSum()
        let reprer = ctx.repr()
        func accumulate(_ dry: DryArgs) throws {
            for f in dry.fields {
                if let nested = f.nested { try accumulate(nested); continue }
                let rep = f.rule.rep
                if rep.isNone { continue }
                let text = f.name + (try reprer.str(rep))
                sum.add(MD5.digest(text.utf8))
            }
        }
        try accumulate(dry)
        return sum.hex
    }
}
