// PythonValues: runtime values as Python expressions that rebuild them exactly — repr-exact
// literals, constructor calls with the non-default fields, and names for functions and classes.

extension PythonExporter {
    /// A Python expression for `v`. Functions and classes it refers to are defined first.
    func valueExpr(_ v: Value, _ loc: Loc, _ src: Source?) throws -> String {
        if stackIsLow() { throw fail("a value is nested too deeply", loc, src) }
        switch v {
        case .none, .bool, .int, .bigint, .str, .range:
            return literalText(v) ?? "None"
        case .float(let d):
            if !d.isFinite { reserved.insert("float") }
            return literalText(v) ?? "float('nan')"
        case .list(let xs):
            return "[" + (try xs.map { try valueExpr($0, loc, src) }).joined(separator: ", ") + "]"
        case .tuple(let xs):
            let items = try xs.map { try valueExpr($0, loc, src) }
            return xs.count == 1 ? "(" + items[0] + ",)" : "(" + items.joined(separator: ", ") + ")"
        case .dict(let d):
            return "{" + (try d.entries.map { try valueExpr($0.key, loc, src) + ": " + valueExpr($0.value, loc, src) })
                .joined(separator: ", ") + "}"
        case .set(let s):
            if s.count == 0 { reserved.insert(s.frozen ? "frozenset" : "set"); return s.frozen ? "frozenset()" : "set()" }
            let items = try s.elements.map { try valueExpr($0, loc, src) }
            let kind = s.frozen ? "frozenset" : "set"
            switch s.orderUnknown == nil ? s.rebuild : .display {
            case .display:
                if s.frozen { reserved.insert(kind); return "frozenset({" + items.joined(separator: ", ") + "})" }
                return "{" + items.joined(separator: ", ") + "}"
            case .fromTuple:
                reserved.insert(kind)
                return kind + "((" + items.joined(separator: ", ") + (items.count == 1 ? ",))" : "))")
            case nil:
                throw fail("cfy cannot write the \(kind) \(items.count > 8 ? "of \(items.count) elements" : "{" + items.joined(separator: ", ") + "}") "
                           + "as Python source that builds it in the same order (its layout comes from removals or set "
                           + "operations)", loc, src)
            }
        case .instance(let inst):
            return try instanceExpr(inst, loc, src)
        case .iter(let it):
            // A view is rebuilt from a dict of its items; an iterator's Python repr holds an address.
            guard it.isView else { throw fail("a \(it.typeName) object cannot be exported (its Python repr holds a memory address)", loc, src) }
            let d = "{" + (try it.items.enumerated().map { i, x -> String in
                switch it.kind {
                case .dictKeys: return try valueExpr(x, loc, src) + ": None"
                case .dictValues: return "\(i): " + (try valueExpr(x, loc, src))
                default:
                    guard case .tuple(let kv) = x, kv.count == 2 else { return "" }
                    return try valueExpr(kv[0], loc, src) + ": " + valueExpr(kv[1], loc, src)
                }
            }).joined(separator: ", ") + "}"
            return d + (it.kind == .dictKeys ? ".keys()" : it.kind == .dictValues ? ".values()" : ".items()")
        case .function(let f):
            return try ensureFunction(f)
        case .builtin(let b):
            return try builtinName(b.name, loc, src)
        case .type(let t):
            switch t {
            case .noneType: reserved.insert("type"); return "type(None)"
            case .builtinFunction: reserved.formUnion(["type", "len"]); return "type(len)"
            case .function: reserved.insert("type"); return "type(lambda: None)"
            case .methodDescriptor: reserved.formUnion(["type", "str"]); return "type(str.upper)"
            case .method, .module: throw fail("the type '\(t.rawValue)' is used as a value", loc, src)
            default: reserved.insert(t.rawValue); return t.rawValue
            }
        case .cls(let c):
            return try classRef(c, loc, src)
        case .method(let m):
            var name = m.name
            if case .instance(let i) = m.receiver, i.cls.isArgs, m.function == nil, name == i.cls.generation.hashMethod {
                if i.cls.generation != target {
                    warn("a bound \(name) method becomes \(target.hashMethod) for curifactory \(target == .experimentArgs ? "0.13" : "0.20"); "
                         + "its qualname, and any hash that uses it, changes", loc, src)
                }
                name = target.hashMethod
            }
            return "(" + (try valueExpr(m.receiver, loc, src)) + ")." + name
        case .module(let m):
            throw fail("the module '\(m.name)' is used as a value", loc, src)
        }
    }

    /// `Cls(field=value, ...)` with every field whose value differs from the class default; for
    /// a class with `__post_init__`, `_cfy_built(Cls, every field=value)`: the values are final
    /// (cfy ran `__post_init__`), so Python must not run it a second time.
    func instanceExpr(_ inst: Instance, _ loc: Loc, _ src: Source?) throws -> String {
        if inst.cls.isException {           // `ValueError('m', 2)`: its args
            guard case .tuple(let args)? = inst.get("args") else { throw fail("an exception without args", loc, src) }
            return try classRef(inst.cls, loc, src) + "(" + args.map { try valueExpr($0, loc, src) }.joined(separator: ", ") + ")"
        }
        let cls = try classRef(inst.cls, loc, src)
        let built = inst.cls.postInit != nil
        var args: [String] = []
        for (f, v) in zip(inst.cls.fields, inst.values) {
            if !built, let d = f.defaultValue, sameValue(d, v) { continue }
            args.append(f.name + "=" + (try valueExpr(v, f.loc, inst.cls.source)))
        }
        if built {
            addBuiltHelper()
            return "_cfy_built(" + ([cls] + args).joined(separator: ", ") + ")"
        }
        return cls + "(" + args.joined(separator: ", ") + ")"
    }

