// ParamsFile: run a params file and collect its args sets — shared by hash, status and export.

import CfyCore

/// A params file after running: its session, source and args sets (filtered by `--names`, overrides applied).
struct ParamsFile {
    let session: Session
    let source: Source
    let sets: [Instance]

    /// Runs `src` (anything it prints goes to stderr, keeping stdout for the command's output)
    /// and collects its sets; reports the first error and returns nil.
    static func load(_ src: Source, _ selection: SetSelection, overrides: SetOverrides? = nil) -> ParamsFile? {
        let session = makeSession(overwrite: selection.overwrite, stream: false)
        for r in session.run(src) {
            if !r.printed.isEmpty { err(r.printed) }
            if let e = r.error { report(e); return nil }
        }
        do {
            var sets = try session.argsSets(source: src)
            if sets.isEmpty {
                report(Diagnostic("no args sets: define get_params() or a top-level args set", at: .none, in: src, kind: .valueError))
                return nil
            }
            if let wanted = selection.wanted {
                let all = sets.map(setName)
                if wanted.isEmpty {
                    report(Diagnostic("--names selects no args set; the sets are: " + all.map { "'\(pyEscaped($0))'" }.joined(separator: ", "),
                                      at: .none, in: src, kind: .valueError))
                    return nil
                }
                for w in wanted where !all.contains(w) {
                    report(Diagnostic("no args set named '\(pyEscaped(w))'" + didYouMean(w, all), at: .none, in: src, kind: .valueError))
                    return nil
                }
                sets = sets.filter { wanted.contains(setName($0)) }
            }
            if let overrides { sets = try session.apply(overrides, to: sets) }
            return ParamsFile(session: session, source: src, sets: sets)
        } catch let d as Diagnostic {
            report(d); return nil
        } catch {
            report(Diagnostic("\(error)", at: .none, in: src)); return nil
        }
    }
}

/// The `name` field of an args set, through `str()` as Python prints it (`None` for None).
func setName(_ s: Instance) -> String {
    if case .str(let n) = s.get("name") { return n }
    return (try? Repr().str(s.get("name") ?? .none)) ?? "UNNAMED"
}

/// Runs `body`, reporting a thrown Diagnostic (or any error) and returning 1.
func reporting(_ source: Source?, _ body: () throws -> Int32) -> Int32 {
    do { return try body() } catch let d as Diagnostic {
        report(d); return 1
    } catch {
        report(Diagnostic("\(error)", at: .none, in: source)); return 1
    }
}
