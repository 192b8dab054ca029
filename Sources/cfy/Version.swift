// cfy's version, declared once. `cfy --version` prints `versionText`; the REPL's banner shows
// `cfyVersion`; the man page (made by scripts/install from `cfy --experimental-dump-help`) has
// `versionSentence` in its description and `cfy --version`'s first line in its footer.
// Why 0.16.0: docs/cli.md#version.

/// cfy's own version: 0.x while the language and the command line may still change; the minor
/// number is the project's milestone (issue 16).
let cfyVersion = "0.16.0"

/// A curifactory version whose hashes cfy reproduces, and what that means.
struct ReproducedCurifactory {
    let version: String
    /// The base class and hash method of that generation.
    let api: String
    let meaning: String
}

let reproducedCurifactory = [
    ReproducedCurifactory(version: "0.13.2", api: "ExperimentArgs, args_hash",
                          meaning: "the reference; every test run compares cfy's hashes with it"),
    ReproducedCurifactory(version: "0.20.5", api: "ExperimentParameters, params_hash",
                          meaning: "the same hashes, with 0.20's dry labels, registry and export; tested against it"),
]

/// What `cfy --version` prints: cfy's version, then one line per curifactory version.
let versionText = (["cfy \(cfyVersion)"]
    + reproducedCurifactory.map { "hashes: curifactory \($0.version) (\($0.api)): \($0.meaning)" })
    .joined(separator: "\n")

/// The same in one sentence, for `cfy --help` and the man page (which fills lines into paragraphs).
let versionSentence = "This is cfy \(cfyVersion). It reproduces the hashes of "
    + reproducedCurifactory.map { "curifactory \($0.version) (\($0.api): \($0.meaning))" }.joined(separator: " and ")
    + "."
