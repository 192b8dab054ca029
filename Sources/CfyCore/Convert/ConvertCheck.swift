// ConvertCheck: the safety check built into `cfy convert`. The `.cfy` text it made runs in a
// fresh session, and every args set must have the same name, hash and dry labels as the original
// file's; any difference is reported as a cfy bug, so a file that hashes differently is never
// written.

extension Converter {
    /// Runs `text` (the conversion of `original`) and compares its args sets with `sets`, the
    /// original's, made in `session`. Throws a Diagnostic (on `original`) at the first difference.
    ///
    /// ```swift
    /// try converter.verify(text, of: src, sets: sets, session: session)
    /// ```
    public func verify(_ text: String, of original: Source, sets: [Instance], session: Session) throws {
        func bug(_ what: String) -> Diagnostic {
            Diagnostic("cfy convert made a .cfy file that " + what + " (a cfy bug: please report it; nothing was written)",
                       at: .none, in: original, kind: .exportError)
        }
        let converted = Source(name: "<converted \(original.name)>", text: text, directory: original.directory)
        let fresh = Session(options: session.interpreter.options)
        fresh.interpreter.warn = { _ in }
        for r in fresh.run(converted) {
            if let e = r.error { throw bug("does not run: \(e.message) (its line \(e.loc.line): `\(converted.line(e.loc.line))`)") }
        }
        let got: [Instance]
        do { got = try fresh.argsSets(source: converted) } catch let e as Diagnostic {
            throw bug("does not give its args sets: \(e.message)")
        }
        if got.count != sets.count {
            // Most likely a statement that made sets was left out: say why it was.
            if got.count < sets.count, var p = leftOut.first {
                p.message += " (so the .cfy file would have \(got.count) args sets, not \(sets.count))"
                throw p
            }
            if got.count > sets.count, session.globals.vars["get_params"] == nil, modules.count > 1 {
                throw Diagnostic("cannot convert: the file has no get_params(), so its sets are its top-level args sets, "
                                 + "and the definitions inlined from its modules add \(got.count - sets.count) of their own; "
                                 + "return the sets from a get_params()", at: .none, in: original, kind: .exportError)
            }
            throw bug("has \(got.count) args sets where \(original.name) has \(sets.count)")
        }
        for (i, (a, b)) in zip(sets, got).enumerated() {
            let nameA = try session.repr(a.get("name") ?? .none), nameB = try fresh.repr(b.get("name") ?? .none)
            if nameA != nameB { throw bug("names set \(i + 1) \(nameB), not \(nameA)") }
            let hashA = try session.hash(a)
            let hashB: String
            do { hashB = try fresh.hash(b) } catch let e as Diagnostic { throw bug("cannot hash set \(nameA): \(e.message)") }
            if hashA != hashB { throw bug("gives set \(nameA) the hash \(hashB), not \(hashA)") }
            let dryA = try session.repr(.dict(try session.dry(a))), dryB = try fresh.repr(.dict(try fresh.dry(b)))
            if dryA != dryB { throw bug("gives set \(nameA) other dry labels: \(dryB), not \(dryA)") }
        }
    }
}
