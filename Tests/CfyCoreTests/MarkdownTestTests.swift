@testable import CfyCore
import Testing

/// The Markdown block extractor, console transcripts and `--update` of a .md file (MarkdownTest).
@Suite struct MarkdownTestTests {
    /// Console commands are not run here (the cfy executable runs them: scripts/check-cli).
    func runner(_ commands: [[String]]) -> [ConsoleOutcome] { commands.map { _ in .failed("not run") } }

    func blocks(_ text: String) -> [MarkdownBlock] {
        (try? MarkdownBlocks.extract(text).get()) ?? []
    }

    @Test func fencesOfBothKindsWithInfoStrings() {
        let b = blocks("# t\n```cfy\n1\n```\n\n~~~console extra words\n$ cfy hash\n~~~\n```\nplain\n```\n")
        #expect(b.map(\.language) == ["cfy", "console", ""])
        #expect(b.map(\.fenceLine) == [2, 6, 9])
        #expect(b.map(\.closingLine) == [4, 8, 11])
        #expect(b[0].lines == ["1"])
        #expect(b[1].lines == ["$ cfy hash"])
    }

    @Test func closingFenceMustMatchCharAndLength() {
        // ~~~ does not close ```; a shorter fence does not close a longer one; a longer one does.
        let b = blocks("````cfy\n~~~\n```\nx\n`````\nafter\n")
        #expect(b.count == 1)
        #expect(b[0].lines == ["~~~", "```", "x"])
        #expect(b[0].closingLine == 5)
    }

    @Test func nestedBackticksAndInlineCode() {
        // A line with backticks in its info string is inline code, not a fence.
        #expect(blocks("```a ` b```\ntext\n").isEmpty)
        // Backticks inside a tilde block are content.
        let b = blocks("~~~cfy\ns = \"```\"\n~~~\n")
        #expect(b.count == 1 && b[0].lines == ["s = \"```\""])
    }

    @Test func indentedFencesLoseTheirIndentation() {
        let b = blocks("- item\n\n  ```cfy\n  x = 1\n    y = 2\n z\n  ```\n    ```\n    not a fence\n")
        #expect(b.count == 1)
        #expect(b[0].indent == 2)
        #expect(b[0].lines == ["x = 1", "  y = 2", "z"])
    }

    @Test func unterminatedFenceIsAnErrorAtItsLine() {
        guard case .failure(let e) = MarkdownBlocks.extract("text\n\n```cfy\nx = 1\n") else {
            Issue.record("expected an error"); return
        }
        #expect(e.line == 3)
        #expect(e.message.contains("never closed"))
    }

    @Test func crlfLineEnds() {
        let b = blocks("t\r\n```cfy\r\nx = 1\r\n```\r\n")
        #expect(b.count == 1 && b[0].lines == ["x = 1"] && b[0].language == "cfy")
    }

    @Test func cfyBlocksRunWithTheFilesLineNumbers() {
        let md = "# doc\n\n```cfy\nx = 1\nx + 1\n#=> 3\n```\n\n```cfy\nprint(x)\n```\n\n```python\nthis is not run(\n```\n"
        let r = MarkdownTest.run("d.md", text: md, session: { Session() }, commands: runner)
        // Two cfy blocks (the second fails: a fresh session has no x); the python block is not run.
        #expect(r.cases.map(\.passed) == [false, false])
        #expect(r.cases[0].problem?.hasPrefix("d.md:6: test failed") == true)
        #expect(r.cases[1].problem?.contains("d.md:10") == true)
    }

    @Test func locatedErrorsUseTheMarkdownLine() {
        let md = "text\n```cfy\nx = 1 / 0\n#=> error: 3:7: division by zero\n#=>     x = 1 / 0\n#=>           ^\n```\n"
        let r = MarkdownTest.run("d.md", text: md, session: { Session() }, commands: runner)
        #expect(r.cases.map(\.passed) == [true])
    }

    @Test func updateRewritesOnlyExpectedLines() {
        let md = "Intro `x`.\n\n  ```cfy\n  x = [1]\n  x\n  #=> [2]\n  len(x)\n  #=> 1\n  ```\n\nEnd.\n"
        let r = MarkdownTest.run("d.md", text: md, session: { Session() }, commands: runner)
        let new = MarkdownTest.updated(md, edits: r.edits)
        #expect(new == md.replacingOccurrences(of: "#=> [2]", with: "#=> [1]"))
    }

