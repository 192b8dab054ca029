// cfy status FILE --cache DIR --experiment NAME: what curifactory has cached for each args set.

import ArgumentParser
import CfyCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show, for each args set of a params file, its cached artifacts and what curifactory will do.",
        discussion: """
            curifactory names a cached artifact {prefix}_{hash}_{stage}_{object} under its cache directory \
            (and subdirectories); the prefix is the experiment name (or the experiment's --prefix). For each set: \
            NAME<TAB>HASH<TAB>VERDICT<TAB>N artifacts, then one line per artifact: two spaces, the stage (from the \
            artifact's metadata file, or ? without one), a tab, the path. The verdict is "cached" (artifacts exist \
            and will be reused), "will be overwritten" (they exist but the set has overwrite) or "will run" (none \
            exist). A stage whose own outputs are missing still runs; aggregate stages use combined hashes and are \
            not shown.
            """
    )

    @ArgumentParser.Argument(help: "The params file.", completion: .file(extensions: ["cfy"]))
    var file: String

    @ArgumentParser.Argument(help: ArgumentHelp("Overrides: set FIELD to the cfy expression VALUE on every selected set, as replace() does.",
                                                valueName: "FIELD=VALUE"))
    var overrides: [String] = []

    @Option(help: ArgumentHelp("curifactory's cache directory (cache_path, e.g. data/cache).", valueName: "DIR"),
            completion: .directory)
    var cache: String

    @Option(help: ArgumentHelp("The experiment name (or prefix) the artifacts are named with.", valueName: "NAME"))
    var experiment: String

    @OptionGroup var selection: SetSelection

    @OptionGroup var overriding: OverrideOptions

    @Flag(help: "Print JSON: [{name, hash, overwrite, verdict, artifacts: [{path, stage, object}]}].")
    var json = false

    func validate() throws {
        if experiment.isEmpty { throw ValidationError("--experiment must not be empty") }
    }

    func run() throws {
        guard let o = overriding.overrides(overrides) else { throw ExitCode(2) }
        try withScript(file) { src in
            guard let pf = ParamsFile.load(src, selection, overrides: o) else { return 1 }
            return reporting(pf.source) {
                let index = try CacheIndex(directory: cache, prefix: experiment)
                var rows: [JSON] = []
                for s in pf.sets {
                    let h = try pf.session.hash(s)
                    let ow = selection.overwrite || s.get("overwrite")?.truthy == true
                    let arts = index.artifacts(for: h)
                    let verdict = CacheVerdict.of(artifacts: arts.count, overwrite: ow)
                    if json {
                        rows.append(.object([
                            ("name", .string(setName(s))), ("hash", .string(h)), ("overwrite", .bool(ow)),
                            ("verdict", .string(verdict.rawValue)),
                            ("artifacts", .array(arts.map { a in
                                .object([("path", .string(a.path)), ("stage", a.stage.map(JSON.string) ?? .null),
                                         ("object", a.object.map(JSON.string) ?? .null)])
                            })),
                        ]))
                    } else {
                        out("\(pyEscaped(setName(s)))\t\(pyEscaped(h))\t\(verdict.rawValue)\t\(arts.count) artifact\(arts.count == 1 ? "" : "s")\n")
                        for a in arts { out("  \(pyEscaped(a.stage ?? "?"))\t\(pyEscaped(a.path))\n") }
                    }
                }
                if json { out(JSON.array(rows).text(pretty: true) + "\n") }
                return 0
            }
        }
    }
}
