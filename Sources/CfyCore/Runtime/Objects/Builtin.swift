// Builtin: a builtin function value (`len`, `replace`, `grid`, ...).

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
    /// Set for a value of a module cfy cannot run (PythonOpaque.swift): where it came from.
    public internal(set) var opaque: OpaqueOrigin?
    public init(_ name: String, kind: Kind = .function, _ impl: @escaping @Sendable (BuiltinContext, Args, Loc) throws -> Value) {
        self.name = name; self.kind = kind; self.impl = impl
    }
}
