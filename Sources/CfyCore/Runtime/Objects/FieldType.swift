// FieldType: a field's type annotation, resolved at class definition.

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