    func addBuiltHelper() {
        reserved.formUnion(["_cfy_built", "object"])
        helpers["_cfy_built"] = """
            def _cfy_built(cls, **fields):
                # An instance with these final field values, made without calling __init__: cfy
                # has run its __post_init__ already, and running it again could change them.
                obj = object.__new__(cls)
                for k, v in fields.items():
                    object.__setattr__(obj, k, v)
                return obj
            """
    }

    /// A class as a value: the curifactory base, or a class the module defines.
    func classRef(_ c: ClassInfo, _ loc: Loc, _ src: Source?) throws -> String {
        if c.base == nil, c.isArgs {
            if c.generation != target {
                throw fail("the class \(c.name) is used as a value, and curifactory \(target == .experimentArgs ? "0.13" : "0.20") "
                           + "has no \(c.name) (use --curifactory \(c.generation == .experimentArgs ? "0.13" : "0.20"))", loc, src)
            }
            use("curifactory", target.baseName)
            return target.baseName
        }
        return try ensureClass(c)
    }

    /// A cfy builtin as the Python object with the same `__qualname__`.
    func builtinName(_ name: String, _ loc: Loc, _ src: Source?) throws -> String {
        switch name {
        case "replace", "asdict", "fields": use("dataclasses", name)
        case "copy", "deepcopy": use("copy", name)
        case "set_hash_functions": use("curifactory", name)
        case "grid": addGridHelper()
        default:
            guard pythonBuiltins.contains(name) else {
                throw fail("the builtin '\(name)' has no Python equivalent", loc, src)
            }
            reserved.insert(name)
        }
        return name
    }

    func addGridHelper() {
        use("dataclasses", "replace")
        reserved.formUnion(["grid", "list", "dict", "zip", "str"])
        helpers["grid"] = """
            def grid(base, **axes):
                # cfy's grid(): a variant of `base` per combination of the axes (the last varies
                # fastest), named {base.name}_KEY=str(value) for each axis.
                import itertools
                keys = list(axes)
                out = []
                for combo in itertools.product(*[list(v) for v in axes.values()]):
                    label = ''.join('_' + k + '=' + str(v) for k, v in zip(keys, combo))
                    out.append(replace(base, name=str(base.name) + label, **dict(zip(keys, combo))))
                return out
            """
    }

    func addViewHelper() {
        reserved.formUnion(["list", "isinstance", "type"])
        helpers["_cfy_list"] = """
            def _cfy_list(v):
                # cfy's dict.keys()/values()/items() return lists, Python's return views.
                if isinstance(v, (type({}.keys()), type({}.values()), type({}.items()))):
                    return list(v)
                return v
            """
    }
}

/// Python builtins cfy also has, under the same name and `__qualname__`.
let pythonBuiltins: Set<String> = Set([
    "print", "repr", "ascii", "len", "isinstance", "callable", "type", "hasattr", "getattr", "enumerate", "zip",
    "reversed", "sorted", "min", "max", "sum", "any", "all", "map", "filter", "abs", "round", "divmod", "pow", "chr",
    "ord", "format", "int", "float", "str", "bool", "list", "dict", "tuple", "range", "object", "issubclass",
]).union(exceptionClassTable.map(\.name) + ["EnvironmentError", "IOError"])

/// Whether two values are the same for Python: same types (1, 1.0 and True differ), floats by
/// bits, strings by code points, functions and classes by identity.
func sameValue(_ a: Value, _ b: Value) -> Bool {
    if stackIsLow() { return false }
    switch (a, b) {
    case (.none, .none): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.bigint(let x), .bigint(let y)): return x == y
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.str(let x), .str(let y)): return strEq(x, y)
    case (.list(let x), .list(let y)), (.tuple(let x), .tuple(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { sameValue($0, $1) }
    case (.dict(let x), .dict(let y)):
        let ex = x.entries, ey = y.entries
        return ex.count == ey.count && zip(ex, ey).allSatisfy { sameValue($0.key, $1.key) && sameValue($0.value, $1.value) }
    case (.range(let a1, let b1, let s1), .range(let a2, let b2, let s2)): return a1 == a2 && b1 == b2 && s1 == s2
    case (.instance(let x), .instance(let y)):
        return x.cls === y.cls && zip(x.values, y.values).allSatisfy { sameValue($0, $1) }
    case (.function(let x), .function(let y)): return x === y
    case (.builtin(let x), .builtin(let y)): return x.name == y.name
    case (.type(let x), .type(let y)): return x == y
    case (.cls(let x), .cls(let y)): return x === y
    case (.module(let x), .module(let y)): return x === y
    case (.method(let x), .method(let y)):
        return x.name == y.name && x.function === y.function && sameValue(x.receiver, y.receiver)
    default: return false
    }
}
