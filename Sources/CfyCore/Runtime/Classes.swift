// Classes: dataclass definitions, construction, field types, and the built-in ExperimentArgs.

/// curifactory's `ExperimentArgs` (or, for `.experimentParameters`, `ExperimentParameters`):
/// name, hash, overwrite, hash_representations.
func makeExperimentArgs(_ g: Generation = .experimentArgs) -> ClassInfo {
    let c = ClassInfo(name: g.baseName, qualname: g.baseName, base: nil, source: nil, loc: .none)
    c.isArgs = true
    c.generation = g
    let fs: [(String, FieldType, Value, Bool)] = [
        ("name", .builtin(.str), .str("UNNAMED"), true),
        ("hash", .builtin(.str), .none, true),
        ("overwrite", .builtin(.bool), .bool(false), true),
        ("hash_representations", .builtin(.dict), .dict(PyDict()), false),
    ]
    for (n, t, d, r) in fs {
        c.fieldIndex[n] = c.fields.count
        c.fields.append(FieldInfo(name: n, type: t, defaultValue: d, repr: r, loc: .none))
    }
    return c
}

/// A compiled class member: a field's default or a class attribute's value, or a method.
enum ClassMemberNode {
    case value(ExprNode?)
    case method(FunctionCode)
}

/// `class Name(Base) { ... }`, compiled: the members in the class body's scope.
final class ClassStmt: StmtNode {
    let decl: ClassDecl
    let bases: [ExprNode]
    let members: [ClassMemberNode]
    let layout: Layout
    let prefix: String
    let store: TargetNode

    init(_ decl: ClassDecl, bases: [ExprNode], members: [ClassMemberNode], layout: Layout, prefix: String,
         _ store: TargetNode) {
        self.decl = decl; self.bases = bases; self.members = members; self.layout = layout
        self.prefix = prefix; self.store = store
        super.init(decl.loc)
    }

    override func exec(_ i: Interpreter, _ env: Environment) throws -> Flow {
        try store.assign(i, env, try i.opaqueClass(self, env) ?? .cls(try i.defineClass(self, env)))
        return .normal
    }
}

extension Interpreter {
    func defineClass(_ node: ClassStmt, _ env: Environment) throws -> ClassInfo {
        let decl = node.decl
        if decl.bases.count > 1 {
            throw fail("multiple inheritance is not supported", decl.loc, .typeError)
        }
        var base: ClassInfo?
        if let b = node.bases.first {
            guard case .cls(let c) = try b.eval(self, env) else {
                throw fail("a class can only inherit from another class", b.loc, .typeError)
            }
            base = c
        }
        // Each class holds all its fields, inherited ones too (as a dataclass's __dataclass_fields__
        // does), so a long chain of subclasses costs memory quadratic in its length: the total is
        // limited, a MemoryError rather than gigabytes (a chain of ~2,000 classes adding a field each).
        classFieldTotal += (base?.fields.count ?? 0) + decl.members.count
        if classFieldTotal > Interpreter.maxClassFieldTotal {
            throw fail("too many fields in all classes together (over \(Interpreter.maxClassFieldTotal), counting inherited "
                       + "ones once per subclass): a chain of subclasses this long is not supported", decl.loc, .memoryError)
        }
        let cls = ClassInfo(name: decl.name, qualname: env.qualPrefix + decl.name, base: base,
                            source: source, loc: decl.loc)
        if decl.frozen {
            if let base, !base.frozen {
                throw fail("cannot inherit frozen dataclass from a non-frozen one", decl.loc, .typeError)
            }
            cls.frozen = true
        } else if let base, base.frozen, !decl.members.isEmpty {
            throw fail("cannot inherit non-frozen dataclass from a frozen one", decl.loc, .typeError)
        }
        let body = Environment(parent: env, layout: node.layout, kind: .classBody, qualPrefix: node.prefix)
        for (m, compiled) in zip(decl.members, node.members) {
            switch (m, compiled) {
            case (.field(let name, let texpr, let dexpr, let loc), .value(let d)):
                let type = try resolveType(texpr, env)
                var info = FieldInfo(name: name, type: type, defaultValue: nil, repr: true, loc: loc)
                if let o = decl.fieldOptions[name] {
                    info.repr = o.repr; info.initArg = o.initArg; info.kwOnly = o.kwOnly; info.compare = o.compare
                }
                if let dexpr, let d {
                    if case .call(.name("set_hash_functions", _), _, _) = dexpr { info.repr = false }
                    info.defaultValue = try checkField(info, try d.eval(self, body), cls, dexpr.loc)
                }
                if let i = cls.fieldIndex[name] {
                    if decl.fieldOptions[name] == nil { info.repr = info.repr && cls.fields[i].repr }
                    cls.fields[i] = info          // a re-declared field keeps its place, as in dataclasses
                } else {
                    cls.fieldIndex[name] = cls.fields.count
                    cls.fields.append(info)
                }
                body.vars[name] = info.defaultValue ?? Value.none
            case (.assign(let name, _, let loc), .value(let e?)):
                let v = try e.eval(self, body)
                if let i = cls.fieldIndex[name] {
                    if !decl.python { cls.fields[i].defaultValue = try checkField(cls.fields[i], v, cls, loc) }
                } else {
                    cls.attributes[name] = v
                }
                body.vars[name] = v
            case (.method(let d), .method(let code)):
                cls.methods[d.name] = try makeFunction(code, body)
                cls.decorators[d.name] = d.decorator
            default:
                throw fail("internal error: class member mismatch", decl.loc)
            }
        }
        if cls.isException { try checkExceptionClass(cls, decl) }
        if let f = cls.methods["__post_init__"], f !== cls.postInit {
            cls.postInit = f
            if case .block(let body) = f.body, let me = f.params.first?.name {
                // with the base's: `super().__post_init__()` may run it
                cls.postInitInPlace = inPlaceFields(body, selfName: me).union(base?.postInitInPlace ?? [])
            }
        }
        return cls
    }

