// Syntax highlighting and history suggestions: the token→colour mapping without a terminal, and
// the raw bytes the REPL writes under a pseudo-terminal (see PTY.swift).

import CfyCore
import Foundation
import Testing
@testable import cfy

/// Whether an SGR code other than a reset is still in effect at the end of `raw`.
private func colourOpen(_ raw: String) -> Bool {
    var open = false
    var it = raw.unicodeScalars.makeIterator()
    while let u = it.next() {
        guard u == "\u{1B}", it.next() == "[" else { continue }
        var params = ""
        while let c = it.next() {
            if (0x40...0x7E).contains(c.value) {
                if c == "m" {       // a reset of everything, or of colour, bold and underline
                    let resets: Set<Substring> = ["", "0", "22", "24", "39", "49"]
                    open = !params.split(separator: ";", omittingEmptySubsequences: false).allSatisfy(resets.contains)
                }
                break
            }
            params.unicodeScalars.append(c)
        }
    }
    return open
}

/// A history file in libedit's format holding `entries` (oldest first).
private func historyFile(_ home: String, _ entries: [String]) throws {
    let lines = entries.map { $0.replacingOccurrences(of: " ", with: "\\040") }
    try (["_HiStOrY_V2_"] + lines).joined(separator: "\n").appending("\n")
        .write(toFile: home + "/history", atomically: true, encoding: .utf8)
}

private func kinds(_ text: String, classes: Set<String> = []) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return highlightSpans(text, classNames: classes).map {
        String(String.UnicodeScalarView(scalars[$0.range])) + ":" + "\($0.kind)"
    }
}

