// cfy run FILE: run a script.

import ArgumentParser
import CfyCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a .cfy script.",
        discussion: "Exit 0 when the script runs to the end, 1 after an error (printed to stderr)."
    )

    @ArgumentParser.Argument(help: "The script to run.", completion: .file(extensions: ["cfy"]))
    var file: String

    @Flag(help: "Set overwrite=True on every args set the script builds.")
    var overwrite = false

    func run() throws {
        try withScript(file) { src in
            let session = makeSession(overwrite: overwrite)
            for r in session.run(src) {
                if let e = r.error { report(e); return 1 }
            }
            return 0
        }
    }
}
