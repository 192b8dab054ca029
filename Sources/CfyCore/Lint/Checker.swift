// Checker: runs a params file and its lints (one per file in Rules/, as swift-format keeps one rule
// per file) over the args sets it defines, in a fixed order: file-level lints, then each set's, then
// the lints that compare sets.

/// The args sets of one file, with what running it reported.
public struct CheckedFile {
    public var source: Source
    public var session: Session
    public var sets: [Instance]
    /// Errors and warnings found, in order.
    public var findings: [Diagnostic]
    /// The error that stopped the file from running (its args sets are then unknown), or nil.
    public var runError: Diagnostic? = nil
}

public enum Checker {
    /// Runs `source` and lints its args sets (those named in `names`, when given, with the
    /// command-line `overrides` applied).
    public static func check(_ source: Source, names: [String]? = nil, overwrite: Bool = false,
                             overrides: SetOverrides? = nil) -> CheckedFile {
        let session = Session(options: RunOptions(overwrite: overwrite))
        var findings: [Diagnostic] = []
        session.interpreter.warn = { findings.append($0) }
        var file = CheckedFile(source: source, session: session, sets: [], findings: [])
        for r in session.run(source) {
            if let e = r.error { file.findings = findings + [e]; file.runError = e; return file }
        }
        var sets: [Instance]
        do { sets = try session.argsSets(source: source) } catch let d as Diagnostic {
            file.findings = findings + [d]; file.runError = d; return file
        } catch { return file }
        // Findings about the whole file (no sets, a --names selection) have no line.
        let top = Loc.none
        if sets.isEmpty {
            findings.append(Diagnostic("no args sets: define get_params() or a top-level args set", at: top, in: source, kind: .noArgsSets))
        }
        if let names {
            findings += UnknownNameLint.findings(names, sets, source)
            if names.isEmpty {
                let all = sets.map { "'\(pyEscaped(setName($0)))'" }.joined(separator: ", ")
                findings.append(Diagnostic("--names selects no args set; the sets are: \(all)", at: top, in: source, kind: .unknownName))
            }
            sets = sets.filter { names.contains(setName($0)) }
        }
        if let overrides {
            do { sets = try session.apply(overrides, to: sets) } catch let d as Diagnostic {
                file.findings = findings + [d]; return file
            } catch { return file }
        }
        file.sets = sets
        findings += DuplicateNameLint.findings(sets, source)
        var hashes: [String] = []
        for s in sets {
            let at = s.origin?.loc ?? top, src = s.origin?.source ?? source
            findings += StaleHashLint.findings(s, session, at, src)
            let hooks = CheckHooks(session.interpreter, src)
            do {
                let h = try ArgsHasher(ctx: HashContext(hooks: hooks, loc: at, cache: nil)).hash(s)
                hashes.append((try? session.str(h)) ?? "")
            } catch let d as Diagnostic { findings.append(d); hashes.append("") }
            catch { hashes.append("") }
            findings += UnstableHashLint.findings(s, hooks.unstable, at, src)
        }
        findings += StaleHashLint.shared(sets, session, source)
        findings += SameHashLint.findings(sets, hashes, source, session)
        file.findings = dedupe(findings)
        return file
    }

    public static func setName(_ s: Instance) -> String {
        if case .str(let n)? = s.get("name") { return n }
        return "UNNAMED"
    }

    static func shown(_ v: Value?, _ s: Session) -> String { (v.flatMap { try? s.repr($0) }) ?? "None" }

    static func dedupe(_ ds: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return ds.filter { seen.insert($0.position + $0.message).inserted }
    }
}
