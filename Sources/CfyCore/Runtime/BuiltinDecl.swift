// BuiltinDecl: how a builtin function or a method of a builtin type is declared: once, in its
// family's table (as Lua's lbaselib.c `base_funcs[]`). The globals, attribute lookup, method
// calls, completion and the REPL's help all read these tables; nothing lists the names again.
//
// Functions: Builtins/CoreFunctions.swift, Numeric.swift, ArgsBuiltins.swift, ExceptionClasses.swift
// (`builtinFunctionTables`).
// Methods: Builtins/StrMethods.swift, CollectionMethods.swift, NumberMethods.swift (`methodTables`),
// called through Builtins/MethodCalls.swift. What implementations see: BuiltinContext.swift.

/// A builtin function: `len`, `print`, `grid`, ...
public struct BuiltinDecl: Sendable {
    public let name: String
    /// Python's signature text: `len(obj, /)`.
    public let signature: String
    /// One or two lines, as a Python docstring begins.
    public let doc: String
    /// What the Python equivalent is (a C function, a class, a Python function): its repr.
    public let kind: Builtin.Kind
    let impl: @Sendable (BuiltinContext, Args, Loc) throws -> Value

    init(_ name: String, _ signature: String, _ doc: String, kind: Builtin.Kind = .function,
         _ impl: @escaping @Sendable (BuiltinContext, Args, Loc) throws -> Value) {
        self.name = name; self.signature = signature; self.doc = doc; self.kind = kind; self.impl = impl
    }
}

/// A method of a builtin type: `str.upper`, `list.append`, `int.bit_length`, ... (a class: a
/// lookup hands out a reference, not a copy of its strings and closure).
public final class MethodDecl: Sendable {
    public let name: String
    /// Python's signature text: `list.append(object, /)`.
    public let signature: String
    public let doc: String
    /// Changes its receiver (`list.append`): called in place on a variable (`x.append(1)`), and
    /// refused when called unbound (`list.append(x, 1)`).
    public let mutates: Bool
    let impl: Impl

    /// The implementation, by what it receives. Each gets the method's name (for messages).
    enum Impl: Sendable {
        /// A list (or a tuple's items, copied), changed in place when `mutates`.
        case list(@Sendable (BuiltinContext, String, inout [Value], Args, Loc) throws -> Value)
        case dict(@Sendable (BuiltinContext, String, inout PyDict, Args, Loc) throws -> Value)
        case set(@Sendable (BuiltinContext, String, inout PySet, Args, Loc) throws -> Value)
        case str(@Sendable (BuiltinContext, String, String, Args, Loc) throws -> Value)
        /// Any other receiver (an int, bool or float), as it is.
        case value(@Sendable (BuiltinContext, String, Value, Args, Loc) throws -> Value)
    }

    init(_ name: String, _ signature: String, _ doc: String, mutates: Bool = false, _ impl: Impl) {
        self.name = name; self.signature = signature; self.doc = doc; self.mutates = mutates; self.impl = impl
    }
}

/// The methods of one builtin type, in the order completion and did-you-mean list them.
public final class MethodTable: Sendable {
    public let typeName: String
    public let decls: [MethodDecl]
    /// The names, in declaration order.
    public let names: [String]
    /// Open addressing on a cheap hash of the name (its length, first and last byte): a method
    /// call looks its name up without hashing the whole string.
    private let slots: [MethodDecl?]

    init(_ typeName: String, _ decls: [MethodDecl]) {
        self.typeName = typeName
        self.decls = decls
        names = decls.map(\.name)
        var slots = [MethodDecl?](repeating: nil, count: Self.slotCount)
        for m in decls {
            var k = Self.slot(m.name)
            while slots[k] != nil { k = (k + 1) & (Self.slotCount - 1) }
            slots[k] = m
        }
        self.slots = slots
    }

    /// A power of two, over twice the longest table (str's 43 methods).
    private static let slotCount = 128

    @inline(__always) private static func slot(_ name: String) -> Int {
        let u = name.utf8
        let first = Int(u.first ?? 0), last = Int(u.last ?? 0)
        return (u.count &* 31 &+ first &* 7 &+ last) & (slotCount - 1)
    }

    public subscript(_ name: String) -> MethodDecl? {
        var k = Self.slot(name)
        while let m = slots[k] {
            if m.name == name { return m }
            k = (k + 1) & (Self.slotCount - 1)
        }
        return nil
    }
}

/// Every builtin function, family by family.
public let builtinFunctionTables: [[BuiltinDecl]] = [coreFunctions, numericFunctions, argsFunctions, classFunctions]

/// The builtins' global names: each builtin type, then each declared function.
func registerBuiltins(_ b: inout [String: Value]) {
    for t in BuiltinType.allCases where !BuiltinType.internalTypes.contains(t) { b[t.rawValue] = .type(t) }
    for table in builtinFunctionTables {
        for d in table { b[d.name] = .builtin(Builtin(d.name, kind: d.kind, d.impl)) }
    }
    // The Python front end's helpers: names no source can spell, listed nowhere (`builtinNames`).
    for d in pythonFunctions { b[d.name] = .builtin(Builtin(d.name, kind: d.kind, d.impl)) }
    registerExceptionClasses(&b)
}

/// Every method table, by the type name Python gives the receiver.
public let methodTables: [String: MethodTable] = {
    var out: [String: MethodTable] = [:]
    for t in [strMethods, listMethods, dictMethods, tupleMethods, intMethods, boolMethods, floatMethods, setMethods,
              frozensetMethods] { out[t.typeName] = t }
    return out
}()

/// Which method table a value's type has (`.none`: none).
enum MethodKind: UInt8 {
    case none, str, list, dict, tuple, int, bool, float, set, frozenset

    @inline(__always) init(_ v: Value) {
        switch v {
        case .str: self = .str
        case .list: self = .list
        case .dict: self = .dict
        case .tuple: self = .tuple
        case .int, .bigint: self = .int
        case .bool: self = .bool
        case .float: self = .float
        case .set(let s): self = s.frozen ? .frozenset : .set
        default: self = .none
        }
    }
}

/// The method table of a kind of value.
func methodTable(of k: MethodKind) -> MethodTable? {
    switch k {
    case .none: return nil
    case .str: return strMethods
    case .list: return listMethods
    case .dict: return dictMethods
    case .tuple: return tupleMethods
    case .int: return intMethods
    case .bool: return boolMethods
    case .float: return floatMethods
    case .set: return setMethods
    case .frozenset: return frozensetMethods
    }
}

/// The methods of `v`'s type; nil when it has none in a table.
@inline(__always) func methodTable(of v: Value) -> MethodTable? { methodTable(of: MethodKind(v)) }

/// Method names per builtin type, read from the tables (the sandbox test calls each one).
public let builtinMethodNames: [String: [String]] = methodTables.mapValues(\.names)

/// Methods that change their receiver, of any type; the compiler makes `x.NAME(...)` on a
/// variable an in-place call for these.
let mutatingMethods: Set<String> = Set(methodTables.values.flatMap { $0.decls.filter(\.mutates).map(\.name) })

/// The declaration of a builtin function or method by name, for help: `len`, `str.upper`.
public func builtinDoc(_ name: String) -> (signature: String, doc: String)? {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    if parts.count == 2, let m = methodTables[parts[0]]?[parts[1]] { return (m.signature, m.doc) }
    for table in builtinFunctionTables {
        if let d = table.first(where: { $0.name == name }) { return (d.signature, d.doc) }
    }
    return nil
}
