// SessionLog's replay check (SaveCheck.swift) and the file stamps reload compares, without a terminal.

import CfyCore
import Foundation
import Testing
@testable import cfy

private func program(_ t: String, _ name: String = "t.cfy") throws -> Program {
    try Parser.parse(Source(name: name, text: t)).get()
}

@Suite struct SaveCheckTests {
    @Test func importsAreFoundInBodiesToo() throws {
        let code = """
            import a
            def f() { import b.c }
            class K { def m(self) { from d import x } }
            if True { import e } else { import g }
            try { import h } except ImportError { import i } finally { import j }
            for k in [] { while False { import l } }

            """
        let found = SessionLog.imports(try program(code).statements)
        #expect(found.map(\.module) == ["a", "b.c", "d", "e", "g", "h", "i", "j", "l"])
        #expect(found.map(\.line) == [1, 2, 3, 4, 4, 5, 5, 5, 6])
    }

    @Test func moduleFileLooksWhereImportLooks() throws {
        let root = try temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/pkg/sub", withIntermediateDirectories: true)
        try "".write(toFile: root + "/m.cfy", atomically: true, encoding: .utf8)
        try "".write(toFile: root + "/m.py", atomically: true, encoding: .utf8)
        try "".write(toFile: root + "/pkg/__init__.py", atomically: true, encoding: .utf8)
        // A .cfy importer prefers m.cfy, a Python one m.py.
        #expect(SessionLog.moduleFile("m", python: false, directory: root) == root + "/m.cfy")
        #expect(SessionLog.moduleFile("m", python: true, directory: root) == root + "/m.py")
        #expect(SessionLog.moduleFile("pkg", python: false, directory: root) == root + "/pkg/__init__.py")
        // A directory without __init__.py: a namespace package for Python only.
        #expect(SessionLog.moduleFile("pkg.sub", python: true, directory: root) == root + "/pkg/sub/")
        #expect(SessionLog.moduleFile("pkg.sub", python: false, directory: root) == nil)
        // Relative: against the importing file's package.
        #expect(SessionLog.moduleFile("..m", python: true, directory: root + "/pkg") == root + "/m.py")
        #expect(SessionLog.moduleFile("nope", python: false, directory: root) == nil)
        // A Python importer looks under the session's project root first, whatever its own directory.
        #expect(SessionLog.moduleFile("m", python: true, directory: root + "/pkg", root: root) == root + "/m.py")
    }

    @Test func replayProblemNamesTheImportAndWhereToSave() throws {
        let root = try temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/dir", withIntermediateDirectories: true)
        try "x = 1\n".write(toFile: root + "/dir/common.cfy", atomically: true, encoding: .utf8)
        var log = SessionLog()
        let loaded = "y = 2\nimport common\n"
        log.record(code: loaded, program: try program(loaded), outputs: ["", ""], failedAt: nil,
                   origin: ChunkOrigin(file: "p.cfy", directory: root + "/dir", python: false))
        #expect(log.replayProblem(savingTo: root + "/dir/t.cfy", shown: "t.cfy") == nil)
        let problem = log.replayProblem(savingTo: root + "/t.cfy", shown: "t.cfy") ?? ""
        #expect(problem.hasPrefix("`cfy test t.cfy` would not find what this session imported: the import of "
                                  + "'common' (p.cfy line 2) read "))
        #expect(problem.contains("/dir/common.cfy, but from t.cfy it would read no file; save it in "))
        #expect(problem.hasSuffix("/dir/t.cfy), where every import finds the same file"))
        // A module found nowhere (cfy's own, or opaque) is the same from anywhere.
        var builtin = SessionLog()
        let typed = "import math\n"
        builtin.record(code: typed, program: try program(typed), outputs: [""], failedAt: nil,
                       origin: ChunkOrigin(directory: root + "/dir"))
        #expect(builtin.replayProblem(savingTo: root + "/t.cfy", shown: "t.cfy") == nil)
    }

    @Test func codeOfTheOtherLanguageIsKeptWhenItParses() throws {
        var log = SessionLog()
        log.record(code: "x = 1", program: try program("x = 1\n"), outputs: [""], failedAt: nil)
        #expect(log.replayProblem(savingTo: "/tmp/t.py", shown: "t.py") == nil)
        let cls = "class K { x: int = 1 }"
        log.record(code: cls, program: try program(cls + "\n"), outputs: [""], failedAt: nil)
        let toPy = log.replayProblem(savingTo: "/tmp/t.py", shown: "t.py") ?? ""
        #expect(toPy.hasPrefix("code typed at the prompt ('class K { x: int = 1 }') is not Python (line 1: "))
        #expect(toPy.hasSuffix("; save to a .cfy file"))
        let block = "if True:\n    y = 2\n"
        log.record(code: block, program: try program(block, "p.py"), outputs: [""], failedAt: nil,
                   origin: ChunkOrigin(file: "p.py", python: true))
        let toCfy = log.replayProblem(savingTo: "/tmp/t.cfy", shown: "t.cfy") ?? ""
        #expect(toCfy.hasPrefix("code from p.py ('if True:') is not cfy (line 1: "))
        #expect(toCfy.hasSuffix("; the session ran code that only cfy reads and code that only Python reads, so no one file holds it"))
    }

    @Test func stampsChangeWithTheFile() throws {
        let path = try temporaryDirectory() + "/f.cfy"
        #expect(FileStamp(path) == nil)
        try "x = 1\n".write(toFile: path, atomically: false, encoding: .utf8)
        let first = FileStamp(path)
        #expect(first != nil)
        #expect(FileStamp(path) == first)
        try "x = 22\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(FileStamp(path) != first)
        var r = Reloader(autoreload: true)
        r.noteImports([path])
        #expect(r.changes([path]).modules.isEmpty)
        try "x = 3\n".write(toFile: path, atomically: true, encoding: .utf8)    // renamed over: new inode
        #expect(r.changes([path]).modules == [path])
        try FileManager.default.removeItem(atPath: path)
        #expect(r.changes([path]).gone == [path])
        r.forget([path])
        #expect(r.changes([path]).gone.isEmpty)
    }
}
