// Objects: classes, instances, functions, builtins, bound methods and modules.

/// A type annotation resolved at class definition.
public indirect enum FieldType: Sendable, CustomStringConvertible {
    case any
    case builtin(BuiltinType)
    case cls(ClassInfo)
    case list(FieldType)
    case dict(FieldType, FieldType)
    case tuple

    public var description: String {
        switch self {
        case .any: return "any"
        case .builtin(let t): return t.rawValue
        case .cls(let c): return c.name
        case .list(let t): return "list[\(t)]"
        case .dict(let k, let v): return "dict[\(k), \(v)]"
        case .tuple: return "tuple"
        }
    }
}

/// One dataclass field.
public struct FieldInfo: Sendable {
    public var name: String
    public var type: FieldType
    /// The default value; nil for a required field.
    public var defaultValue: Value?
    /// Shown by repr (false for `hash_representations`, as curifactory declares it).
    public var repr: Bool
    public var loc: Loc
}

/// A class: every cfy class is a dataclass. `ExperimentArgs` is one, built in.
public final class ClassInfo: @unchecked Sendable {
    public let name: String
    public let qualname: String
    public let base: ClassInfo?
    public var fields: [FieldInfo] = []
    public var fieldIndex: [String: Int] = [:]
    /// Class attributes that are not fields (`x = 1` of a new name in a class body).
    public var attributes: [String: Value] = [:]
    public var methods: [String: Function] = [:]
    /// `__post_init__` (its own or inherited), run after construction, `replace()` and `grid()`.
    public var postInit: Function?
    /// The fields `__post_init__` changes in place through `self` (InPlaceFields.swift).
    var postInitInPlace: Set<String> = []
    /// What `args_hash()` needs of the fields, computed on first use (DirectHash.swift).
    var hashPlan: HashPlan?
    public let source: Source?
    public let loc: Loc
    /// True for ExperimentArgs, ExperimentParameters and their subclasses.
    public var isArgs: Bool
    /// Which curifactory base the class is built on (inherited): it picks the dry labels and the
    /// name of the hashing method (`args_hash` or `params_hash`).
    public var generation: Generation

    public init(name: String, qualname: String, base: ClassInfo?, source: Source?, loc: Loc) {
        self.name = name; self.qualname = qualname; self.base = base
        self.source = source; self.loc = loc
        self.isArgs = base?.isArgs ?? false
        self.generation = base?.generation ?? .experimentArgs
        if let b = base {
            fields = b.fields; fieldIndex = b.fieldIndex
            attributes = b.attributes; methods = b.methods; postInit = b.postInit; postInitInPlace = b.postInitInPlace
        }
    }

    public func isSubclass(of other: ClassInfo) -> Bool {
        var c: ClassInfo? = self
        while let k = c { if k === other { return true }; c = k.base }
        return false
    }

    public func method(_ name: String) -> Function? { methods[name] }
}

/// An instance of a cfy class: its class and one value per field, in field order.
///
/// The values are a `base` array and a short `patch` of (field, value) over it. The variants of
/// a grid share their base's storage and hold only their number in the grid (a patch entry with
/// index -1): their axis values and their name come from the grid (`GridSpec`) when read, so a
/// million variants of a 14-field set cost ~110 bytes each, not ~700.
public struct Instance: Sendable {
    /// The class and the origin, shared by every instance one call site makes.
    private var meta: InstanceMeta
    private var base: [Value]
    private var patch: [Patch] = []

    struct Patch: Sendable {
        var index: Int
        var value: Value
    }

    public init(cls: ClassInfo, values: [Value], origin: Origin? = nil) {
        meta = InstanceMeta(cls, origin)
        base = values
    }

    init(meta: InstanceMeta, values: [Value]) {
        self.meta = meta
        base = values
    }

    public var cls: ClassInfo { meta.cls }

    /// Where it was made (for lints); shared by all variants one call makes.
    public var origin: Origin? {
        get { meta.origin }
        set { meta = InstanceMeta(meta.cls, newValue) }
    }

    var sharedMeta: InstanceMeta {
        get { meta }
        set { meta = newValue }
    }

