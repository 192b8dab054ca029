// FieldInfo: one dataclass field (name, type, default, whether repr shows it).

/// One dataclass field.
public struct FieldInfo: Sendable {
    public var name: String
    public var type: FieldType
    /// The default value; nil for a required field.
    public var defaultValue: Value?
    /// Shown by repr (false for `hash_representations`, as curifactory declares it).
    public var repr: Bool
    public var loc: Loc
    /// An `__init__` parameter (false for a Python `field(init=False)`: it takes its default, in
    /// `replace()` too).
    public var initArg = true
    /// A keyword-only `__init__` parameter (Python's `kw_only=True`, `_: KW_ONLY`).
    public var kwOnly = false
    /// Compared by `==` (false for Python's `field(compare=False)`).
    public var compare = true
}
