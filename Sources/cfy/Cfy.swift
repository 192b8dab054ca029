// cfy: the command line. Thin: parses arguments, calls CfyCore, prints.

import ArgumentParser
import CfyCore
import Foundation

struct Cfy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cfy",
        abstract: "A REPL and scripting language for curifactory experiment args, with curifactory's exact hashes.",
        discussion: """
            With no subcommand, cfy starts an interactive session (see docs/repl.md); with stdin \
            not a terminal it runs the lines it reads, without prompts. Exit codes: 0 success, \
            1 script error or failed test, 2 usage error. \(versionSentence)
            """,
        version: versionText,
        subcommands: [RunCommand.self, HashCommand.self, TestCommand.self, CheckCommand.self, LockCommand.self,
                      RegistryCommand.self, StatusCommand.self, ExportCommand.self, ConvertCommand.self, DiffCommand.self]
    )

    @Flag(name: .customLong("no-color"), help: "No colour in the interactive session (also: NO_COLOR=1).")
    var noColor = false

    func run() throws {
        if noColor { colorDisabled = true }
        throw ExitCode(runOnBigStack { REPL.main() })
    }
}

@main
enum Main {
    static func main() {
        prepareStandardStreams()
        if let code = RunCommand.fastPath(Array(CommandLine.arguments.dropFirst())) { finish(code) }
        do {
            var command = try Cfy.parseAsRoot()
            try command.run()
            finish(0)
        } catch {
            // swift-argument-parser's messages (help, version, usage errors) go through our
            // writers too; usage errors exit 2 (its default is 64).
            let message = Cfy.fullMessage(for: error)
            let code = Cfy.exitCode(for: error)
            if code == .success {
                if !message.isEmpty { out(message + "\n") }
                finish(0)
            }
            if !message.isEmpty { err(message + "\n") }
            finish(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
