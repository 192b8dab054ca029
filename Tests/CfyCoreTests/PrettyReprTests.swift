// PrettyReprTests.swift -- the REPL's laid-out echo against CPython 3.11's pprint
// (Tests/CfyCoreTests/Golden/pformat.json, written by scripts/golden/pformat.py).

import Foundation
import Testing
@testable import CfyCore

private struct Golden: Decodable {
    struct Case: Decodable { let width: Int; let expr: String; let text: String }
    let prelude: String
    let cases: [Case]
}

private func golden() -> Golden? {
    let dir = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    guard let data = FileManager.default.contents(atPath: dir + "/Golden/pformat.json") else { return nil }
    return try? JSONDecoder().decode(Golden.self, from: data)
}

@Suite struct PrettyReprTests {
    @Test func matchesPprint() throws {
        let g = try #require(golden())
        #expect(g.cases.count > 100)
        let session = Session()
        let setup = session.run(Source(name: "prelude.py", text: g.prelude))
        #expect(setup.allSatisfy { $0.error == nil }, "\(setup.compactMap(\.error).map(\.message))")
        var values: [String: Value] = [:]
        var compared = 0
        for c in g.cases {
            if values[c.expr] == nil {
                let r = session.run(Source(name: "expr.py", text: c.expr + "\n"), echo: true).last
                guard let v = r?.value else { Issue.record("no value for \(c.expr): \(String(describing: r?.error?.message))"); continue }
                values[c.expr] = v
            }
            guard let v = values[c.expr] else { continue }
            do {
                let text = try session.prettyRepr(v, width: c.width)
                compared += 1
                #expect(text == c.text, "pformat(\(c.expr), width=\(c.width))")
            } catch { Issue.record("pformat(\(c.expr), width=\(c.width)): \(error)") }
        }
        #expect(compared == g.cases.count)
    }

    /// A set too wide whose sorted order is not known here is an error (the REPL shows the repr).
    @Test func mixedSetIsNotGuessed() throws {
        let session = Session()
        let v = try #require(session.run(Source(name: "t.py", text: "{1, 2.5, 3, 4.5}\n"), echo: true).last?.value)
        #expect(throws: PrettyOrderUnknown.self) { try session.prettyRepr(v, width: 4) }
        #expect(try session.prettyRepr(v, width: 80) == "{1, 2.5, 3, 4.5}")
    }

    /// `poll` throwing stops the layout (the REPL's Ctrl-C).
    @Test func pollStops() throws {
        struct Stop: Error {}
        let session = Session()
        let v = try #require(session.run(Source(name: "t.py", text: "list(range(100))\n"), echo: true).last?.value)
        var calls = 0
        #expect(throws: Stop.self) {
            try session.prettyRepr(v, width: 10) { calls += 1; if calls == 5 { throw Stop() } }
        }
    }
}
