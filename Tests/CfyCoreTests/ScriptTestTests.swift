import CfyCore
import Testing

@Suite struct ScriptTestTests {
    let file = """
        x = 1
        x + 1
        #=> 2
        print("a"); print("b")
        #=> a
        #=> c
        x * 10
        #=> 1...

        """

    @Test func findsBlocks() {
        let b = ScriptTest.blocks(in: file)
        #expect(b.map(\.firstLine) == [3, 5, 8])
        #expect(b[1].expected == ["a", "c"])
    }

    @Test func comparesEachBlock() {
        let cases = ScriptTest.run(Source(name: "f.cfy", text: file), session: Session())
        #expect(cases.map(\.passed) == [true, false, true])
        #expect(cases[1].actual == ["a", "b"])
    }

    @Test func updateRewritesOnlyFailingBlocks() {
        let cases = ScriptTest.run(Source(name: "f.cfy", text: file), session: Session())
        let new = ScriptTest.updated(file, cases: cases)
        #expect(new == file.replacingOccurrences(of: "#=> c", with: "#=> b"))
    }

    @Test func errorsAreOutputLines() {
        let cases = ScriptTest.run(Source(name: "f.cfy", text: "1 / 0\n#=> error: division by zero\n"), session: Session())
        #expect(cases.count == 1 && cases[0].passed)
    }

    @Test func wildcard() {
        #expect(ScriptTest.matches(["a...c"], ["abbbc"]))
        #expect(!ScriptTest.matches(["a...c"], ["abbbd"]))
        #expect(ScriptTest.matches(["..."], ["anything"]))
    }
}