    func resolveType(_ t: TypeExpr, _ env: Environment) throws -> FieldType {
        switch t {
        case .name(let n, let loc):
            if n == "any" || n == "Any" { return .any }
            if n == "tuple" { return .tuple }
            if let b = BuiltinType(rawValue: n), b != .range, !BuiltinType.internalTypes.contains(b) { return .builtin(b) }
            if case .cls(let c)? = env.lookup(n) ?? builtins[n] { return .cls(c) }
            // A Python annotation naming a class of a module cfy does not run (`ClassifierMixin`).
            if case .builtin(let b)? = env.lookup(n), b.opaque != nil { return .any }
            throw fail("unknown type '\(n)'" + didYouMean(n, ["int", "float", "str", "bool", "list", "dict", "tuple", "any"]
                       + env.visibleNames), loc, .typeError)
        case .generic(let n, let args, let loc):
            switch (n, args.count) {
            case ("list", 1): return .list(try resolveType(args[0], env))
            case ("dict", 2): return .dict(try resolveType(args[0], env), try resolveType(args[1], env))
            case ("tuple", _): return .tuple
            case ("set", 1): return .builtin(.set)
            case ("frozenset", 1): return .builtin(.frozenset)
            default: throw fail("unsupported type '\(n)[...]' (use list[T], dict[K, V] or tuple[...])", loc, .typeError)
            }
        }
    }

    /// Checks `v` against a field's type: errors on a mismatch, warns for an int in a float field.
    func checkField(_ f: FieldInfo, _ v: Value, _ cls: ClassInfo, _ loc: Loc) throws -> Value {
        switch conforms(v, f.type) {
        case .ok: break
        case .intAsFloat:
            warning("int given to float field '\(f.name)' of \(cls.name): curifactory hashes it as \(try repr(v)), "
                    + "not as a float; write a float literal (e.g. 1.0) if a float is meant", loc)
        case .mismatch:
            var d = fail("wrong type for field '\(f.name)' of \(cls.name): expected \(f.type), got \(v.typeName) "
                       + "(\(try shortRepr(v)))", loc, .typeError)
            d.uncatchable = true            // Python checks no field types
            throw d
        }
        return v
    }

    enum Conformance { case ok, intAsFloat, mismatch }

    func conforms(_ v: Value, _ t: FieldType) -> Conformance {
        if v.isNone { return .ok }
        switch t {
        case .any: return .ok
        case .tuple: if case .tuple = v { return .ok }
        case .cls(let c): if case .instance(let i) = v, i.cls.isSubclass(of: c) { return .ok }
        case .builtin(let b):
            switch (b, v) {
            case (.int, .int), (.int, .bigint), (.int, .bool), (.float, .float), (.str, .str), (.bool, .bool),
                 (.list, .list), (.dict, .dict):
                return .ok
            case (.set, .set(let s)) where !s.frozen: return .ok
            case (.frozenset, .set(let s)) where s.frozen: return .ok
            case (.float, .int), (.float, .bigint), (.float, .bool): return .intAsFloat
            default: break
            }
        case .list(let et):
            if stackIsLow() { return .ok }
            if case .list(let xs) = v { return worst(xs.map { conforms($0, et) }) }
        case .dict(let kt, let vt):
            if stackIsLow() { return .ok }
            if case .dict(let d) = v {
                return worst(d.entries.flatMap { [conforms($0.key, kt), conforms($0.value, vt)] })
            }
        }
        return .mismatch
    }

