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
            two spaces, the field name, a colon, and curifactory's (strategy, representation) tuple. \
            With --registry DIR the sets are also merged into DIR/params_registry.json in curifactory's \
            format (under a lock, replaced atomically; other entries are kept).
            """
    )

    @ArgumentParser.Argument(help: "The params file.", completion: .file(extensions: ["cfy"]))
    var file: String

    @ArgumentParser.Argument(help: ArgumentHelp("Overrides: set FIELD to the cfy expression VALUE on every selected set, as replace() does.",
                                                valueName: "FIELD=VALUE"))
    var overrides: [String] = []

    @OptionGroup var selection: SetSelection

    @OptionGroup var overriding: OverrideOptions

    @Flag(help: "Print JSON: an array of {name, hash, overwrite[, dry]} objects.")
    var json = false

    @Flag(help: "Also show each set's dry hash representation (args_hash(dry=True)).")
    var dry = false

    @Option(help: ArgumentHelp("Also record the sets in DIR/params_registry.json, as curifactory does.",
                               valueName: "DIR"), completion: .directory)
    var registry: String?

    func run() throws {
        guard let o = overriding.overrides(overrides) else { throw ExitCode(2) }
        try withScript(file) { src in
            guard let pf = ParamsFile.load(src, selection, overrides: o) else { return 1 }
            let session = pf.session
            return reporting(pf.source) {
                if let registry {
                    try ParamsRegistry(directory: registry).merge(try pf.sets.map { try session.registryEntry($0) })
                }
                var rows: [JSON] = []
                for s in pf.sets {
                    let h = try session.hash(s)
                    let ow = selection.overwrite || s.get("overwrite")?.truthy == true
                    if json {
                        var obj: [(String, JSON)] = [("name", .string(setName(s))), ("hash", .string(h)), ("overwrite", .bool(ow))]
                        if dry { obj.append(("dry", try JSON(.dict(try session.dry(s)), repr: session.repr))) }
                        rows.append(.object(obj))
                    } else {
                        out("\(pyEscaped(setName(s)))\t\(pyEscaped(h))\t\(ow ? "True" : "False")\n")
                        if dry {
                            for (k, v) in try session.dry(s).entries {
                                out("  \(try session.repr(k).dropFirst().dropLast()): \(try session.repr(v))\n")
                            }
                        }
                    }
                }
                if json { out(JSON.array(rows).text(pretty: true) + "\n") }
                return 0
            }
        }
    }
}
