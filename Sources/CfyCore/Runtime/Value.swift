// Value: every runtime value. Value semantics throughout: lists, dicts and instances are Swift
// value types, so assignment copies and a derived variant never changes its source.

#if canImport(Glibc)
import Glibc
#endif

public enum Value: Sendable {
    case none
    case bool(Bool)
    case int(Int64)
    /// An int past Int64, always: arithmetic normalises (see `Value.integer`), so an int that
    /// fits is `.int` and equality and dict keys compare `.bigint` only with `.bigint` and floats.
    case bigint(BigInt)
    case float(Double)
    case str(String)
    case list([Value])
    case tuple([Value])
    indirect case dict(PyDict)
    /// A set or a frozenset (`PySet.frozen`), laid out as CPython's.
    indirect case set(PySet)
    case range(start: Int64, stop: Int64, step: Int64)
    case instance(Instance)
    case function(Function)
    case builtin(Builtin)
    indirect case method(BoundMethod)
    case cls(ClassInfo)
    case type(BuiltinType)
    case module(Module)
    /// A dict view or an iterator (PyIter.swift).
    case iter(PyIter)

    /// Python's `type(x).__name__`.
    public var typeName: String {
        switch self {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int, .bigint: return "int"
        case .float: return "float"
        case .str: return "str"
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return "dict"
        case .set(let s): return s.frozen ? "frozenset" : "set"
        case .range: return "range"
        case .instance(let i): return i.cls.name
        case .function: return "function"
        case .builtin(let b):
            if let o = b.opaque { return o.typeName }
            switch b.kind {
            case .function: return "builtin_function_or_method"
            case .pythonClass: return "type"
            case .pythonFunction: return "function"
            }
        case .method(let m):
            if m.isUnbound { return "method_descriptor" }
            return m.isBuiltin ? "builtin_function_or_method" : "method"
        case .cls, .type: return "type"
        case .module: return "module"
        case .iter(let it): return it.typeName
        }
    }

    /// Python truthiness.
    public var truthy: Bool {
        switch self {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigint: return true
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .list(let a), .tuple(let a): return !a.isEmpty
        case .dict(let d): return d.count > 0
        case .set(let s): return s.count > 0
        case .range(let a, let b, let s): return rangeCount(a, b, s) > 0
        case .iter(let it): return !it.isView || !it.items.isEmpty
        default: return true
        }
    }

    /// The int `b`, as `.int` when it fits in Int64.
    @inline(__always) public static func integer(_ b: BigInt) -> Value {
        if let i = b.int64 { return .int(i) }
        return .bigint(b)
    }

    public var isNone: Bool { if case .none = self { return true } else { return false } }
    public var isInstance: Bool { if case .instance = self { return true } else { return false } }

    /// Functions, builtins, methods and classes: what Python's `callable()` accepts.
    public var isCallable: Bool {
        switch self {
        case .function, .builtin, .method, .cls, .type: return true
        default: return false
        }
    }
}

/// Number of elements of `range(start, stop, step)`, at most Int64.max (a range over the whole
/// 64-bit line has 2**64 - 1: see `rangeCountExact`).
public func rangeCount(_ start: Int64, _ stop: Int64, _ step: Int64) -> Int64 {
    Int64(clamping: rangeCountExact(start, stop, step))
}

/// Number of elements of `range(start, stop, step)`, exactly.
public func rangeCountExact(_ start: Int64, _ stop: Int64, _ step: Int64) -> Int128 {
    let a = Int128(start), b = Int128(stop), s = Int128(step)
    if s > 0, a < b { return (b - a - 1) / s + 1 }
    if s < 0, a > b { return (a - b - 1) / -s + 1 }
    return 0
}

/// Builtin types that are also callable converters: `int("3")`, `isinstance(x, str)`.
public enum BuiltinType: String, Sendable, CaseIterable {
    case int, float, str, bool, list, dict, tuple, range, object, set, frozenset
    case noneType = "NoneType"
    // Types that `type(x)` gives but no builtin name holds (the `internal` ones).
    case function, method, module
    case builtinFunction = "builtin_function_or_method"
    case methodDescriptor = "method_descriptor"
    case typeType = "type"
    // The types of dict views and iterators (PyIter.Kind's names).
    case dictKeys = "dict_keys", dictValues = "dict_values", dictItems = "dict_items", map, filter, zip, enumerate
    case listReverseIterator = "list_reverseiterator", reversed, rangeIterator = "range_iterator", generator

    /// Not a builtin name nor a field type: only what `type()` returns.
    public static let internalTypes: Set<BuiltinType> = [.noneType, .object, .function, .method, .module,
                                                         .builtinFunction, .methodDescriptor, .typeType,
                                                         .dictKeys, .dictValues, .dictItems, .map, .filter, .zip,
                                                         .enumerate, .listReverseIterator, .reversed, .rangeIterator,
                                                         .generator]
}

/// A string compared and hashed by code points, as Python does (`"é" != "e\u0301"`).
public struct PyStr: Hashable, Sendable {
    public var s: String
    public init(_ s: String) { self.s = s }
    public static func == (a: PyStr, b: PyStr) -> Bool { strEq(a.s, b.s) }
    public func hash(into h: inout Hasher) {
        var bytes = s
        bytes.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Code-point equality and order for Swift strings (UTF-8 byte order is code point order).
@inline(__always) func strEq(_ a: String, _ b: String) -> Bool {
    let n = a.utf8.count
    guard n == b.utf8.count else { return false }
    if n == 0 { return true }
    var a = a, b = b
    return a.withUTF8 { pa in
        b.withUTF8 { pb in
            guard let x = pa.baseAddress, let y = pb.baseAddress else { return false }
            return memcmp(x, y, n) == 0
        }
    }
}
@inline(__always) func strLess(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
