// Labels: the text curifactory writes for each field's rule (0.13's and 0.20's wording). Written
// here only: for the Python-visible `args_hash(dry=True)` dict, the registry's `_DRY_REPS`, the
// lock file and export. Reading labels from outside (a registry on disk, an old lock file) is
// here too; nothing else looks inside a label.

public enum Labels {

    /// The label of field `n` hashed by `kind`, in generation `g`'s wording.
    public static func text(_ n: String, _ kind: RuleKind, _ g: Generation) -> String {
        let old = g == .experimentArgs
        switch kind {
        case .skipped(let r): return "SKIPPED: " + reason(r)
        case .custom: return old ? "param_set.hash_representations['\(n)'](param_set, param_set.\(n))"
                                 : "param_set.hash_representations['\(n)'](param_set, \(n))"
        case .nested: return (old ? "get_parameters_hash_values" : "get_param_set_hash_values") + "(param_set, \(n))"
        case .qualname: return old ? "value.__qualname__" : "\(n).__qualname__"
        case .repr: return old ? "repr(param_set.\(n))" : "repr(\(n))"
        }
    }

    /// Why a field is skipped, as its label says after `SKIPPED: `.
    public static func reason(_ r: SkipReason) -> String {
        switch r {
        case .blacklist: return "blacklist"
        case .noneInHashRepresentations: return "set to None in hash_representations"
        case .valueIsNone: return "value is None"
        }
    }

    /// Whether fields `a` and `b` of one name, in generations `ga` and `gb`, have the same label.
    public static func same(_ a: RuleKind, _ ga: Generation, _ b: RuleKind, _ gb: Generation) -> Bool {
        if case .skipped = a { return a == b }
        return a == b && ga == gb
    }

    /// The dict `args_hash(dry=True)` returns: field → (label, representation), nested sets as dicts.
    public static func pyDict(_ dry: DryArgs) -> PyDict {
        var out = PyDict()
        for f in dry.fields {
            let rep: Value
            if case .nested(let inner) = f.rule { rep = .dict(pyDict(inner)) } else { rep = f.rule.rep }
            out.set(.str(PyStr(f.name)), key: .str(f.name), value: .tuple([.str(text(f.name, f.rule.kind, dry.generation)), rep]))
        }
        return out
    }

    // MARK: labels read from outside

    /// What a label read from a file tells about its field's rule.
    public enum External {
        /// `….__qualname__`: a callable.
        case qualname
        /// `param_set.hash_representations[…]`: the output of a custom hash function.
        case custom
        /// `repr(…)`: a Python repr.
        case repr
        case other
    }

    /// Reads a label written by curifactory (a registry's `_DRY_REPS`) or by an older cfy (a lock file).
    public static func external(_ label: String) -> External {
        if label.hasSuffix(".__qualname__") { return .qualname }
        if label.hasPrefix("param_set.hash_representations[") { return .custom }
        if label.hasPrefix("repr(") { return .repr }
        return .other
    }

    /// Whether a label read from a file names `hash_representations` (a custom function, or a
    /// field it sets to None).
    public static func mentionsHashRepresentations(_ label: String) -> Bool {
        label.contains("hash_representations")
    }
}
