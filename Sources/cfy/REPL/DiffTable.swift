// DiffTable: `:diff A B` — which fields differ between two args sets, and whether (and why) each
// difference changes the hash.

import CfyCore

/// The `:diff` report.
///
/// ```
/// field  base    fast   hash     why
/// lr     0.01    0.1    changes  repr: '0.01' → '0.1'
/// name   'base'  'fast' same     never hashed (blacklist)
/// ```
/// `width`: the window's (the tables are fitted to it), nil for whole tables.
func diffReport(_ a: Instance, _ b: Instance, names: (String, String), session: Session, style: Style,
                width: Int? = nil) throws -> String {
    let ea = dryEntries(try session.dryArgs(a))
    let eb = dryEntries(try session.dryArgs(b))
    var rows: [[String]] = [["field", names.0, names.1, "hash", "why"].map(style.bold)]
    var changed: [String] = []
    var unchanged: [String] = []
    try diffRows(ea, eb, a, b, prefix: "", session: session, style: style, rows: &rows, changed: &changed, unchanged: &unchanged)
    var text = ""
    if a.cls !== b.cls { text += "\(names.0) is \(a.cls.name), \(names.1) is \(b.cls.name)\n" }
    if rows.count > 1 { text += table(rows, width: width, flexible: [1, 2, 4]) } else { text += "no field differs\n" }
    if !unchanged.isEmpty { text += style.dim("equal: " + unchanged.joined(separator: ", ")) + "\n" }
    let ha = try session.hash(a), hb = try session.hash(b)
    text += table([["hash", names.0, style.hash(ha)], ["hash", names.1, style.hash(hb)]], width: width)
    for (inst, n) in [(a, names.0), (b, names.1)] {
        if case .str(let h)? = inst.get("hash") {
            text += "note: \(n).hash is set to \(truncate((try? session.repr(.str(h))) ?? h, 40)), so args_hash() returns it\n"
        }
    }
    if ha == hb {
        text += style.good("the hashes are equal") + "\n"
    } else if changed.isEmpty {
        text += style.bad("the hashes differ") + " (an explicit hash field)\n"
    } else {
        text += style.bad("the hashes differ") + " because of: " + changed.joined(separator: ", ") + "\n"
    }
    return wrapLines(text, width: width)                 // the lines around the tables too
}

private func diffRows(_ ea: [DryEntry], _ eb: [DryEntry], _ a: Instance?, _ b: Instance?, prefix: String,
                      level: Int = 0, session: Session, style: Style, rows: inout [[String]],
                      changed: inout [String], unchanged: inout [String]) throws {
    if level == maxTableNesting {
        let n = max(nestedLevels(ea), nestedLevels(eb))
        rows.append([prefix + "…", "", "", "", "(\(n) more levels, nested deeper than the table shows)"])
        return
    }
    var order = ea.map(\.field)
    for e in eb where !order.contains(e.field) { order.append(e.field) }
    for field in order {
        let x = ea.first { $0.field == field }
        let y = eb.first { $0.field == field }
        let name = prefix + field
        let va = a.flatMap { $0.get(field) }, vb = b.flatMap { $0.get(field) }
        let sa = va.map { shortValue($0, session) } ?? "—", sb = vb.map { shortValue($0, session) } ?? "—"
        let ta = x.map { hashedTexts($0, session) } ?? [], tb = y.map { hashedTexts($0, session) } ?? []
        let changes = ta.sorted() != tb.sorted()
        let sameValue = va != nil && vb != nil && sa == sb && fullRepr(va, session) == fullRepr(vb, session)
        if sameValue, !changes, sameStrategy(x, y) { unchanged.append(name); continue }
        let verdict = changes ? style.bad("changes") : style.dim("same")
        guard let x, let y else {
            if changes { changed.append(name) }
            let side = x == nil ? "only in the second" : "only in the first"
            rows.append([name, sa, sb, verdict, side + (changes ? "" : "; not hashed")])
            continue
        }
        if let nx = x.nested, let ny = y.nested {
            rows.append([name, sa, sb, verdict, "nested dataclass: see \(name).* below"])
            let ia: Instance? = { if case .instance(let i)? = va { return i } else { return nil } }()
            let ib: Instance? = { if case .instance(let i)? = vb { return i } else { return nil } }()
            try diffRows(nx, ny, ia, ib, prefix: name + ".", level: level + 1, session: session, style: style, rows: &rows,
                         changed: &changed, unchanged: &unchanged)
            continue
        }
        if changes { changed.append(name) }
        rows.append([name, sa, sb, verdict, reason(x, y, changes, session)])
    }
}

/// Why a field's difference does or does not change the hash.
private func reason(_ x: DryEntry, _ y: DryEntry, _ changes: Bool, _ session: Session) -> String {
    let ra = truncate((try? session.repr(x.rep)) ?? "?", 24), rb = truncate((try? session.repr(y.rep)) ?? "?", 24)
    if !x.sameStrategy(as: y) {
        if x.strategy == .skipped(.valueIsNone) || y.strategy == .skipped(.valueIsNone) {
            return x.strategy == .skipped(.valueIsNone)
                ? "None is skipped: the field joins the hash (\(y.shortStrategy))"
                : "None is skipped: the field leaves the hash"
        }
        return "strategy: \(x.shortStrategy) → \(y.shortStrategy)"
    }
    switch x.strategy {
    case .skipped(.blacklist): return "never hashed (blacklist)"
    case .skipped(.noneInHashRepresentations): return "ignored: hash_representations['\(x.field)'] is None"
    case .skipped(.valueIsNone): return "value is None"
    default: break
    }
    if x.isCustom {
        if x.rep.isNone, y.rep.isNone { return "custom function returns None: not hashed" }
        return changes ? "custom function: \(ra) → \(rb)" : "custom function gives the same representation \(ra)"
    }
    if x.strategy == .qualname {
        return changes ? "__qualname__: \(ra) → \(rb)" : "same __qualname__ \(ra)"
    }
    return changes ? "repr: \(ra) → \(rb)" : "same representation \(ra)"
}

private func shortValue(_ v: Value, _ session: Session) -> String {
    if case .instance(let i) = v { return i.cls.name + "(…)" }
    return truncate((try? session.repr(v)) ?? "?", 24)
}

private func fullRepr(_ v: Value?, _ session: Session) -> String? {
    v.flatMap { try? session.repr($0) }
}

/// Whether two fields (either may be missing) have the same label.
private func sameStrategy(_ x: DryEntry?, _ y: DryEntry?) -> Bool {
    guard let x, let y else { return x == nil && y == nil }
    return x.sameStrategy(as: y)
}
