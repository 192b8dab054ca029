// BoundMethod: `x.method` taken as a value.

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
