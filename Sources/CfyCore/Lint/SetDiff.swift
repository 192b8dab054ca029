// SetDiff: how the args sets of one params file differ from another's (`cfy diff OLD NEW`): sets
// matched by name, a removed and an added set with the same hash are one renamed set, and a set
// whose hash changed is explained field by field (HashLock.explain, as `cfy check --lock` does).

/// One args set as `cfy diff` compares it: its lock entry and where NEW defines it.
public struct DiffedSet: Sendable {
    public var entry: LockedSet
    /// The file and line that define the set (nil when not known).
    public var file: String?
    public var line: Int?
}

/// One difference between OLD's and NEW's sets.
public enum SetChange: Sendable {
    case added(DiffedSet)
    case removed(DiffedSet)
    case renamed(old: DiffedSet, new: DiffedSet)
    /// The same name with another hash, and why (one line per field; empty for an explicit hash).
    case changed(old: DiffedSet, new: DiffedSet, reasons: [String])
}

public struct SetDiff: Sendable {
    /// Changed sets first (in NEW's order), then renamed, added (NEW's order), removed (OLD's order).
    public var changes: [SetChange]
    public var unchanged: Int

    /// Whether a set present on both sides changed its hash.
    public var hashChanged: Bool {
        changes.contains { if case .changed = $0 { return true } else { return false } }
    }

    /// Matches `old` and `new` by name (a name defined twice: its first set), then pairs the sets
    /// only in OLD with those only in NEW by hash (in order) as renames.
    public static func compare(old: [DiffedSet], new: [DiffedSet]) -> SetDiff {
        func firsts(_ sets: [DiffedSet]) -> [DiffedSet] {
            var seen = Set<String>()
            return sets.filter { seen.insert($0.entry.name).inserted }
        }
        let old = firsts(old), new = firsts(new)
        let oldByName = Dictionary(old.map { ($0.entry.name, $0) }, uniquingKeysWith: { a, _ in a })
        let newNames = Set(new.map(\.entry.name))
        var changed: [SetChange] = [], unchanged = 0
        var added: [DiffedSet] = []
        for n in new {
            guard let o = oldByName[n.entry.name] else { added.append(n); continue }
            if o.entry.hash == n.entry.hash { unchanged += 1; continue }
            changed.append(.changed(old: o, new: n, reasons: HashLock.explain(old: o.entry, new: n.entry)))
        }
        var removed: [DiffedSet] = []
        var renamed: [SetChange] = []
        for o in old where !newNames.contains(o.entry.name) {
            if let i = added.firstIndex(where: { $0.entry.hash == o.entry.hash }) {
                renamed.append(.renamed(old: o, new: added.remove(at: i)))
            } else {
                removed.append(o)
            }
        }
        return SetDiff(changes: changed + renamed + added.map { .added($0) } + removed.map { .removed($0) },
                       unchanged: unchanged)
    }

    /// Runs `source` (its imports read through `files`) and returns its sets, or the first error
    /// that stopped it (a file that does not run, or defines no args set).
    public static func sets(of source: Source, files: any SourceFiles = LocalFiles()) -> Result<[DiffedSet], Diagnostic> {
        let session = Session(options: RunOptions(files: files))
        for r in session.run(source) {
            if let e = r.error { return .failure(e) }
        }
        do {
            let sets = try session.argsSets(source: source)
            if sets.isEmpty {
                return .failure(Diagnostic("no args sets: define get_params() or a top-level args set",
                                           at: Loc(line: 1, col: 1), in: source, kind: .noArgsSets))
            }
            let file = CheckedFile(source: source, session: session, sets: sets, findings: [])
            return .success(try zip(HashLock.entries(file), sets).map { e, inst in
                DiffedSet(entry: e, file: (inst.origin?.source ?? source).name,
                          line: inst.origin.map(\.loc.line).flatMap { $0 > 0 ? $0 : nil })
            })
        } catch let d as Diagnostic {
            return .failure(d)
        } catch {
            return .failure(Diagnostic("\(error)", at: .none, in: source))
        }
    }
}
