// :reload, autoreload (files changed between statements, at a terminal) and :save after :load of
// a file with imports.

import Foundation
import Testing

private let common = """
    class Args(ExperimentArgs) {
        lr: float = 0.1
    }
    x = 1

    """

private let params = """
    import common
    from common import Args
    base = Args(name="base")
    base.lr

    """

/// A project: dir/common.cfy and dir/params.cfy (which imports common), and an empty other/.
private func project() throws -> String {
    let home = try temporaryDirectory()
    try FileManager.default.createDirectory(atPath: home + "/dir", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: home + "/other", withIntermediateDirectories: true)
    try common.write(toFile: home + "/dir/common.cfy", atomically: true, encoding: .utf8)
    try params.write(toFile: home + "/dir/params.cfy", atomically: true, encoding: .utf8)
    return home
}

@Suite struct ReloadTests {
    @Test func saveAfterLoadWithImportsReplaysOrSaysWhereItWould() throws {
        let home = try project()
        let input = ":load dir/params.cfy\ncommon.x\n:save other/t.cfy\n:save dir/t.cfy\n"
        let r = try runCfy([], input: input, directory: home)
        #expect(r.stderr.contains("error: not saved: `cfy test other/t.cfy` would not find what this session imported: "
                                  + "the import of 'common' (dir/params.cfy line 1) read dir/common.cfy, but from "
                                  + "other/t.cfy it would read no file; save it in dir/ (:save dir/t.cfy)"))
        #expect(!FileManager.default.fileExists(atPath: home + "/other/t.cfy"))
        #expect(r.stdout.contains("saved 2 inputs to dir/t.cfy; replay: cfy test dir/t.cfy\n"))
        let test = try runCfy(["test", "dir/t.cfy"], directory: home)
        #expect(test.stdout == "2 passed, 0 failed\n")
        #expect(test.status == 0)
    }

    @Test func savingCodeTheFileCannotReadIsRefused() throws {
        let home = try temporaryDirectory()
        try "if True:\n    x = 1\nx\n".write(toFile: home + "/p.py", atomically: true, encoding: .utf8)
        // `x + 1` typed at the prompt reads as Python too, so it may join a .py file.
        let r = try runCfy([], input: ":load p.py\nx + 1\n:save t.cfy\n:save t.py\n", directory: home)
        #expect(r.stderr.contains("error: not saved: code from p.py ('if True:') is not cfy (line 1: "))
        #expect(r.stderr.contains("); save to a .py file\n"))
        #expect(r.stdout.contains("saved 2 inputs to t.py"))
        let test = try runCfy(["test", "t.py"], directory: home)
        #expect(test.stdout == "2 passed, 0 failed\n")
    }

    @Test func reloadRunsLoadedFilesAgainAndChangedModulesInPlace() throws {
        let home = try project()
        let p = try PTY(home: home)
        try p.waitForPrompt()
        try p.enter(":autoreload off")
        p.send(":load dir/params.cfy\r")
        try p.expectLine("loaded dir/params.cfy: common, Args, base")
        try p.waitForPrompt()
        try p.enter("keep = 5")
        try common.replacingOccurrences(of: "0.1", with: "0.5").replacingOccurrences(of: "x = 1", with: "x = 2")
            .write(toFile: home + "/dir/common.cfy", atomically: true, encoding: .utf8)
        p.send("common.x\r")
        try p.expectLine("1")                           // autoreload is off
        try p.waitForPrompt()
        p.send(":reload\r")
        // params.cfy runs again with the new Args (its echo: 0.5).
        try p.expect("\nreloaded module dir/common.cfy\n0.5\nreloaded dir/params.cfy\n")
        try p.waitForPrompt()
        p.send("(common.x, base.lr, keep)\r")
        try p.expectLine("(2, 0.5, 5)")
        try p.waitForPrompt()
        p.send(":save dir/s.cfy\r")
        try p.expect("warning: the session reloaded dir/common.cfy after a change on disk")
        // What ran before the reload is kept as comments and `#=> ...`: the file replays.
        let saved = try String(contentsOfFile: home + "/dir/s.cfy", encoding: .utf8)
        #expect(saved.contains("common.x\n# printed before dir/common.cfy changed on disk (not checked):\n#    1\n#=> ...\n"))
        let test = try runCfy(["test", "dir/s.cfy"], directory: home)
        #expect(test.stdout == "4 passed, 0 failed\n")
    }

    @Test func autoreloadAtATerminalBeforeAStatement() throws {
        let home = try project()
        let p = try PTY(home: home, directory: home + "/dir")
        try p.waitForPrompt()
        try p.enter("import common")
        try p.enter("old = common.Args()")
        try common.replacingOccurrences(of: "x = 1", with: "x = 3")
            .write(toFile: home + "/dir/common.cfy", atomically: true, encoding: .utf8)
        p.send("common.x\r")
        try p.expect("\nautoreload: common.cfy changed on disk; reloading\n3\n")
        try p.waitForPrompt()
        // An object made before the reload keeps its old class, as in Python.
        p.send("isinstance(old, common.Args)\r")
        try p.expectLine("False")
        try p.waitForPrompt()
        p.send(":autoreload off\r")
        try p.expectLine("autoreload is off: files loaded with :load or imported are reloaded only by :reload")
        try p.waitForPrompt()
        try common.replacingOccurrences(of: "x = 1", with: "x = 4")
            .write(toFile: home + "/dir/common.cfy", atomically: true, encoding: .utf8)
        p.send("common.x\r")
        try p.expectLine("3")
    }

    @Test func autoreloadRunsAChangedLoadedFileAgain() throws {
        let home = try project()
        let p = try PTY(home: home, directory: home + "/dir")
        try p.waitForPrompt()
        p.send(":load params.cfy\r")
        try p.expectLine("loaded params.cfy: common, Args, base")
        try p.waitForPrompt()
        try p.enter("other = 1")
        try params.replacingOccurrences(of: "name=\"base\"", with: "name=\"base\", lr=0.25")
            .write(toFile: home + "/dir/params.cfy", atomically: true, encoding: .utf8)
        p.send("(base.lr, other)\r")
        // The note, then the file's own echo, then the value typed.
        try p.expect("\nautoreload: params.cfy changed on disk; reloading; running params.cfy again\n0.25\n(0.25, 1)\n")
    }

    @Test func pipedSessionsDoNotAutoreload() throws {
        let r = try runCfy([], input: ":autoreload\n:reload\n")
        #expect(r.stdout == "autoreload is off: files loaded with :load or imported are reloaded only by :reload\n"
                + "nothing to reload: no file was run with :load or imported\n")
    }
}
