// Editing an entry of several lines as a block at the terminal: Up/Down between its lines, history
// only from its first/last line, Enter that runs a whole entry or adds a line, auto-indent.
// Each test runs the real binary under a pseudo-terminal (see PTY.swift).

import Foundation
import Testing

private let up = "\u{1B}[A", down = "\u{1B}[B"

@Suite struct MultiLineTests {
    /// A recalled three-line class, edited on its second line and run again.
    @Test func recalledClassIsEditedOnItsSecondLine() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("class B(ExperimentArgs) {\r")
        try p.waitForPrompt("...> ")
        p.send("x: int = 1\r")                               // auto-indented by four spaces
        try p.waitForPrompt("...> ")
        try p.enter("}")
        p.send("B().x\r")
        try p.expectLine("1")
        try p.waitForPrompt()
        p.send(up + up)                                    // `B().x`, then the class, on its last line
        try p.expect("...> }")
        p.send(up)                                         // to its second line: the block is redrawn
        try p.expect("...>     x: int = 1")
        // Up two rows to the block's start, clear, the three lines, back up to the second.
        #expect(p.rawText.contains("\u{1B}[2A\u{1B}[Jcfy> class B(ExperimentArgs) {\r"))
        #expect(p.rawText.contains("...>     x: int = 1\r"))
        #expect(p.rawText.contains("...> }\r\u{1B}[1A"))
        p.send("\u{05}\u{7F}7" + down + "\u{05}\r")        // Ctrl-E, Backspace, 7, Down, Ctrl-E, Enter
        try p.waitForPrompt()
        p.send("B().x\r")
        try p.expectLine("7")
        try p.waitForPrompt()
        p.send(up + up)
        try p.expect("...> }")                             // the edited class is one history entry
        #expect(p.unread.isEmpty || !p.unread.contains("x: int = 1"))
    }

    /// Up on the second line of an unfinished entry goes to its first line, not to history.
    @Test func upInsideAnEntryDoesNotRecallHistory() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        try p.enter("unrelated = 5")
        p.send("x = [\r")
        try p.waitForPrompt("...> ")
        p.send(up + "\u{05}1," + down + "2]\r")            // append `1,` to line 1, `2]` to line 2
        try p.waitForPrompt()
        p.send("x\r")
        try p.expectLine("[1, 2]")
        #expect(!p.rawText.contains("...> unrelated"))
    }

    /// Ctrl-A and Ctrl-E go to the start and end of the line the cursor is on, not of the entry.
    @Test func ctrlAAndCtrlEStayOnTheirLine() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        try p.enter("x = [\r1,\r2]")
        p.send(up)                                         // the entry back, on its last line
        try p.expect("...> 2]")
        p.send(up + "\u{01}-\u{05} 5," + down + "\u{05}\r")  // line 2: `-` at its start, ` 5,` at its end
        try p.waitForPrompt()
        p.send("x\r")
        try p.expectLine("[-1, 5, 2]")
    }

    /// Alt-Enter runs a whole entry from its first line.
    @Test func altEnterRunsFromAnyLine() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("x = [\r1,\r2]")
        try p.expect("...> 2]")
        p.send(up + up + "\u{1B}\r")
        try p.waitForPrompt()
        p.send("x\r")
        try p.expectLine("[1, 2]")
    }

    /// Enter inside an entry adds a line (it does not run it); a line after `{` starts four spaces
    /// in; `}` typed on a blank line takes them off.
    @Test func enterInsideAddsALineAndBraceDedents() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("def f() {\r")
        try p.waitForPrompt("...> ")
        p.send("return 1\r}")
        p.send("\u{1B}[D\r")                                   // Left, Enter: `}` goes down a line, nothing runs
        p.send("\u{05}\r")                                     // Ctrl-E, Enter at the end: runs
        p.send("f()\r")
        try p.expectLine("1")
        #expect(p.text.contains("cfy> def f() {\n...>     return 1\n...> \n...> }"))      // redrawn after the break
    }

    /// Ctrl-C on a block's first line cancels the whole entry, with the cursor left below it.
    @Test func ctrlCCancelsTheWholeBlock() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("y = [\r1,\r")
        try p.waitForPrompt("...> ")
        p.send(up + up + "\u{03}")
        try p.expect("...> 1,\n...> ^C\nKeyboardInterrupt")
        try p.waitForPrompt()
        p.send("y\r")
        try p.expect("name 'y' is not defined")
    }

    /// Ctrl-R finds an entry; an arrow key ends the search and moves, leaving no `[C` behind.
    @Test func arrowsAfterCtrlRLeaveNoJunk() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        try p.enter("s = 'AbC'")
        p.send("s.lower()\r")
        try p.expectLine("'abc'")
        try p.waitForPrompt()
        p.send("\u{12}low")
        try p.expect("(reverse-i-search)`low': ")
        p.send("\u{1B}[D\u{1B}[D\u{1B}[C\r")                     // Left, Left, Right, Enter: runs it
        try p.expectLine("'abc'")
        #expect(!p.text.contains("[C") && !p.text.contains("[D"))
    }

    /// A window made narrower redraws a wrapped entry from its first row, for the new width.
    @Test func resizeRedrawsAWrappedEntry() throws {
        let p = try PTY(home: try temporaryDirectory(), columns: 60)
        try p.waitForPrompt()
        let line = "x = [" + (1...25).map(String.init).joined(separator: ", ") + "]"
        p.send(line)
        try p.expect("25]")
        p.resize(columns: 30)
        let up = (5 + line.count) / 30                              // the cursor's row in the rewrapped entry
        try p.expect("cfy> x = [1, 2")
        #expect(p.rawText.contains("\r\u{1B}[\(up)A\u{1B}[Jcfy> x = [1, 2"))
        p.send("\u{01}Z\r")                                         // Ctrl-A, Z, Enter
        try p.waitForPrompt()
        p.send("Zx[-1]\r")
        try p.expectLine("25")
    }
}
