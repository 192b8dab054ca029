// OutputFitTests.swift -- at a terminal, echoes are laid out like pprint to the window's width and
// tables fit it; piped sessions keep Python's plain repr and whole tables.

import Foundation
import Testing
@testable import cfy

/// CPython's `pprint` layout of `expr` at `width` (Tests/CfyCoreTests/Golden/pformat.json, written
/// by scripts/golden/pformat.py).
private func pformat(_ expr: String, width: Int) throws -> String {
    struct Golden: Decodable {
        struct Case: Decodable { let width: Int; let expr: String; let text: String }
        let cases: [Case]
    }
    let tests = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false).dropLast(2).joined(separator: "/")
    let data = try #require(FileManager.default.contents(atPath: tests + "/CfyCoreTests/Golden/pformat.json"))
    let g = try JSONDecoder().decode(Golden.self, from: data)
    return try #require(g.cases.first { $0.expr == expr && $0.width == width }?.text)
}

private let dictExpr = "{'alpha': 1, 'beta': [1, 2, 3, 4, 5, 6, 7, 8], 'gamma': {'x': 1.5, 'y': -2.25e-08}, 'delta': None}"
private let tupleExpr = "((1, 2), (3, 4), ('five', 'six'), [7, (8, 9)], {'ten': 10}, ())"
private let argsClass = "class Args(ExperimentArgs) { seed: int = 0; learning_rate: float = 0.001; layers: list = [64] }\r"

@Suite struct OutputFitTests {
    @Test(arguments: [(dictExpr, 60), (dictExpr, 40), (tupleExpr, 20), ("list(range(40))", 40)])
    func echoIsLaidOutLikePprint(_ expr: String, _ width: Int) throws {
        let p = try PTY(home: try temporaryDirectory(), columns: UInt16(width))
        try p.waitForPrompt()
        p.send(expr + "\r")
        try p.expect("\n" + (try pformat(expr, width: width)) + "\n")
    }

    @Test func anEchoThatFitsStaysOnOneLine() throws {
        let p = try PTY(home: try temporaryDirectory(), columns: 120)
        try p.waitForPrompt()
        p.send(dictExpr + "\r")
        try p.expectLine(try pformat(dictExpr, width: 120))
        #expect(!(try pformat(dictExpr, width: 120)).contains("\n"))
    }

    @Test func pipedEchoIsThePlainRepr() throws {
        let r = try runCfy([], input: dictExpr + "\nlist(range(40))\n")
        let list = "[" + (0..<40).map(String.init).joined(separator: ", ") + "]"
        #expect(r.stdout == (try pformat(dictExpr, width: 120)) + "\n" + list + "\n")
    }

    @Test func dryTableFitsTheWindow() throws {
        let p = try PTY(home: try temporaryDirectory(), columns: 50)
        try p.waitForPrompt()
        p.send(argsClass)
        try p.waitForPrompt()
        p.send(":dry Args(name=\"a-rather-long-name\", layers=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])\r")
        let shown = try p.expect("md5s, in hex)")
        let lines = shown.split(separator: "\n").dropFirst()          // the typed line wraps itself
        #expect(lines.count >= 5)
        for line in lines { #expect(displayWidth(String(line)) <= 50, "\(line)") }
        #expect(shown.contains("…"))
    }

    @Test func pipedDryTableIsWhole() throws {
        let r = try runCfy([], input: argsClass.dropLast() + "\n:dry Args(name='n', layers=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])\n")
        #expect(r.stdout.contains("hash  "))
        #expect(r.stdout.split(separator: "\n").contains { displayWidth(String($0)) > 50 })
    }

    @Test func tableNarrowsTheWidestColumnFirst() {
        let rows = [["field", "value", "why"], ["lr", "0.01", "a rather long reason that does not fit"]]
        let text = table(rows, width: 30)
        for line in text.split(separator: "\n") { #expect(displayWidth(String(line)) <= 30) }
        #expect(text.hasPrefix("field  value  why\nlr     0.01   a rather long r…\n"))
        #expect(table(rows) == table(rows, width: 200))
        #expect(fitted([40, 10, 8], into: 30) == [12, 10, 8])
        #expect(fitted([10, 10], into: 4) == [6, 6])
        #expect(fitted([12, 10, 30], into: 30, only: [2]) == [12, 10, 8])
        #expect(fitted([12, 10, 30], into: 20, only: [2]) == [12, 10, 6])
        #expect(wrap("hash  176bbbd8969b2c6d1d9a268fca95bc708  (sum of 3 md5s, in hex)", width: 50)
                == "hash  176bbbd8969b2c6d1d9a268fca95bc708  (sum of 3\n  md5s, in hex)")
        #expect(wrap("short line", width: 50) == "short line")
    }
}
