// cfy registry DIR [HASH]: list or show the entries of curifactory's params registry.

import ArgumentParser
import CfyCore

struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "List or show the entries of a params registry (DIR/params_registry.json).",
        discussion: """
            Without HASH, one entry per line: HASH<TAB>NAME (aggregate entries show what they combine). \
            With HASH (or a unique prefix of one), the entry as curifactory stored it. With --cfy, a .cfy \
            snippet that rebuilds that args set, with a warning (on stderr) for each field that cannot be \
            recovered exactly; the snippet is checked to give the entry's hash.
            """
    )

    @ArgumentParser.Argument(help: "The registry directory (curifactory's manager_cache_path, e.g. data/runs).",
                             completion: .directory)
    var directory: String

    @ArgumentParser.Argument(help: "An entry's hash, or a unique prefix of one.")
    var hash: String?

    @Flag(help: "Print a .cfy snippet that rebuilds the entry's args set.")
    var cfy = false

    @Flag(help: "Print JSON: the list as [{hash, name}], an entry as the stored object.")
    var json = false

    func validate() throws {
        if cfy && hash == nil { throw ValidationError("--cfy needs a HASH") }
        if cfy && json { throw ValidationError("--cfy and --json cannot be combined") }
    }

    func run() throws {
        let code = runOnBigStack { () -> Int32 in
            reporting(nil) {
                let reg = ParamsRegistry(directory: directory)
                guard let hash else {
                    let entries = try reg.load().entries ?? []
                    if json {
                        out(PyJSON.array(entries.map { .object([("hash", .string($0.key)), ("name", .string($0.value.registrySummary))]) })
                            .dumped(indent: 2) + "\n")
                    } else {
                        for (h, e) in entries { out("\(pyEscaped(h))\t\(pyEscaped(e.registrySummary))\n") }
                    }
                    return 0
                }
                let found = try reg.find(hash)
                if !cfy {
                    out(found.entry.dumped(indent: json ? 2 : 4) + "\n")
                    return 0
                }
                let snippet = try RegistrySnippet(hash: found.hash, entry: found.entry, origin: reg.path)
                for w in snippet.warnings { report(Diagnostic(w, at: .none, in: Source(name: reg.path, text: ""), kind: .warning, severity: .warning)) }
                out(snippet.text)
                switch snippet.verify() {
                case .success(let h) where h == found.hash: out("# checked: this set hashes to \(h), as the entry does\n")
                case .success(let h):
                    report(Diagnostic("the rebuilt set hashes to \(h), not \(found.hash) (the entry may have been stored "
                                      + "under an explicit hash)", at: .none, in: Source(name: reg.path, text: ""),
                                      kind: .warning, severity: .warning))
                case .failure(let d):
                    report(Diagnostic("the rebuilt snippet does not run: \(d.message)", at: .none,
                                      in: Source(name: reg.path, text: ""), kind: .warning, severity: .warning))
                }
                return 0
            }
        }
        if code != 0 { throw ExitCode(code) }
    }
}
