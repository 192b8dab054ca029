// SameHashLint: differently named sets that curifactory gives one hash, and so one cache.

enum SameHashLint {
    /// Differently named sets with one hash: name the fields that differ but do not count.
    static func findings(_ sets: [Instance], _ hashes: [String], _ source: Source, _ session: Session) -> [Diagnostic] {
        var seen: [String: Int] = [:]
        var out: [Diagnostic] = []
        for (i, h) in hashes.enumerated() where !h.isEmpty && (sets[i].get("hash")?.isNone ?? true) {
            guard let j = seen[h] else { seen[h] = i; continue }
            let a = sets[j], b = sets[i]
            guard Checker.setName(a) != Checker.setName(b) else { continue }
            var why: [String] = []
            if a.cls === b.cls, let dry = try? session.dryArgs(b) {
                for (k, f) in b.cls.fields.enumerated() where !Strategy.blacklist.contains(f.name) && !valueEquals(a[k], b[k]) {
                    var reason = "its representation is the same"
                    if case .skipped(let r)? = dry[f.name]?.rule { reason = Labels.reason(r) }
                    why.append("'\(f.name)' (\(reason))")
                }
            }
            let fields = why.isEmpty ? "" : ": they differ only in " + why.joined(separator: ", ") + ", which does not change the hash"
            out.append(Diagnostic("args sets '\(Checker.setName(a))' and '\(Checker.setName(b))' have the same hash \(h)\(fields); curifactory will give them one cache",
                                  at: b.origin?.loc ?? .none, in: b.origin?.source ?? source, kind: .sameHash, severity: .warning))
        }
        return out
    }
}
