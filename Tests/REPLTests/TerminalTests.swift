// The REPL at a terminal: echo, multi-line input, Tab, Ctrl-C, Ctrl-D, non-ASCII, colour.
// Each test runs the real binary under a pseudo-terminal (see PTY.swift).

import Foundation
import Testing
@testable import cfy

private let argsClass = "class Args(ExperimentArgs) { seed: int = 0; lr: float = 0.001; layers: list = [64] }\r"

@Suite struct TerminalTests {
    @Test func echoesValuesAndKeepsUnderscore() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.expect("cfy \(cfyVersion)")
        try p.waitForPrompt()
        p.send("6 * 7\r")
        try p.expectLine("42")
        try p.waitForPrompt()
        p.send("_ + 1\r")
        try p.expectLine("43")
        try p.waitForPrompt()
        p.send("None\r")                      // None is not echoed
        try p.waitForPrompt()
        p.send("print('hi')\r")
        let shown = try p.expect("\nhi\n")
        #expect(!shown.contains("None"))
        try p.waitForPrompt()
        p.send("undefined_name\r")
        try p.expect("<stdin>:1:1: error: name 'undefined_name' is not defined")
        try p.waitForPrompt()
        p.send("_\r")                         // bindings survive the error
        try p.expectLine("43")
    }

    /// A finished `if` waits for one more line, as at Python's prompt: `else`/`elif` goes on with
    /// it, a blank line or any other statement runs it first; Ctrl-C drops it unrun.
    @Test func elseOnTheLineAfterAnIf() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("x = 5\r")
        // Types a one-line `if`, sees it held at `...> `, then types `next`; returns what followed.
        func heldIf(_ line: String, then next: String, expecting: String) throws -> String {
            try p.waitForPrompt()
            p.send(line + "\r")
            try p.waitForPrompt("...> ")
            p.send(next)
            return try p.expect(expecting)
        }
        _ = try heldIf("if x > 9 { print('big') }", then: "else { print('small') }\r", expecting: "\nsmall\n")
        _ = try heldIf("if x == 5 { print('five') }", then: "\r", expecting: "\nfive\n")
        _ = try heldIf("if x == 5 { print('then') }", then: "x + 1\r", expecting: "\nthen\n6\n")
        let shown = try heldIf("if x == 5 { print('dropped') }", then: "\u{03}", expecting: "KeyboardInterrupt")
        #expect(!shown.contains("dropped"))
        try p.waitForPrompt()
        p.send("x\r")
        try p.expectLine("5")
    }

    @Test func multiLineClassShowsContinuationPrompt() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("class Args(ExperimentArgs) {\r")
        try p.waitForPrompt("...> ")
        p.send("lr: float = 0.5\r")
        try p.waitForPrompt("...> ")
        p.send("layers: list = [\r")
        try p.waitForPrompt("...> ")
        p.send("1, 2]\r")
        try p.waitForPrompt("...> ")
        try p.enter("}")
        p.send("Args(name='m')\r")
        try p.expectLine("Args(name='m', hash=None, overwrite=False, lr=0.5, layers=[1, 2])")
    }

    @Test func tabCompletesFieldsAfterDotAndInsideAClassCall() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send(argsClass)
        try p.waitForPrompt()
        try p.enter("base = Args(seed=4242)")
        p.send("base.se\t\r")                   // -> base.seed
        try p.expectLine("4242")
        try p.waitForPrompt()
        p.send("Args(l\t")                      // lr= and layers=: ambiguous, so Tab lists them
        try p.expect("\nlr=")
        try p.waitForTTY(canonical: false)
        p.send("r\t0.25).lr\r")                 // Args(lr -> Args(lr=
        try p.expectLine("0.25")
        try p.waitForPrompt()
        p.send("base.\t")                       // a list of fields and methods
        let listing = try p.expect("seed")
        #expect(listing.contains("args_hash"))
        #expect(listing.contains("layers"))
        try p.waitForTTY(canonical: false)
        p.send("\u{15}:dr\t base\r")            // Ctrl-U, then a command completed
        try p.expect("field")
        try p.expect("seed")
        try p.expect("md5 of 'seed4242'")
    }

    @Test func ctrlCStopsAnEndlessLoopAndKeepsTheSession() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        try p.enter("n = 5")
        p.send("while True {}\r")
        try p.waitForTTY(canonical: true)      // running: the tty is cooked, ^C is SIGINT
        usleep(200_000)
        p.send("\u{3}")
        try p.expect("error: KeyboardInterrupt")
        try p.waitForPrompt()
        p.send("n + 1\r")
        try p.expectLine("6")
    }

    @Test func ctrlCStopsACommandStuckInAHashFunction() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        try p.enter("def spin(self, v) { while True {} }")
        try p.enter("class A(ExperimentArgs) { x: int = 1; hash_representations = set_hash_functions(x=spin) }")
        try p.enter("a = A(x=3)")
        p.send(":dry a\r")
        try p.waitForTTY(canonical: true)
        usleep(200_000)
        p.send("\u{3}")
        try p.expect("^C\n<stdin>:1:21: error: KeyboardInterrupt\n")   // on its own line
        try p.waitForPrompt()
        p.send("a.x\r")
        try p.expectLine("3")
    }

    @Test func ctrlCCancelsTheLineBeingTyped() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("this_is_not_run")
        p.send("\u{3}")
        try p.expectLine("KeyboardInterrupt")
        try p.waitForPrompt()
        p.send("class A {\r")                  // also mid-statement
        try p.waitForPrompt("...> ")
        p.send("\u{3}")
        try p.expectLine("KeyboardInterrupt")
        try p.waitForPrompt()
        p.send("1 + 1\r")
        let shown = try p.expect("\n2\n")
        #expect(!shown.contains("not defined"))
        #expect(!shown.contains("error"))
    }

    @Test func ctrlDExitsZero() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("\u{4}")
        #expect(try p.waitForExit() == 0)
    }

    @Test func quitExitsZeroEvenAfterAnError() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("1/0\r")
        try p.expect("division by zero")
        try p.waitForPrompt()
        p.send(":quit\r")
        #expect(try p.waitForExit() == 0)
    }

    @Test(arguments: ["C.UTF-8", ""])
    func nonASCIIInputIsKept(lang: String) throws {
        // With LANG unset the C locale would make libedit drop these; cfy falls back to C.UTF-8.
        let p = try PTY(home: try temporaryDirectory(), environment: ["LANG": lang])
        try p.waitForPrompt()
        try p.enter("s = \"héllo 中文\"")
        p.send("s\r")
        try p.expectLine("'héllo 中文'")
        try p.waitForPrompt()
        p.send("len(s)\r")
        try p.expectLine("8")
    }

    @Test func colourOnlyWhenAllowed() throws {
        let coloured = try PTY(home: try temporaryDirectory(), environment: ["NO_COLOR": ""])
        try coloured.waitForPrompt()
        coloured.send("1/0\r")
        try coloured.waitForPrompt()
        #expect(coloured.rawText.contains("\u{1B}[1;32mcfy>\u{1B}[0m "))     // green prompt, reset before the input
        #expect(coloured.rawText.contains("\u{1B}[31merror"))         // red error

        let plain = try PTY(home: try temporaryDirectory(), args: ["--no-color"], environment: ["NO_COLOR": ""])
        try plain.waitForPrompt()
        plain.send("1/0\r")
        try plain.expect("error: division by zero")
        try plain.waitForPrompt()
        #expect(!plain.rawText.contains("\u{1B}[1;32m"))
        #expect(!plain.rawText.contains("\u{1B}[31m"))

        let dumb = try PTY(home: try temporaryDirectory(), environment: ["NO_COLOR": "", "TERM": "dumb"])
        try dumb.waitForPrompt()
        dumb.send("1/0\r")
        try dumb.expect("error: division by zero")
        try dumb.waitForPrompt()
        #expect(!dumb.rawText.contains("\u{1B}["))                   // TERM=dumb: no escape at all
    }

    @Test func aHugeEchoIsCutWithACount() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        try p.enter("big = list(range(10**6))")
        p.send("big\r")
        try p.expect("… 7868891 more characters not shown (print(_) shows them all)")
        try p.waitForPrompt()
    }

    @Test func bracketedPasteIsOneInputWithItsTabs() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        #expect(p.rawText.contains("\u{1B}[?2004h"))                 // the terminal is asked to mark pastes
        p.send("\u{1B}[200~w = \"a\tb\"\nclass A(ExperimentArgs) {\n\tx: int = 1\n}\n\u{1B}[201~")
        try p.enter("")
        p.send("(w, A(name='q').x)\r")
        try p.expectLine("('a\\tb', 1)")                               // the Tab kept, the class defined
    }

    @Test func ctrlArrowsMoveByWord() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        p.send("len([1, 2])\u{1B}[1;5D\u{1B}[1;5D\u{1B}[1;5D\u{1B}[1;5Cx\r")
        try p.expect("name 'lenx' is not defined")                  // no `;5D` inserted
    }

    @Test func tabInsideAStringIsATab() throws {
        let p = try PTY(home: try temporaryDirectory())
        try p.waitForPrompt()
        try p.enter("w = \"a\tb\"")
        p.send("w\r")
        try p.expectLine("'a\\tb'")                                 // the Tab stayed in the string
    }
}
