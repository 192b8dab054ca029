// History across sessions: recalled with Up after a restart, multi-line entries kept whole,
// no consecutive duplicates, the 1,000-entry cap, and nothing written when stdin is not a terminal.

import Foundation
import Testing
@testable import cfy

private let up = "\u{1B}[A"

@Suite struct HistoryTests {
    @Test func upRecallsStatementsFromThePreviousSession() throws {
        let home = try temporaryDirectory()
        do {
            let first = try PTY(home: home)
            try first.waitForPrompt()
            first.send("def f() {\r")
            try first.waitForPrompt("...> ")
            first.send("return 7 * 6\r")
            try first.waitForPrompt("...> ")
            first.send("}\r")
            try first.waitForPrompt()
            first.send("print(\"from-\" + \"history\")\r")
            try first.expectLine("from-history")
            try first.waitForPrompt()
            first.send("\u{4}")
            #expect(try first.waitForExit() == 0)
        }
        let saved = try String(contentsOfFile: home + "/history", encoding: .utf8)
        #expect(saved.contains("from-"))

        let second = try PTY(home: home)
        try second.waitForPrompt()
        second.send(up + "\r")                 // the print, from the first session
        try second.expectLine("from-history")
        try second.waitForPrompt()
        second.send(up + up + "\r")            // the three-line def, as one entry
        try second.waitForPrompt()
        second.send("f()\r")
        try second.expectLine("42")
    }

    @Test func entriesAreTrimmedUniqueAndCapped() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/h"
        do {
            let h = try #require(History(path: path))
            h.add("x = 1   ")
            h.add("x = 1")                 // a consecutive duplicate (after trimming)
            h.add("class A {  \n  a: int = 1\n}\n")
            h.add("   ")                   // blank: not kept
            #expect(h.entries == ["class A {\n  a: int = 1\n}", "x = 1"])
            for i in 0..<1100 { h.add("v\(i) = \(i)") }
            #expect(h.entries.count == 1000)
            #expect(h.entries.first == "v1099 = 1099")
        }
        let reloaded = try #require(History(path: path))
        #expect(reloaded.entries.count == 1000)
        #expect(reloaded.entries.last == "v100 = 100")
    }

    @Test func multiLineEntrySurvivesTheFile() throws {
        let path = try temporaryDirectory() + "/h"
        do {
            let h = try #require(History(path: path))
            h.add("s = \"a b\"\nt = 'é 中'\\\n")
        }
        let again = try #require(History(path: path))
        #expect(again.entries == ["s = \"a b\"\nt = 'é 中'\\"])
    }

    @Test func pipedInputWritesNoHistory() throws {
        let home = try temporaryDirectory()
        let r = try runCfy([], input: "x = 1\nx\n", environment: ["HOME": home, "CFY_HISTORY": home + "/history"])
        #expect(r.stdout == "1\n")
        #expect(!FileManager.default.fileExists(atPath: home + "/history"))
    }
}
