// Checker: lints for the mistakes curifactory users make, over the args sets a params file defines.

/// The args sets of one file, with what running it reported.
public struct CheckedFile {
    public var source: Source
    public var session: Session
    public var sets: [Instance]
    /// Errors and warnings found, in order.
    public var findings: [Diagnostic]
}

public enum Checker {
    /// Runs `source` and lints its args sets (those named in `names`, when given).
    public static func check(_ source: Source, names: [String]? = nil, overwrite: Bool = false) -> CheckedFile {
        let session = Session(options: RunOptions(overwrite: overwrite))
        var findings: [Diagnostic] = []
        session.interpreter.warn = { findings.append($0) }
        var file = CheckedFile(source: source, session: session, sets: [], findings: [])
        for r in session.run(source) {
            if let e = r.error { file.findings = findings + [e]; return file }
        }
        var sets: [Instance]
        do { sets = try session.argsSets(source: source) } catch let d as Diagnostic {
            file.findings = findings + [d]; return file
        } catch { return file }
        let top = Loc(line: 1, col: 1)
        if sets.isEmpty {
            findings.append(Diagnostic("no args sets: define get_params() or a top-level args set", at: top, in: source, kind: .noArgsSets))
        }
        if let names {
            let all = sets.map(setName)
            for n in names where !all.contains(n) {
                findings.append(Diagnostic("no args set named '\(pyEscaped(n))'" + didYouMean(n, all), at: top, in: source, kind: .unknownName))
            }
            sets = sets.filter { names.contains(setName($0)) }
        }
        file.sets = sets
        findings += duplicateNames(sets, source)
        var hashes: [String] = []
        for s in sets {
            let at = s.origin?.loc ?? top, src = s.origin?.source ?? source
            if s.origin?.staleHash == true {
                findings.append(Diagnostic("args set '\(pyEscaped(setName(s)))' keeps the explicit hash \(shown(s.get("hash"), session)) of the set it was derived from by \(s.origin?.how ?? "replace()"), but its parameters differ: curifactory would reuse the other set's cache; pass hash=None", at: at, in: src, kind: .staleHash))
            }
            let hooks = CheckHooks(session.interpreter, src)
            do {
                let h = try ArgsHasher(ctx: HashContext(hooks: hooks, loc: at, cache: nil)).hash(s)
                hashes.append((try? session.interpreter.str(h)) ?? "")
            } catch let d as Diagnostic { findings.append(d); hashes.append("") }
            catch { hashes.append("") }
            for u in hooks.unstable where u.contains("memory address") {
                findings.append(Diagnostic("args set '\(pyEscaped(setName(s)))': " + u, at: at, in: src, kind: .unstableHash))
            }
        }
        findings += sameHash(sets, hashes, source, session)
        file.findings = dedupe(findings)
        return file
    }

    public static func setName(_ s: Instance) -> String {
        if case .str(let n)? = s.get("name") { return n }
        return "UNNAMED"
    }

    static func shown(_ v: Value?, _ s: Session) -> String { (v.flatMap { try? s.repr($0) }) ?? "None" }

    static func duplicateNames(_ sets: [Instance], _ source: Source) -> [Diagnostic] {
        var first: [String: Instance] = [:]
        var out: [Diagnostic] = []
        for s in sets {
            let n = setName(s)
            if let f = first[n] {
                let also = f.origin.map { "\($0.source?.name ?? source.name):\($0.loc.line):\($0.loc.col)" } ?? "another set"
                out.append(Diagnostic("two args sets are named '\(pyEscaped(n))' (the other is made at \(also)): curifactory requires unique names",
                                      at: s.origin?.loc ?? .none, in: s.origin?.source ?? source, kind: .duplicateName))
            } else { first[n] = s }
        }
        return out
    }

    /// Differently named sets with one hash: name the fields that differ but do not count.
    static func sameHash(_ sets: [Instance], _ hashes: [String], _ source: Source, _ session: Session) -> [Diagnostic] {
        var seen: [String: Int] = [:]
        var out: [Diagnostic] = []
        for (i, h) in hashes.enumerated() where !h.isEmpty && (sets[i].get("hash")?.isNone ?? true) {
            guard let j = seen[h] else { seen[h] = i; continue }
            let a = sets[j], b = sets[i]
            guard setName(a) != setName(b) else { continue }
            var why: [String] = []
            if a.cls === b.cls, let dry = try? session.dryArgs(b) {
                for (k, f) in b.cls.fields.enumerated() where !Strategy.blacklist.contains(f.name) && !valueEquals(a[k], b[k]) {
                    var reason = "its representation is the same"
                    if case .skipped(let r)? = dry[f.name]?.rule { reason = Labels.reason(r) }
                    why.append("'\(f.name)' (\(reason))")
                }
            }
            let fields = why.isEmpty ? "" : ": they differ only in " + why.joined(separator: ", ") + ", which does not change the hash"
            out.append(Diagnostic("args sets '\(setName(a))' and '\(setName(b))' have the same hash \(h)\(fields); curifactory will give them one cache",
                                  at: b.origin?.loc ?? .none, in: b.origin?.source ?? source, kind: .sameHash, severity: .warning))
        }
        return out
    }

    static func dedupe(_ ds: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return ds.filter { seen.insert($0.position + $0.message).inserted }
    }
}

/// The hooks of `cfy check`'s hashes: the session's interpreter, but the unstable-hash warnings
/// are collected (they become findings) and errors are diagnostics at the set.
final class CheckHooks: HashHooks {
    let interpreter: Interpreter
    let source: Source
    var unstable: [String] = []

    init(_ interpreter: Interpreter, _ source: Source) { self.interpreter = interpreter; self.source = source }

    func callHashFunction(_ f: Value, _ set: Value, _ value: Value, at l: Loc) throws -> Value {
        try interpreter.call(f, Args([set, value]), l)
    }
    func hashWarning(_ message: String, at l: Loc) { unstable.append(message) }
    func hashError(_ message: String, at l: Loc) -> Error { Diagnostic(message, at: l, in: source, kind: .typeError) }
    func userDunder(_ inst: Instance, _ name: String, ownOnly: Bool, _ l: Loc) throws -> String? {
        try interpreter.userDunder(inst, name, ownOnly: ownOnly, l)
    }
}
