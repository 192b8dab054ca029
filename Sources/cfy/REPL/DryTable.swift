// DryTable: `:dry X` — how an args set's hash is made, one row per field (nested fields indented).

import CfyCore

/// One field of a dry dict, read back into Swift.
struct DryEntry {
    var field: String
    /// curifactory's label, e.g. `repr(param_set.lr)` or `SKIPPED: blacklist`.
    var strategy: String
    /// The representation (None when the field is skipped).
    var rep: Value
    /// A nested dataclass's own entries (its rep is a dry dict).
    var nested: [DryEntry]?

    var isNested: Bool { nested != nil }

    /// The strategy in a few words (for either curifactory generation's labels).
    var shortStrategy: String {
        switch strategy {
        case Strategy.skippedBlacklist: return "skipped (blacklist)"
        case Strategy.skippedNoneRep: return "skipped (hash_representations)"
        case Strategy.skippedNone: return "skipped (None)"
        case _ where isCustom: return "custom function"
        case _ where isNested: return "nested dataclass"
        case _ where Strategy.isQualname(strategy, field): return "__qualname__"
        case _ where Generation.allCases.contains(where: { strategy == Strategy.repr(field, $0) }): return "repr()"
        default: return strategy
        }
    }

    var isCustom: Bool { Generation.allCases.contains { strategy == Strategy.custom(field, $0) } }
}

/// Reads a dry dict (`args_hash(dry=True)`) into entries.
func dryEntries(_ d: PyDict) -> [DryEntry] {
    d.entries.compactMap { k, v -> DryEntry? in
        guard case .str(let name) = k, case .tuple(let t) = v, t.count == 2, case .str(let label) = t[0] else { return nil }
        var e = DryEntry(field: name, strategy: label, rep: t[1], nested: nil)
        if Strategy.isNested(label), case .dict(let inner) = t[1] { e.nested = dryEntries(inner) }
        return e
    }
}

/// What an entry adds to the hash: the texts whose md5s are summed (`NAME + str(rep)`), nested
/// fields included.
func hashedTexts(_ e: DryEntry, _ session: Session) -> [String] {
    if let n = e.nested { return n.flatMap { hashedTexts($0, session) } }
    if e.rep.isNone { return [] }
    return [e.field + ((try? session.interpreter.str(e.rep)) ?? "?")]
}

/// The `:dry` report for an args set (or any dataclass instance).
///
/// ```
/// field  strategy             representation  hashed  why
/// name   skipped (blacklist)  None            no      never hashed
/// lr     repr()               '0.01'          yes     md5 of 'lr0.01'
/// hash  2f0c…
/// ```
func dryReport(_ inst: Instance, session: Session, style: Style) throws -> String {
    let entries = dryEntries(try session.dry(inst))
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
    var text = table(rows)
    let computed = try dryHash(inst, session)
    if case .str(let explicit)? = inst.get("hash") {
        text += "hash  \(style.hash(explicit))  (the hash field is set, so args_hash() returns it; "
            + "computed: \(computed))\n"
    } else {
        text += "hash  \(style.hash(computed))  (sum of \(counted) md5\(counted == 1 ? "" : "s"), in hex)\n"
    }
    return text
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
    case Strategy.skippedBlacklist: return "never hashed"
    case Strategy.skippedNoneRep: return "hash_representations['\(e.field)'] is None"
    case Strategy.skippedNone: return "value is None"
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