    /// All field values, in field order.
    public var values: [Value] {
        get {
            if patch.isEmpty { return base }
            var out = base
            for p in patch {
                if p.index >= 0 { out[p.index] = p.value; continue }
                guard let g = meta.grid, case .int(let n) = p.value else { continue }
                for i in out.indices { if let v = g.value(field: i, variant: Int(n)) { out[i] = v } }
            }
            return out
        }
        set { base = newValue; patch = [] }
    }

    /// Field `i`.
    public subscript(i: Int) -> Value {
        get {
            if !patch.isEmpty {
                for p in patch.reversed() {
                    if p.index == i { return p.value }
                    if p.index < 0, let g = meta.grid, case .int(let n) = p.value, let v = g.value(field: i, variant: Int(n)) {
                        return v
                    }
                }
            }
            return base[i]
        }
        set {
            if patch.isEmpty { base[i] = newValue } else { values = values; base[i] = newValue }
        }
    }

    /// Changes field `i` in place.
    mutating func modify(_ i: Int, _ f: (inout Value) throws -> Void) rethrows {
        if !patch.isEmpty { values = values }
        try f(&base[i])
    }

    /// Variant `n` of a grid, untouched since `grid()` made it: its spec, its number and the
    /// storage it shares with the grid's other variants (any change to a variant copies it first).
    var gridVariant: (spec: GridSpec, n: Int, base: [Value])? {
        guard patch.count == 1, patch[0].index < 0, let g = meta.grid, case .int(let n) = patch[0].value
        else { return nil }
        return (g, Int(n), base)
    }

    /// Variant `n` of the grid in `meta`, sharing this instance's storage.
    func variant(_ n: Int, meta: InstanceMeta, base shared: [Value]) -> Instance {
        var v = Instance(meta: meta, values: shared)
        v.patch = [Patch(index: -1, value: .int(Int64(n)))]
        return v
    }

    public func get(_ field: String) -> Value? { cls.fieldIndex[field].map { self[$0] } }

    /// For `Teardown`: the nested field values this instance alone holds.
    /// Whether a field holds a container (releasing this instance could recurse further).
    var holdsContainer: Bool {
        base.contains(where: Teardown.isContainer) || patch.contains { Teardown.isContainer($0.value) }
    }

    mutating func detachChildren(into work: inout [Value]) {
        Teardown.pushChildren(of: &base, into: &work)
        for p in patch where Teardown.isNested(p.value) { work.append(p.value) }
    }
}

/// An instance's class and origin: one object per call site, shared by what it makes; for the
/// variants of a grid, also the grid.
final class InstanceMeta: Sendable {
    let cls: ClassInfo
    let origin: Origin?
    let grid: GridSpec?
    init(_ cls: ClassInfo, _ origin: Origin?, grid: GridSpec? = nil) {
        self.cls = cls; self.origin = origin; self.grid = grid
    }
}

/// `grid(base, a=[...], b=[...])`: the fields of variant n (in itertools.product order, the last
/// axis fastest) and its name, `{base.name}_a=..._b=...`.
final class GridSpec: Sendable {
    let nameIndex: Int?
    let baseName: String
    /// Per axis: the field it sets, its values, their labels (`_a=0.1`), and how many variants
    /// one step of it spans.
    let fields: [Int]
    let values: [[Value]]
    let labels: [[String]]
    let strides: [Int]
    /// Per field of the class: the (last) axis that sets it, -1 for none, -2 for the name.
    let axisOf: [Int]

    init(nameIndex: Int?, baseName: String, fields: [Int], values: [[Value]], labels: [[String]], fieldCount: Int) {
        self.nameIndex = nameIndex; self.baseName = baseName
        self.fields = fields; self.values = values; self.labels = labels
        var axisOf = [Int](repeating: -1, count: fieldCount)
        for (j, f) in fields.enumerated() where f < fieldCount { axisOf[f] = j }
        if let ni = nameIndex, ni < fieldCount { axisOf[ni] = -2 }
        self.axisOf = axisOf
        var strides = [Int](repeating: 1, count: values.count)
        for j in stride(from: values.count - 2, through: 0, by: -1) { strides[j] = strides[j + 1] * values[j + 1].count }
        self.strides = strides
    }

