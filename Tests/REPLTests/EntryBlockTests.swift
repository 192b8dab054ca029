// The multi-line entry model and its screen layout, without a terminal (MultiLine.swift).

import Glibc
import Testing
@testable import cfy

@Suite struct EntryBlockTests {
    @Test func enterBreaksTheLineWithIndentation() {
        var b = EntryBlock()
        b.lines = ["class A(ExperimentArgs) {"]
        b.column = b.current.unicodeScalars.count
        b.breakLine()
        #expect(b.lines == ["class A(ExperimentArgs) {", "    "] && b.index == 1 && b.column == 4)
        b.lines[1] = "    x: int = 1"
        b.column = 14
        b.breakLine()                                   // same indentation as the line above
        #expect(b.lines[2] == "    " && b.column == 4)
        b.lines[2] = "    if x {}"
        b.column = 10                                   // between `{` and `}`: `}` goes down, dedented
        b.breakLine()
        #expect(b.lines[2...] == ["    if x {", "    }"] && b.index == 3 && b.column == 4)
        #expect(EntryBlock.dedented("      ") == "  " && EntryBlock.dedented("  ") == "" && EntryBlock.dedented("\t\t") == "\t")
    }

    @Test func pasteSplitsIntoLinesAroundTheCursor() {
        var b = EntryBlock()
        b.lines = ["ab"]
        b.column = 1
        b.insert(pasted: "1\n2\n3")
        #expect(b.lines == ["a1", "2", "3b"] && b.index == 2 && b.column == 1)
        b.load("x\nyy\nzzz")
        #expect(b.index == 2 && b.column == 3)
        b.move(to: 0)
        #expect(b.column == 1)
        b.load("x\nyy", index: 0)
        #expect(b.index == 0 && b.column == 1 && b.text == "x\nyy")
    }

    @Test func rowsAndCursorAsLibeditDrawsThem() {
        _ = setlocale(LC_CTYPE, "C.UTF-8")                            // as the REPL sets it (wcwidth)
        let l = BlockLayout(columns: 10, firstPrompt: "\u{1B}[1;32mcfy>\u{1B}[0m ", otherPrompt: "...> ")
        #expect(l.promptWidth(0) == 5 && l.promptWidth(1) == 5)
        #expect(BlockLayout.advance("a\tb", from: 5) == 9)            // the Tab goes to column 8
        #expect(BlockLayout.advance("中\u{1}", from: 0) == 4)          // wide: 2, control (^A): 2
        let lines = ["12345", "123456", ""]
        #expect(l.rows(of: lines, line: 0) == 1 && l.rows(of: lines, line: 1) == 2 && l.rows(of: lines, line: 2) == 1)
        #expect(l.startRow(of: lines, line: 2) == 3)
        #expect(l.cursorRow(line: 1, before: "123456") == 1)
        #expect(l.cursorRow(line: 0, before: "12345\nabcdefghijk") == 2)   // after a newline: column 0
    }

    @Test func drawGoesUpClearsAndComesBackToTheLine() {
        let l = BlockLayout(columns: 80, firstPrompt: "cfy> ", otherPrompt: "...> ")
        #expect(l.draw(["a {", "b", "}"], up: 2, target: 1, leave: false)
                == "\r\u{1B}[2A\u{1B}[Jcfy> a {\r\n...> b\r\n...> }\r\u{1B}[1A")
        #expect(l.draw(["x"], up: 0, target: 0, leave: true, mark: "^C") == "\r\u{1B}[Jcfy> x^C\r\n")
        #expect(BlockLayout.shown("a\u{1}\u{7F}") == "a^A^?")
    }
}
