// DryTable: `:dry X` — how an args set's hash is made, one row per field (nested fields indented).

import CfyCore

/// One field of a dry set, as the tables show it.
struct DryEntry {
    var field: String
    /// curifactory's rule for it.
    var strategy: RuleKind
    /// The generation whose labels the set has (two labels differ across generations).
    var generation: Generation
    /// The representation (None when the field is skipped).
    var rep: Value
    /// A nested dataclass's own entries.
    var nested: [DryEntry]?

    var isNested: Bool { nested != nil }

    /// The strategy in a few words.
    var shortStrategy: String {
        switch strategy {
        case .skipped(.blacklist): return "skipped (blacklist)"
        case .skipped(.noneInHashRepresentations): return "skipped (hash_representations)"
        case .skipped(.valueIsNone): return "skipped (None)"
        case .custom: return "custom function"
        case .nested: return "nested dataclass"
        case .qualname: return "__qualname__"
        case .repr: return "repr()"
        }
    }

    var isCustom: Bool { strategy == .custom }

    /// Whether curifactory's labels for the two are the same.
    func sameStrategy(as other: DryEntry) -> Bool { Labels.same(strategy, generation, other.strategy, other.generation) }
}

/// The entries of a dry set (`args_hash(dry=True)`).
func dryEntries(_ d: DryArgs) -> [DryEntry] {
    d.fields.map { f in
        DryEntry(field: f.name, strategy: f.rule.kind, generation: d.generation, rep: f.rule.rep, nested: f.nested.map(dryEntries))
    }
}

/// What an entry adds to the hash: the texts whose md5s are summed (`NAME + str(rep)`), nested
/// fields included.
func hashedTexts(_ e: DryEntry, _ session: Session) -> [String] {
    if let n = e.nested { return n.flatMap { hashedTexts($0, session) } }
    if e.rep.isNone { return [] }
    return [e.field + ((try? session.str(e.rep)) ?? "?")]
}

/// The `:dry` report for an args set (or any dataclass instance).
///
/// ```
/// field  strategy             representation  hashed  why
/// name   skipped (blacklist)  None            no      never hashed
/// lr     repr()               '0.01'          yes     md5 of 'lr0.01'
/// hash  2f0c…
/// ```
/// `width`: the window's (the table is fitted to it), nil for a whole table.
func dryReport(_ inst: Instance, session: Session, style: Style, width: Int? = nil) throws -> String {
    let entries = dryEntries(try session.dryArgs(inst))
    var rows: [[String]] = [["field", "strategy", "representation", "hashed", "why"].map(style.bold)]
    var counted = 0
    func add(_ es: [DryEntry], _ prefix: String, _ level: Int) {
        if level == maxTableNesting {
            rows.append([prefix + "…", "", "(\(nestedLevels(es)) more levels)", "", "nested deeper than the table shows"])
            counted += es.reduce(0) { $0 + hashedTexts($1, session).count }
            return
        }
        for e in es {
            let name = prefix + e.field
            if let n = e.nested {
                rows.append([name, e.shortStrategy, "(\(n.count) field\(n.count == 1 ? "" : "s"))", "↓",
                             "its fields are hashed (without '\(e.field)')"])
                add(n, name + ".", level + 1)
                continue
            }
            let texts = hashedTexts(e, session)
            counted += texts.count
            let rep = truncate((try? session.repr(e.rep)) ?? "?", 28)
            let hashed = texts.isEmpty ? style.dim("no") : style.good("yes")
            rows.append([name, e.shortStrategy, rep, hashed, why(e, texts, session)])
        }
    }
    add(entries, "", 0)
    var text = table(rows, width: width, flexible: [2, 4])   // representation, why
    let computed = try dryHash(inst, session)
    if case .str(let explicit)? = inst.get("hash") {
        text += "hash  \(style.hash(explicit))  (the hash field is set, so args_hash() returns it; "
            + "computed: \(computed))\n"
    } else {
        text += "hash  \(style.hash(computed))  (sum of \(counted) md5\(counted == 1 ? "" : "s"), in hex)\n"
    }
    return wrapLines(text, width: width)                 // the hash line too (tables already fit)
}

/// How deep the `:dry` and `:diff` tables follow nested dataclasses (each level lengthens every
/// row's name below it, so a set nested thousands of levels deep would print quadratic text);
/// deeper levels are one row, "… N more levels".
let maxTableNesting = 32

/// How many levels of nested dataclasses `es` holds (itself included), without recursion.
func nestedLevels(_ es: [DryEntry]) -> Int {
    var levels = 0
    var level: [DryEntry] = es
    while !level.isEmpty {
        levels += 1
        level = level.flatMap { $0.nested ?? [] }
    }
    return levels
}

/// The reason column of `:dry`.
private func why(_ e: DryEntry, _ texts: [String], _ session: Session) -> String {
    switch e.strategy {
    case .skipped(.blacklist): return "never hashed"
    case .skipped(.noneInHashRepresentations): return "hash_representations['\(e.field)'] is None"
    case .skipped(.valueIsNone): return "value is None"
    default:
        if let t = texts.first { return "md5 of " + truncate((try? session.repr(.str(t))) ?? t, 40) }
        return e.isCustom ? "custom function returned None" : "representation is None"
    }
}

/// The hash computed from the fields, ignoring an explicit `hash` (which `args_hash()` would return).
func dryHash(_ inst: Instance, _ session: Session) throws -> String {
    var copy = inst
    if let i = inst.cls.fieldIndex["hash"] { copy.values[i] = .none }
    return try session.hash(copy)
}
