// SetTableTests.swift -- CPython 3.11's hash() and set table order, against vectors CPython made
// (Tests/CfyCoreTests/Golden/sets.txt, written by scripts/golden/python_sets.py).

import Foundation
import Testing
@testable import CfyCore

private func goldenLines(_ kind: String) -> [[String]] {
    let dir = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let text = (try? String(contentsOfFile: dir + "/Golden/sets.txt", encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }.filter { $0.first == kind }
}

@Suite struct SetTableTests {
    @Test func hashes() {
        let cases = goldenLines("hash")
        #expect(cases.count > 100)
        for c in cases where c.count == 3 {
            #expect(repl("print(hash(\(c[1])))") == c[2] + "\n", "hash(\(c[1]))")
        }
    }

    @Test func marshalKeys() {
        let cases = goldenLines("marshal")
        #expect(cases.count == 8)
        for c in cases where c.count == 3 {
            let value = Session().run(Source(name: "<t>", text: c[1]), echo: true).last?.value
            guard let v = value, let keys = PySet.marshalKeys(v) else {
                Issue.record("no marshal key for \(c[1])"); continue
            }
            #expect(keys[0].map { String(format: "%02x", $0) }.joined() == c[2], "marshal.dumps(\(c[1]))")
        }
    }

    @Test func orderAfterAddsAndDiscards() {
        let cases = goldenLines("order")
        #expect(cases.count == 300)
        for c in cases where c.count == 3 {
            var s = PySet()
            for op in c[1].split(separator: " ") {
                guard let n = Int64(op.dropFirst()) else { continue }
                if op.first == "+" { s.add(.int(n)) } else if let (e, _) = PySet.entry(.int(n)) { s.discard(e.hash, e.dkey) }
            }
            let text = s.count == 0 ? "set()" : "{" + s.elements.map { v -> String in
                if case .int(let i) = v { return String(i) }
                return "?"
            }.joined(separator: ", ") + "}"
            #expect(text == c[2], "\(c[1])")
        }
    }
}
