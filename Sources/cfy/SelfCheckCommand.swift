// cfy selfcheck: hidden; checks cfy's Python reprs against golden files CPython wrote.

import ArgumentParser
import CfyCore

struct SelfCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfcheck",
        abstract: "Check float/scalar/string reprs against a golden file from scripts/repr_golden.py.",
        shouldDisplay: false
    )

    @ArgumentParser.Argument(help: "floats, scalars or strings") var kind: String
    @ArgumentParser.Argument(help: "The golden file.") var file: String

    func run() throws {
        let r: (checked: Int, mismatches: [String])
        switch kind {
        case "floats": r = ReprSelfCheck.checkFloats(path: file)
        case "scalars": r = ReprSelfCheck.checkScalars(path: file)
        case "strings": r = ReprSelfCheck.checkStrings(path: file)
        default: throw ValidationError("kind must be floats, scalars or strings")
        }
        for m in r.mismatches.prefix(20) { out(m + "\n") }
        out("\(kind): \(r.checked) checked, \(r.mismatches.count) mismatches\n")
        if !r.mismatches.isEmpty || r.checked == 0 { throw ExitCode(1) }
    }
}
