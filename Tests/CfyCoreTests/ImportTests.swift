import CfyCore
import Foundation
import Testing

@Suite struct ImportTests {
    /// Writes files into a fresh temp dir and runs `main.cfy` there; returns its output or error.
    func run(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfy-imports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let src = Source(name: "main.cfy", text: files["main.cfy"] ?? "", directory: dir.path)
        var out = ""
        for r in Session().run(src, echo: true) {
            out += r.output
            if let e = r.error { out += "error: " + e.message + "\n" }
        }
        return out
    }

    @Test func importAndFrom() throws {
        let out = try run([
            "common.cfy": "print('loading common')\nclass Args(ExperimentArgs) { lr: float = 0.1 }\nbase = Args(name='base')\n",
            "main.cfy": "import common\nfrom common import Args, base as b\nimport common\ncommon.base.name\nb.lr\nArgs(lr=0.5).lr\n",
        ])
        #expect(out == "loading common\n'base'\n0.1\n0.5\n")   // loaded once
    }

    /// An import chain deeper than the native stack allows is a RecursionError, not a crash (the
    /// chain is checked for cycles in constant time per import, so a long one is not quadratic).
    @Test func deepImportChainIsARecursionError() throws {
        var files = ["main.cfy": "import m0\nprint('done')\n"]
        for i in 0..<5000 { files["m\(i).cfy"] = "import m\(i + 1)\n" }
        files["m5000.cfy"] = "x = 1\n"
        let out = try run(files)
        #expect(out.hasPrefix("error: maximum recursion depth exceeded (imports nested too deeply)"), "\(out.prefix(200))")
    }

    @Test func cycleIsReported() throws {
        let out = try run([
            "a.cfy": "import b\n", "b.cfy": "import a\n", "main.cfy": "import a\n",
        ])
        #expect(out == "error: circular import: a -> b -> a\n")
    }

    @Test func unknownModuleAndName() throws {
        #expect(try run(["main.cfy": "import nosuch\n"]).hasPrefix("error: no module named 'nosuch'"))
        #expect(try run(["m.cfy": "x = 1\n", "main.cfy": "from m import y\n"]) == "error: cannot import name 'y' from 'm'\n")
    }

    @Test func errorInsideModuleNamesItsFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfy-imp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "x = 1\ny = x / 0\n".write(to: dir.appendingPathComponent("bad.cfy"), atomically: true, encoding: .utf8)
        let r = Session().run(Source(name: "main.cfy", text: "import bad\n", directory: dir.path))
        let e = try #require(r.last?.error)
        #expect(e.message == "division by zero")
        #expect(e.source?.name.hasSuffix("bad.cfy") == true)
        #expect(e.loc == Loc(line: 2, col: 7))
    }
}