    private func worst(_ cs: [Conformance]) -> Conformance {
        if cs.contains(where: { if case .mismatch = $0 { return true } else { return false } }) { return .mismatch }
        if cs.contains(where: { if case .intAsFloat = $0 { return true } else { return false } }) { return .intAsFloat }
        return .ok
    }

    /// `Cls(...)`: positional arguments in field order, then keywords. A Python `field(init=False)`
    /// is no parameter: it takes its default.
    func construct(_ cls: ClassInfo, _ args: Args, _ loc: Loc) throws -> Value {
        if cls.isException { return try makeException(cls, args, loc) }
        var values = [Value?](repeating: nil, count: cls.fields.count)
        let params = cls.fields.indices.filter { cls.fields[$0].initArg && !cls.fields[$0].kwOnly }
        if args.positional.count > params.count {
            // CPython's words for the dataclass's __init__ (self counts).
            let required = params.filter { cls.fields[$0].defaultValue == nil }.count
            let takes = required == params.count ? "\(params.count + 1)" : "from \(required + 1) to \(params.count + 1)"
            throw fail("\(cls.qualname).__init__() takes \(takes) positional arguments but \(args.positional.count + 1) were given",
                       loc, .typeError)
        }
        for (k, v) in args.positional.enumerated() { values[params[k]] = v }
        for (k, v) in args.keywords {
            if let i = cls.fieldIndex[k], !cls.fields[i].initArg {
                throw fail("\(cls.qualname).__init__() got an unexpected keyword argument '\(k)'", args.loc(ofKeyword: k, loc), .typeError)
            }
            guard let i = cls.fieldIndex[k] else {
                throw fail("unknown field '\(k)' for \(cls.name)" + didYouMean(k, cls.fields.map(\.name)),
                           args.loc(ofKeyword: k, loc), .typeError).inCfysWords()
            }
            if values[i] != nil {
                throw fail("\(cls.name)() got multiple values for field '\(k)'", args.loc(ofKeyword: k, loc), .typeError).inCfysWords()
            }
            values[i] = v
        }
        var out: [Value] = []
        out.reserveCapacity(values.count)
        for (i, f) in cls.fields.enumerated() {
            if let v = values[i] { out.append(try checkField(f, v, cls, loc)) }
            else if let d = f.defaultValue { out.append(d) }
            else { throw fail("missing required field '\(f.name)' for \(cls.name)", loc, .typeError).inCfysWords() }
        }
        if options.overwrite, cls.isArgs, let i = cls.fieldIndex["overwrite"] { out[i] = .bool(true) }
        if !options.fields.isEmpty, cls.isArgs { try overrideFields(cls, &out, loc) }
        let inst = Instance(cls: cls, values: out, origin: Origin(source: source, loc: loc, how: cls.name + "()"))
        return .instance(cls.postInit == nil ? inst : try postInit(inst, loc))
    }

    /// `dataclasses.replace(obj, **changes)`.
    func replaceFields(_ obj: Value, _ changes: [(name: String, value: Value)], _ loc: Loc) throws -> Value {
        guard case .instance(var inst) = obj else {
            throw fail("replace() should be called on a dataclass instance, not \(obj.typeName)", loc, .typeError)
        }
        var paramsChanged = false
        // dataclasses.replace makes a new instance through __init__: a `field(init=False)` gets
        // its default again (and may not be given).
        for (i, f) in inst.cls.fields.enumerated() where !f.initArg {
            if changes.contains(where: { $0.name == f.name }) {
                throw fail("field \(f.name) is declared with init=False, it cannot be specified with replace()", loc, .valueError)
            }
            if let d = f.defaultValue, !valueEquals(inst[i], d) {
                paramsChanged = paramsChanged || !Strategy.blacklist.contains(f.name)
                inst[i] = d
            }
        }
        for (k, v) in changes {
            guard let i = inst.cls.fieldIndex[k] else {
                throw fail("unknown field '\(k)' for \(inst.cls.name)" + didYouMean(k, inst.cls.fields.map(\.name)),
                           loc, .typeError)
            }
            if !Strategy.blacklist.contains(k), !valueEquals(inst[i], v) { paramsChanged = true }
            inst[i] = try checkField(inst.cls.fields[i], v, inst.cls, loc)
        }
        let carried = inst.cls.isArgs && !(inst.get("hash")?.isNone ?? true) && !changes.contains { $0.name == "hash" }
        inst.origin = Origin(source: source, loc: loc, how: "replace()", staleHash: carried && paramsChanged)
        return .instance(inst.cls.postInit == nil ? inst : try postInit(inst, loc, derived: "replace()"))
    }
}
