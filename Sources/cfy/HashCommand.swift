// cfy hash FILE: the args sets of a params file with their hashes.

import ArgumentParser
import CfyCore

struct HashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash",
        abstract: "List the args sets of a params file: name, hash, overwrite.",
        discussion: """
            The sets are those get_params() returns, or else every top-level args set (and list of \
            args sets) in order of definition. Text output is one set per line, tab-separated: \
            NAME<TAB>HASH<TAB>OVERWRITE. With --dry each set is followed by its fields, one per line: \
            two spaces, the field name, a colon, and curifactory's (strategy, representation) tuple.
            """
    )

    @ArgumentParser.Argument(help: "The params file.", completion: .file(extensions: ["cfy"]))
    var file: String

    @Option(help: "Only these args sets (comma-separated names).")
    var names: String?

    @Flag(help: "Report overwrite=True for every set, as curifactory's --overwrite does.")
    var overwrite = false

    @Flag(help: "Print JSON: an array of {name, hash, overwrite[, dry]} objects.")
    var json = false

    @Flag(help: "Also show each set's dry hash representation (args_hash(dry=True)).")
    var dry = false

    func run() throws {
        try withScript(file) { src in
            let session = makeSession(overwrite: overwrite, stream: false)
            for r in session.run(src) {
                if !r.printed.isEmpty { err(r.printed) }   // keep stdout for the listing
                if let e = r.error { report(e); return 1 }
            }
            do {
                var sets = try session.argsSets(source: src)
                if sets.isEmpty {
                    report(Diagnostic("no args sets: define get_params() or a top-level args set", at: .none, in: src, kind: "ValueError"))
                    return 1
                }
                if let names {
                    let wanted = names.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    let all = sets.map { name(of: $0) }
                    for w in wanted where !all.contains(w) {
                        report(Diagnostic("no args set named '\(w)'" + didYouMean(w, all), at: .none, in: src, kind: "ValueError"))
                        return 1
                    }
                    sets = sets.filter { wanted.contains(name(of: $0)) }
                }
                var rows: [JSON] = []
                for s in sets {
                    let h = try session.hash(s)
                    let ow = overwrite || s.get("overwrite")?.truthy == true
                    if json {
                        var obj: [(String, JSON)] = [("name", .string(name(of: s))), ("hash", .string(h)), ("overwrite", .bool(ow))]
                        if dry { obj.append(("dry", try JSON(.dict(try session.dry(s)), repr: session.repr))) }
                        rows.append(.object(obj))
                    } else {
                        out("\(name(of: s))\t\(h)\t\(ow ? "True" : "False")\n")
                        if dry {
                            for (k, v) in try session.dry(s).entries {
                                out("  \(try session.repr(k).dropFirst().dropLast()): \(try session.repr(v))\n")
                            }
                        }
                    }
                }
                if json { out(JSON.array(rows).text(pretty: true) + "\n") }
                return 0
            } catch let d as Diagnostic {
                report(d); return 1
            } catch {
                report(Diagnostic("\(error)", at: .none, in: src)); return 1
            }
        }
    }

    func name(of s: Instance) -> String {
        if case .str(let n)? = s.get("name") { return n }
        return "UNNAMED"
    }
}
