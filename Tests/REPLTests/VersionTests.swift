// `cfy --version`: cfy's version and the curifactory versions whose hashes it reproduces, from the
// one declaration (Sources/cfy/Version.swift), and those versions the ones the tests compare with.

import Foundation
import Testing
@testable import cfy

@Suite struct VersionTests {
    @Test func versionPrintsCfyThenOneLinePerCurifactory() throws {
        let r = try runCfy(["--version"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout == versionText + "\n")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 4 && lines[3] == "")
        #expect(lines[0] == "cfy \(cfyVersion)")
        #expect(cfyVersion.split(separator: ".").count == 3
                && cfyVersion.split(separator: ".").allSatisfy { Int($0) != nil })
        #expect(lines[1] == "hashes: curifactory 0.13.2 (ExperimentArgs, args_hash): the reference; "
                + "every test run compares cfy's hashes with it")
        #expect(lines[2].hasPrefix("hashes: curifactory 0.20.5 (ExperimentParameters, params_hash): the same hashes"))
    }

    /// A subcommand's --version is the same text (swift-argument-parser gives every subcommand one).
    @Test func subcommandVersionIsTheSame() throws {
        let r = try runCfy(["hash", "--version"])
        #expect(r.status == 0)
        #expect(r.stdout == versionText + "\n")
    }

    /// --help (and so the man page, made from the same help) says the version in a sentence.
    @Test func helpSaysTheVersion() throws {
        let r = try runCfy(["--help"])
        #expect(r.status == 0)
        let joined = r.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(joined.contains("This is cfy \(cfyVersion). It reproduces the hashes of curifactory 0.13.2"))
    }

    /// The curifactory versions --version names are exactly those the tests' venvs install
    /// (scripts/lib/venv.sh), so the claim cannot drift from what is compared.
    @Test func namedVersionsAreTheTestedOnes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let venv = try String(contentsOf: root.appendingPathComponent("scripts/lib/venv.sh"), encoding: .utf8)
        let pinned = venv.split(separator: "\n").compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard let paren = t.firstIndex(of: ")"), t.hasPrefix("0.") else { return nil }
            return String(t[..<paren])
        }
        #expect(pinned == reproducedCurifactory.map(\.version))
    }
}
