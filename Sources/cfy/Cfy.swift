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
            1 script error or failed test, 2 usage error.
            """,
        version: cfyVersion,
        subcommands: [RunCommand.self, HashCommand.self, TestCommand.self, CheckCommand.self, LockCommand.self,
                      RegistryCommand.self, StatusCommand.self, ExportCommand.self, SelfCheckCommand.self]
    )

    @Flag(name: .customLong("no-color"), help: "No colour in the interactive session (also: NO_COLOR=1).")
    var noColor = false

    func run() throws {
        if noColor { colorDisabled = true }
        throw ExitCode(runOnBigStack { REPL.main() })
    }
}

let cfyVersion = "0.1.0"

@main
enum Main {
    static func main() {
        bufferOut()
        if let code = RunCommand.fastPath(Array(CommandLine.arguments.dropFirst())) {
            flushOut()
            exit(code)
        }
        do {
            var command = try Cfy.parseAsRoot()
            try command.run()
            flushOut()
        } catch {
            flushOut()
            // Usage errors exit 2 (swift-argument-parser's default is 64).
            if Cfy.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((Cfy.fullMessage(for: error) + "\n").utf8))
                exit(2)
            }
            Cfy.exit(withError: error)
        }
    }
}