    @Test func updateKeepsCRLF() {
        let md = "t\r\n```cfy\r\n1 + 1\r\n#=> 3\r\n```\r\n"
        let r = MarkdownTest.run("d.md", text: md, session: { Session() }, commands: runner)
        #expect(MarkdownTest.updated(md, edits: r.edits) == "t\r\n```cfy\r\n1 + 1\r\n#=> 2\r\n```\r\n")
    }

    @Test func updateAddsOutputNoBlockHolds() {
        // A block without `#=>` lines passes when it runs without error.
        #expect(MarkdownTest.run("d.md", text: "```cfy\nprint(1)\n```\n", session: { Session() }, commands: runner).cases.map(\.passed) == [true])
        let md = "```cfy\nprint(1)\n#=> 1\nprint(2)\n```\n"
        let r = MarkdownTest.run("d.md", text: md, session: { Session() }, commands: runner)
        #expect(r.cases.map(\.passed) == [false])
        #expect(MarkdownTest.updated(md, edits: r.edits) == "```cfy\nprint(1)\n#=> 1\nprint(2)\n#=> 2\n```\n")
    }

    @Test func transcriptCommandsAndOutputs() {
        let b = blocks("```console\n$ cfy hash 'a b' \"c\\\"d\" e\\ f  # a comment\nout 1\n\nout 2\n$ cfy test x.md\n```\n")
        let (commands, problems) = ConsoleTranscript.parse(b[0])
        #expect(problems.isEmpty)
        #expect(commands.map(\.line) == [2, 6])
        #expect(commands[0].arguments == ["hash", "a b", "c\"d", "e f"])
        #expect(commands[0].expected == ["out 1", "", "out 2"])
        #expect(commands[1].expected.isEmpty)
    }

    @Test func transcriptBadLinesAreProblemsAtTheirLine() {
        let text = "```console\nstray output\n$ ls\nskipped\n$ cfy a | b\n$ cfy $HOME\n$ cfy *.cfy\n$ cfy 'open\n$ cfy \"$(x)\"\n$ cfy ok\n```\n"
        let (commands, problems) = ConsoleTranscript.parse(blocks(text)[0])
        #expect(problems.map(\.line) == [2, 3, 5, 6, 7, 8, 9])
        #expect(problems[0].message.contains("follows no '$ cfy' command"))
        #expect(problems[1].message.contains("not 'ls'"))
        #expect(problems[2].message.contains("'|'"))
        #expect(commands.map(\.arguments) == [["ok"]])
    }

    @Test func updateRewritesTranscriptOutputOnly() {
        let md = "```console\n$ cfy a\nold\n$ cfy b\n```\n"
        let edits = [MarkdownEdit(start: 3, count: 1, lines: ["new", "[exit 1]"]), MarkdownEdit(start: 5, count: 0, lines: ["x"])]
        #expect(MarkdownTest.updated(md, edits: edits) == "```console\n$ cfy a\nnew\n[exit 1]\n$ cfy b\nx\n```\n")
    }
}

extension MarkdownTestTests {
    @Test func transcriptOutcomesAreCases() {
        let md = "```console\n$ cfy a\none\n$ cfy b\ntwo\n$ cfy c\n```\n"
        let r = MarkdownTest.run("d.md", text: md, session: { Session() }, commands: { cmds in
            #expect(cmds == [["a"], ["b"], ["c"]])
            return [.finished(["one"]), .finished(["2", "[exit 1]"]), .failed("timed out")]
        })
        #expect(r.cases.map(\.passed) == [true, false, false])
        #expect(r.cases[1].problem?.hasPrefix("d.md:4: test failed: cfy b\n") == true)
        #expect(r.cases[2].problem == "d.md:6: error: cfy c: timed out")
        #expect(MarkdownTest.updated(md, edits: r.edits) == "```console\n$ cfy a\none\n$ cfy b\n2\n[exit 1]\n$ cfy c\n```\n")
    }
}