@Suite struct HighlightTests {
    @Test func tokensMapToKinds() {
        #expect(kinds("x = Args(seed=1, lr=0.5, name='a')", classes: ["Args"])
                == ["Args:className", "1:number", "0.5:number", "'a':string"])
        #expect(kinds("if not x: pass") == ["if:keyword", "not:keyword", "pass:keyword"])
        #expect(kinds("f\"{x}\" + None") == ["f\"{x}\":string", "None:keyword"])
    }

    @Test func errorsAreMarked() {
        #expect(kinds("x = 'abc") == ["'abc:error"])                  // unterminated string
        #expect(kinds("f(1))") == ["1:number", "):error"])           // a closer with no opener
        #expect(kinds("[1)") == ["1:number", "):error"])             // of the wrong kind
        #expect(kinds("f(1,") == ["1:number"])                       // open: the statement goes on
        #expect(kinds("x = 1 $ 2") == ["1:number", "$ 2:error"])     // a character the lexer rejects
        #expect(kinds("s = '''abc") == ["'''abc:string"])            // an open triple-quoted string
    }

    @Test func kindsMapToColours() {
        #expect(LineRender.sgr(.keyword) == "1;34")
        #expect(LineRender.sgr(.string) == "32")
        #expect(LineRender.sgr(.number) == "33")
        #expect(LineRender.sgr(.className) == "36")
        #expect(LineRender.sgr(.error) == "4;31")
        let r = LineRender(output: 1)
        let line = "x = [1, 'é中', None]"
        let coloured = r.colored(line)
        #expect(coloured == "x = [\u{1B}[33m1\u{1B}[0m, \u{1B}[32m'é中'\u{1B}[0m, \u{1B}[1;34mNone\u{1B}[0m]")
        #expect(Style.strip(coloured) == line)                           // the text itself is unchanged
        // A continuation line is lexed after the statement's earlier lines.
        r.begin(promptWidth: 5, entries: [], context: "class A {\n    s: str = '''a\n")
        #expect(r.colored("b''' }") == "\u{1B}[32mb'''\u{1B}[0m }")             // the string goes on; `}` closes
        r.begin(promptWidth: 5, entries: [])
        #expect(r.colored("}") == "\u{1B}[4;31m}\u{1B}[0m")                    // alone: no opener
    }

    @Test func suggestionsComeFromTheNewestMatchingEntry() {
        let r = LineRender(output: 1)
        r.begin(promptWidth: 5, entries: ["x = 2", "y = 1", "x = 1"])
        #expect(r.suggestion(for: "x") == " = 2")
        #expect(r.suggestion(for: "y = 1") == nil)                        // nothing to add
        #expect(r.suggestion(for: "") == nil)
        let line = Array("x".unicodeScalars)
        #expect(r.offer(line: line, cursor: 1, width: 80) == " = 2")
        #expect(r.offer(line: line, cursor: 0, width: 80) == nil)         // only with the cursor at the end
        #expect(r.offer(line: line, cursor: 1, width: 10) == nil)         // only when it fits on the row
        #expect(r.paint(line: Array("中".unicodeScalars) + line, cursor: 3, width: 80) == nil) // bad cursor
        #expect(r.paint(line: Array(String(repeating: "a", count: 80).unicodeScalars), cursor: 0, width: 80) == nil)
        #expect(r.paint(line: Array("a\tb".unicodeScalars), cursor: 0, width: 80) == nil)  // libedit's own display
        // Painted: to the input's column, the coloured text, the dim suggestion, clear, back to the cursor.
        #expect(r.paint(line: line, cursor: 1, width: 80) == "\r\u{1B}[5Cx\u{1B}[2m = 2\u{1B}[0m\u{1B}[K\r\u{1B}[6C")
    }

    // MARK: at a terminal

    @Test func typedLineIsColouredAndRunsUnchanged() throws {
        let p = try PTY(home: try temporaryDirectory(), environment: ["NO_COLOR": ""])
        try p.waitForPrompt()
        p.send("s = 'é中' + str(12)")
        try p.expect("str(12)")                                              // libedit's echo
        try p.expect("str(12)")                                              // the line painted
        try p.enter("")
        p.send("s\r")
        try p.expectLine("'é中12'")
        try p.waitForPrompt()
        let raw = p.rawText
        #expect(raw.contains("\u{1B}[32m'é中'\u{1B}[0m"))                   // a string in green
        #expect(raw.contains("\u{1B}[33m12\u{1B}[0m"))                      // a number in yellow
        // No colour is left on when the line is entered: at the newline after it, every colour
        // code has been reset.
        let upToEnter = raw[..<(raw.range(of: "\n", range: (raw.range(of: "str(12)")?.upperBound ?? raw.startIndex)..<raw.endIndex)?
            .lowerBound ?? raw.endIndex)]
        #expect(!colourOpen(String(upToEnter)))
    }

    @Test func noHighlightingWithoutColour() throws {
        for env in [["NO_COLOR": "1"], ["NO_COLOR": "", "TERM": "dumb"], ["NO_COLOR": "", "CFY_HIGHLIGHT": "0"]] {
            let home = try temporaryDirectory()
            try historyFile(home, ["x = 12345"])
            let p = try PTY(home: home, environment: env)
            try p.waitForPrompt()
            p.send("x = 1")
            usleep(200_000)
            try p.enter("")
            #expect(!p.rawText.contains("\u{1B}[33m"))
            #expect(!p.rawText.contains("\u{1B}[2m"))
        }
    }

    @Test func rightTakesTheSuggestion() throws {
        let home = try temporaryDirectory()
        try historyFile(home, ["y = 40 + 2"])
        let p = try PTY(home: home, environment: ["NO_COLOR": ""])
        try p.waitForPrompt()
        p.send("y =")
        try p.expect("y = 40 + 2")                                           // the suggestion arrives
        #expect(p.rawText.contains("\u{1B}[2m 40 + 2\u{1B}[0m"))             // shown dim after the cursor
        p.send("\u{1B}[C\r")                                                 // Right, Enter
        try p.waitForPrompt()
        p.send("y\r")
        try p.expectLine("42")
    }

    @Test func anotherKeyKeepsTyping() throws {
        let home = try temporaryDirectory()
        try historyFile(home, ["z = 40 + 2"])
        let p = try PTY(home: home, environment: ["NO_COLOR": ""])
        try p.waitForPrompt()
        p.send("z =")
        usleep(200_000)
        try p.enter(" 7")
        p.send("z\r")
        try p.expectLine("7")
    }

    @Test func enterAndCtrlCWipeTheSuggestion() throws {
        let home = try temporaryDirectory()
        try historyFile(home, ["q = 12345"])
        let p = try PTY(home: home, environment: ["NO_COLOR": ""])
        try p.waitForPrompt()
        p.send("q")
        try p.expect("q = 12345")
        p.send("\u{3}")                                                      // Ctrl-C
        try p.expect("KeyboardInterrupt")
        try p.waitForPrompt()
        p.send("q")
        try p.expect("q = 12345")
        p.send("\r")                                                         // Enter runs only `q`
        try p.expect("name 'q' is not defined")
        try p.waitForPrompt()
        // Each time, the dim text is cleared (ESC[K at the cursor) before the line ends.
        let raw = p.rawText
        let shown = "\u{1B}[2m = 12345\u{1B}[0m\u{1B}[K\r\u{1B}[6C"
        let parts = raw.components(separatedBy: shown)
        #expect(parts.count == 3)
        #expect(parts.count == 3 && parts[1].hasPrefix("\u{1B}[K") && parts[1].contains("^C"))
        #expect(parts.count == 3 && parts[2].hasPrefix("\u{1B}[K\r\n"))
    }
}
