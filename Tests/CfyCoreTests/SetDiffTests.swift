// `cfy diff`'s matching of args sets (SetDiff) and module finding through a SourceFiles provider.

import CfyCore
import Foundation
import Testing

@Suite struct SetDiffTests {
    let schema = "class Args(ExperimentArgs) {\n    lr: float = 0.1\n    seed: int = 0\n}\n"

    func sets(_ body: String) throws -> [DiffedSet] {
        try SetDiff.sets(of: Source(name: "p.cfy", text: schema + body)).get()
    }

    func kinds(_ d: SetDiff) -> [String] {
        d.changes.map {
            switch $0 {
            case .added(let n): return "added \(n.entry.name)"
            case .removed(let o): return "removed \(o.entry.name)"
            case .renamed(let o, let n): return "renamed \(o.entry.name)->\(n.entry.name)"
            case .changed(_, let n, _): return "changed \(n.entry.name)"
            }
        }
    }

    @Test func unchangedAreCounted() throws {
        let a = try sets("a = Args(name='a')\nb = Args(name='b', seed=1)")
        let d = SetDiff.compare(old: a, new: a)
        #expect(d.changes.isEmpty && d.unchanged == 2 && !d.hashChanged)
    }

    @Test func addedRemovedRenamedChanged() throws {
        let old = try sets("a = Args(name='a')\nb = Args(name='b', seed=1)\nc = Args(name='c', seed=2)")
        let new = try sets("a = Args(name='a', lr=0.2)\nb2 = Args(name='b2', seed=1)\nd = Args(name='d', seed=3)")
        let d = SetDiff.compare(old: old, new: new)
        #expect(kinds(d) == ["changed a", "renamed b->b2", "added d", "removed c"])
        #expect(d.hashChanged && d.unchanged == 0)
        guard case .changed(_, let n, let reasons) = d.changes[0] else { Issue.record("not changed"); return }
        #expect(reasons == ["field 'lr' changed from 0.1 to 0.2"])
        #expect(n.line == 5 && n.file == "p.cfy")
    }

    @Test func renameNeedsTheSameHash() throws {
        let d = SetDiff.compare(old: try sets("b = Args(name='b', seed=1)"), new: try sets("b2 = Args(name='b2', seed=2)"))
        #expect(kinds(d) == ["added b2", "removed b"] && !d.hashChanged)
    }

    @Test func aFileThatDoesNotRunIsAnError() {
        guard case .failure(let e) = SetDiff.sets(of: Source(name: "p.cfy", text: "x = undefined_name\n")) else {
            Issue.record("ran"); return
        }
        #expect(e.message.contains("undefined_name"))
    }

    /// Files held in memory: imports come from the provider, not from the disk.
    final class MemoryFiles: SourceFiles, @unchecked Sendable {
        let files: [String: String]
        init(_ files: [String: String]) { self.files = files }
        func exists(_ path: String) -> Bool { files[path] != nil }
        func isDirectory(_ path: String) -> Bool { false }
        func read(_ path: String) throws -> [UInt8]? { files[path].map { Array($0.utf8) } }
        func list(_ directory: String) -> [String] {
            files.keys.filter { ($0 as NSString).deletingLastPathComponent == directory }.map { ($0 as NSString).lastPathComponent }
        }
        func linkTarget(_ path: String) -> String? { nil }
    }

    @Test func importsReadThroughTheProvider() throws {
        let dir = "/nonexistent-cfy-diff-test"
        let files = MemoryFiles([dir + "/schema.cfy": schema])
        let src = Source(name: "REV:p.cfy", text: "import schema\na = schema.Args(name='a', seed=4)\n", directory: dir)
        let got = try SetDiff.sets(of: src, files: files).get()
        #expect(got.map(\.entry.name) == ["a"])
        guard case .failure(let e) = SetDiff.sets(of: src) else { Issue.record("found schema on disk"); return }
        #expect(e.message.contains("no module named 'schema'"))
    }
}
