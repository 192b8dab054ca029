// cfy export FILE --python | --json: the args sets of a params file for Python or for scripts.

import ArgumentParser
import CfyCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the args sets of a params file as a Python module (--python) or as JSON (--json).",
        discussion: """
            --python writes a module with the same dataclasses (on curifactory's ExperimentArgs, or \
            ExperimentParameters with --curifactory 0.20) and a get_params() returning the same sets with \
            their final values; under real curifactory every set gets the hash cfy gives it. Functions the \
            values use are translated from cfy. What cannot be translated is an error naming it, and nothing \
            is written. --json writes [{name, class, hash, overwrite, values, repr}].
            """
    )

    @ArgumentParser.Argument(help: "The params file.", completion: .file(extensions: ["cfy"]))
    var file: String

    @ArgumentParser.Argument(help: ArgumentHelp("Overrides: set FIELD to the cfy expression VALUE on every selected set, as replace() does.",
                                                valueName: "FIELD=VALUE"))
    var overrides: [String] = []

    @Flag(help: "Write a Python module.")
    var python = false

    @Flag(help: "Write JSON.")
    var json = false

    @Option(help: ArgumentHelp("The curifactory to write for: 0.13 (ExperimentArgs, args_hash) or 0.20 "
                               + "(ExperimentParameters, params_hash). Default: the generation the file's sets use.",
                               valueName: "VERSION"))
    var curifactory: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "FILE"))
    var output: String?

    @OptionGroup var selection: SetSelection

    @OptionGroup var overriding: OverrideOptions

    func validate() throws {
        if python == json { throw ValidationError("choose one of --python and --json") }
        if let v = curifactory, generation(v) == nil {
            throw ValidationError("unknown curifactory version '\(v)' (use 0.13 or 0.20)")
        }
        if json, curifactory != nil { throw ValidationError("--curifactory only applies to --python") }
    }

    func generation(_ v: String) -> Generation? {
        let parts = v.split(separator: ".").compactMap { Int($0) }
        guard parts.count >= 2, parts.count == v.split(separator: ".").count, parts[0] == 0 else { return nil }
        return parts[1] < 15 ? .experimentArgs : .experimentParameters
    }

    func run() throws {
        guard let o = overriding.overrides(overrides) else { throw ExitCode(2) }
        try withScript(file) { src in
            guard let pf = ParamsFile.load(src, selection, overrides: o) else { return 1 }
            return reporting(pf.source) {
                let text: String
                if python {
                    let target = curifactory.flatMap(generation)
                        ?? (pf.sets.allSatisfy { $0.cls.generation == .experimentParameters } ? .experimentParameters : .experimentArgs)
                    let module = try pf.session.pythonModule(pf.sets, source: pf.source, target: target)
                    for w in module.warnings { report(w) }
                    text = module.text
                } else {
                    text = try jsonText(pf)
                }
                if let output {
                    do { try writeFile(output, Array(text.utf8)) } catch {
                        throw Diagnostic.file(output, "\(error)")
                    }
                } else {
                    out(text)
                }
                return 0
            }
        }
    }

    func jsonText(_ pf: ParamsFile) throws -> String {
        let s = pf.session
        let rows: [JSON] = try pf.sets.map { set in
            var values: [(String, JSON)] = []
            for (f, v) in zip(set.cls.fields, set.values) where f.name != "hash_representations" {
                values.append((f.name, try JSON(v, repr: s.repr)))
            }
            return .object([
                ("name", .string(setName(set))), ("class", .string(set.cls.qualname)), ("hash", .string(try s.hash(set))),
                ("overwrite", .bool(selection.overwrite || set.get("overwrite")?.truthy == true)),
                ("values", .object(values)), ("repr", .string(try s.repr(.instance(set)))),
            ])
        }
        return JSON.array(rows).text(pretty: true) + "\n"
    }
}