    func axisIndex(_ j: Int, _ n: Int) -> Int { (n / strides[j]) % values[j].count }

    /// Field `i` of variant `n`, when the grid sets it (the name wins over an axis called `name`).
    func value(field i: Int, variant n: Int) -> Value? {
        guard i < axisOf.count else { return nil }
        let j = axisOf[i]
        if j >= 0 { return values[j][axisIndex(j, n)] }
        if j == -1 { return nil }
        var name = baseName
        for j in labels.indices { name += labels[j][axisIndex(j, n)] }
        return .str(name)
    }
}

/// A function defined by `def` or `lambda`, with its closure.
public final class Function: @unchecked Sendable {
    public let name: String
    /// Python's `__qualname__`: `f`, `outer.<locals>.inner`, `<lambda>`, `Args.method`.
    public let qualname: String
    public let params: [Param]
    public let defaults: [Value?]
    public let body: FunctionBody
    public let closure: Environment
    public let source: Source?
    public let loc: Loc
    /// The compiled body.
    let code: FunctionCode

    public enum FunctionBody: Sendable { case block([Stmt]), expr(Expr) }

    init(code: FunctionCode, defaults: [Value?], closure: Environment, source: Source?) {
        self.name = code.name; self.qualname = code.qualname; self.params = code.params; self.defaults = defaults
        self.body = code.body; self.closure = closure; self.source = source; self.loc = code.loc
        self.code = code
    }
}

/// Call arguments after evaluation.
public struct Args: Sendable {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]
    public init(_ positional: [Value] = [], _ keywords: [(name: String, value: Value)] = []) {
        self.positional = positional; self.keywords = keywords
    }
    public func keyword(_ name: String) -> Value? { keywords.first { $0.name == name }?.value }
}

/// A builtin function: `len`, `replace`, `grid`, ...
public final class Builtin: @unchecked Sendable {
    /// What the Python equivalent is, which decides its repr.
    public enum Kind: Sendable {
        /// A C builtin: `<built-in function len>`.
        case function
        /// A class in Python (`map`, `zip`, ...): `<class 'map'>`.
        case pythonClass
        /// A function written in Python (`dataclasses.replace`, `copy.deepcopy`, curifactory's
        /// `set_hash_functions`): its repr holds a memory address.
        case pythonFunction
    }
    public let name: String
    public let kind: Kind
    public let impl: @Sendable (BuiltinContext, Args, Loc) throws -> Value
    public init(_ name: String, kind: Kind = .function, _ impl: @escaping @Sendable (BuiltinContext, Args, Loc) throws -> Value) {
        self.name = name; self.kind = kind; self.impl = impl
    }
}

/// `x.method` taken as a value: a builtin method of str/list/dict, or a user method.
public struct BoundMethod: Sendable {
    public var receiver: Value
    public var name: String
    /// Set for user-defined methods.
    public var function: Function?
    public var isBuiltin: Bool { function == nil }
    /// `str.upper`, `list.append`: a builtin type's method taken from the type (Python's method
    /// descriptor), called with the object first.
    public var isUnbound: Bool { if function == nil, case .type = receiver { return true } else { return false } }
    /// `__qualname__`: `str.upper`, `Args.args_hash`, `Args.describe`.
    public var qualname: String {
        if let f = function { return f.qualname }
        if case .type(let t) = receiver { return t.rawValue + "." + name }
        if case .instance(let i) = receiver, i.cls.isArgs, name == i.cls.generation.hashMethod {
            return i.cls.generation.baseName + "." + name
        }
        return receiver.typeName + "." + name
    }
}

/// A module loaded by `import`.
public final class Module: @unchecked Sendable {
    public let name: String
    public let path: String
    public let env: Environment
    init(name: String, path: String, env: Environment) { self.name = name; self.path = path; self.env = env }
}

/// Where an instance was made: the call's location, and whether it carried an explicit `hash`
/// from the set it was derived from while its parameters changed (a stale hash).
public final class Origin: Sendable {
    public let source: Source?
    public let loc: Loc
    public let how: String
    public let staleHash: Bool
    init(source: Source?, loc: Loc, how: String, staleHash: Bool = false) {
        self.source = source; self.loc = loc; self.how = how; self.staleHash = staleHash
    }
}
