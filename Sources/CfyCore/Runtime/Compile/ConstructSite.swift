// ConstructSite: `Cls(a, b, k=v, ...)` at one call site, remembered per class: which field each
// argument fills (no name lookups per call), the defaults to start from, and the `Origin`
// (one object for every set the site builds). Anything unusual takes the general path, which
// also reports the errors.

/// How one call site's arguments map onto one class's fields.
final class ConstructPlan {
    let cls: ClassInfo
    /// For each argument, in written order, the field it fills.
    let targets: [Int]
    /// Field values before the arguments: the defaults of the fields the call does not give
    /// (`.none` where the call gives the field, so that copying this array retains nothing the
    /// arguments replace, and where a field is required).
    let start: [Value]
    /// Per field, the check that passes a given value without `conforms` in the common cases
    /// (`FieldType` is indirect: reading it costs a retain and a release).
    let quick: [QuickCheck]
    /// Per field: given by the call, or required and missing (nil: has a default).
    let given: [Bool]
    let missing: Int?

    init?(_ cls: ClassInfo, positional: Int, keywords: [String]) {
        let n = cls.fields.count
        // A Python `field(init=False)` is no parameter: the general path places the arguments.
        guard positional <= n, cls.fields.allSatisfy({ $0.initArg && !$0.kwOnly }) else { return nil }
        var targets = Array(0..<positional)
        var given = [Bool](repeating: false, count: n)
        for k in 0..<positional { given[k] = true }
        for name in keywords {
            guard let i = cls.fieldIndex[name], !given[i] else { return nil }
            given[i] = true
            targets.append(i)
        }
        self.cls = cls
        self.targets = targets
        self.given = given
        start = cls.fields.indices.map { given[$0] ? .none : cls.fields[$0].defaultValue ?? .none }
        quick = cls.fields.map { QuickCheck($0.type) }
        missing = cls.fields.indices.first { !given[$0] && cls.fields[$0].defaultValue == nil }
    }
}

/// A field type's check for the values it accepts at a glance (what `conforms` says `.ok` to
/// without looking inside); `general` and any value it does not pass go to `conforms`.
enum QuickCheck {
    case any, int, float, str, bool, list, dict, tuple
    /// An instance of exactly this class (a subclass goes to `conforms`).
    case instance(ObjectIdentifier)
    case general

    init(_ t: FieldType) {
        switch t {
        case .any: self = .any
        case .tuple: self = .tuple
        case .cls(let c): self = .instance(ObjectIdentifier(c))
        case .builtin(.int): self = .int
        case .builtin(.float): self = .float
        case .builtin(.str): self = .str
        case .builtin(.bool): self = .bool
        case .builtin(.list): self = .list
        case .builtin(.dict): self = .dict
        default: self = .general
        }
    }

    @inline(__always)
    func passes(_ v: Value) -> Bool {
        switch (self, v) {
        case (.any, _), (_, .none), (.int, .int), (.float, .float), (.str, .str), (.bool, .bool), (.list, .list),
             (.dict, .dict), (.tuple, .tuple):
            return true
        case (.instance(let id), .instance(let i)): return ObjectIdentifier(i.cls) == id
        default: return false
        }
    }
}

extension CallNode {
    /// The plan for `cls` at this site (computed once per class).
    func constructPlan(_ cls: ClassInfo) -> ConstructPlan? {
        if let p = plan, p.cls === cls { return p }
        guard let args = plainArgs else { return nil }
        let p = ConstructPlan(cls, positional: args.positional, keywords: args.keywords)
        plan = p
        return p
    }
}

extension Interpreter {
    /// `cls(...)` through the site's plan; nil when the general path must run.
    func construct(_ cls: ClassInfo, at site: CallNode, _ env: Environment) throws -> Value? {
        guard !cls.isException, let plan = site.constructPlan(cls), let args = site.plainArgs else { return nil }
        var out = plan.start
        for (k, a) in args.nodes.enumerated() { out[plan.targets[k]] = try a.eval(self, env) }
        for i in 0..<out.count {
            if plan.given[i] {
                if plan.quick[i].passes(out[i]) { continue }
                if case .ok = conforms(out[i], cls.fields[i].type) { continue }
                out[i] = try checkField(cls.fields[i], out[i], cls, site.loc)
            }
            else if i == plan.missing {
                throw fail("missing required field '\(cls.fields[i].name)' for \(cls.name)", site.loc, .typeError).inCfysWords()
            }
        }
        if options.overwrite, cls.isArgs, let i = cls.fieldIndex["overwrite"] { out[i] = .bool(true) }
        if !options.fields.isEmpty, cls.isArgs { try overrideFields(cls, &out, site.loc) }
        let meta: InstanceMeta
        if let m = site.meta, m.origin?.source === source, m.cls === cls { meta = m } else {
            meta = InstanceMeta(cls, Origin(source: source, loc: site.loc, how: cls.name + "()"))
            site.meta = meta
        }
        let inst = Instance(meta: meta, values: out)
        return .instance(cls.postInit == nil ? inst : try postInit(inst, site.loc))
    }
}
