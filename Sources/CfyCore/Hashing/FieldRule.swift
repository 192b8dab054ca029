// FieldRule: how curifactory hashes each field of an args set, as typed values (what
// `args_hash(dry=True)` says, before any label text is written: that is Labels.swift).

/// Why a field does not count toward the hash.
public enum SkipReason: Sendable, Equatable {
    /// `name`, `hash`, `overwrite` and `hash_representations` are never hashed.
    case blacklist
    /// `hash_representations[field]` is None.
    case noneInHashRepresentations
    /// The field's value is None.
    case valueIsNone
}

/// The rule curifactory applied to one field, with what it produced.
public enum FieldRule {
    case skipped(SkipReason)
    /// A `hash_representations` function ran; `rep` is what it returned (None: not hashed).
    case custom(rep: Value)
    /// A callable: hashed by its `__qualname__`.
    case qualname(String)
    /// A nested dataclass (instance or type): its own fields are hashed, without its name.
    case nested(DryArgs)
    /// Everything else: hashed by its Python repr.
    case repr(String)

    /// The rule without what it produced.
    public var kind: RuleKind {
        switch self {
        case .skipped(let r): return .skipped(r)
        case .custom: return .custom
        case .qualname: return .qualname
        case .nested: return .nested
        case .repr: return .repr
        }
    }

    /// The representation, as the dry dict holds it: None when skipped (and for a nested set,
    /// whose fields are in `nested`).
    public var rep: Value {
        switch self {
        case .skipped, .nested: return .none
        case .custom(let r): return r
        case .qualname(let s), .repr(let s): return .str(s)
        }
    }
}

/// A `FieldRule` without its payload.
public enum RuleKind: Sendable, Equatable {
    case skipped(SkipReason)
    case custom
    case qualname
    case nested
    case repr
}

/// One field of a dry args set.
public struct DryField {
    public let name: String
    public let rule: FieldRule

    /// The fields of a nested set, if this field is one.
    public var nested: DryArgs? { if case .nested(let d) = rule { return d } else { return nil } }
}

/// `args_hash(dry=True)` as typed values: every field in field order, with its rule; the
/// generation decides only the label text the Python-visible dict gets (Labels.swift).
public struct DryArgs {
    public var fields: [DryField]
    public var generation: Generation

    public subscript(name: String) -> DryField? { fields.first { $0.name == name } }
}
