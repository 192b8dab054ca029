// StaleHashLint: a set whose explicit `hash` no longer stands for its parameters: kept from the set
// it was derived from (by replace(), or by assigning a field of a copy), or shared with a set whose
// parameters differ.

/// `StaleHash`: curifactory would reuse the other set's cache for this one.
enum StaleHashLint {
    static func findings(_ s: Instance, _ session: Session, _ at: Loc, _ src: Source) -> [Diagnostic] {
        guard let origin = s.origin, origin.staleHash else { return [] }
        let name = pyEscaped(Checker.setName(s)), hash = Checker.shown(s.get("hash"), session)
        if origin.how.hasPrefix("assigning") {
            return [Diagnostic("args set '\(name)' keeps the explicit hash \(hash) after \(origin.how), so its parameters differ from those the hash was given for: curifactory would reuse the cache of those; pass hash=None (or set a new hash)", at: at, in: src, kind: .staleHash)]
        }
        return [Diagnostic("args set '\(name)' keeps the explicit hash \(hash) of the set it was derived from by \(origin.how), but its parameters differ: curifactory would reuse the other set's cache; pass hash=None", at: at, in: src, kind: .staleHash)]
    }

    /// The hash curifactory would compute for `s` without its explicit hash.
    static func ownHash(_ s: Instance, _ session: Session) throws -> String {
        var s = s
        if let i = s.cls.fieldIndex["hash"] { s[i] = .none }
        return try session.hash(s)
    }

    /// Sets that give one explicit hash while the hashes of their parameters differ (a set already
    /// found stale above is not reported again; one whose hash cannot be computed neither).
    static func shared(_ sets: [Instance], _ session: Session, _ source: Source) -> [Diagnostic] {
        var first: [String: Instance] = [:]
        var out: [Diagnostic] = []
        for b in sets {
            guard case .str(let h)? = b.get("hash") else { continue }
            guard let a = first[h] else { first[h] = b; continue }
            if b.origin?.staleHash == true || (try? ownHash(a, session) == ownHash(b, session)) != false { continue }
            var differ: [String] = []
            if a.cls === b.cls {
                let dry = try? session.dryArgs(b)
                for (k, f) in b.cls.fields.enumerated() where !Strategy.blacklist.contains(f.name) && !valueEquals(a[k], b[k]) {
                    if case .skipped? = dry?[f.name]?.rule { continue }   // not hashed: not why they differ
                    differ.append("'\(f.name)'")
                }
            } else { differ.append("their classes (\(a.cls.name), \(b.cls.name))") }
            out.append(Diagnostic("args sets '\(pyEscaped(Checker.setName(a)))' and '\(pyEscaped(Checker.setName(b)))' share the explicit hash \(Checker.shown(b.get("hash"), session)) but differ in \(differ.isEmpty ? "their parameters" : differ.joined(separator: ", ")): curifactory would give them one cache; give each its own hash (or hash=None)",
                                  at: b.origin?.loc ?? .none, in: b.origin?.source ?? source, kind: .staleHash))
        }
        return out
    }
}
