@testable import CfyCore
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

    @Test func locatedErrorsInOtherFiles() {
        #expect(ScriptTest.isLocatedError("error: 3:5: boom"))
        #expect(ScriptTest.isLocatedError("error: models/knn.py:3:5: boom"))
        #expect(ScriptTest.isLocatedError("error: lib.cfy:1:1: boom"))
        #expect(!ScriptTest.isLocatedError("error: name x.py:3:5: boom"))
        #expect(!ScriptTest.isLocatedError("error: boom (x.py:3)"))
        #expect(ScriptTest.placeName("tests/models/knn.py", test: "tests/t.py") == "models/knn.py")
        #expect(ScriptTest.placeName("/elsewhere/knn.py", test: "tests/t.py") == "/elsewhere/knn.py")
    }

    @Test func wildcard() {
        #expect(ScriptTest.matches(["a...c"], ["abbbc"]))
        #expect(!ScriptTest.matches(["a...c"], ["abbbd"]))
        #expect(ScriptTest.matches(["..."], ["anything"]))
    }

    @Test func locatedErrorsAreWholeDiagnostics() {
        let text = "x = 1\nx / 0\n#=> error: 2:3: division by zero\n#=>     x / 0\n#=>       ^\n"
        let cases = ScriptTest.run(Source(name: "f.cfy", text: text), session: Session())
        #expect(cases.count == 1 && cases[0].passed)
        let wrongCaret = text.replacingOccurrences(of: "#=>       ^", with: "#=>      ^")
        #expect(!ScriptTest.run(Source(name: "f.cfy", text: wrongCaret), session: Session())[0].passed)
        let wrongPlace = text.replacingOccurrences(of: "2:3:", with: "2:4:")
        #expect(!ScriptTest.run(Source(name: "f.cfy", text: wrongPlace), session: Session())[0].passed)
    }

    @Test func locatedSyntaxErrorIsTheWholeOutput() {
        let text = "x = (1 +)\n#=> error: 1:9: expected an expression, found ')'\n#=>     x = (1 +)\n#=>             ^\n"
        let cases = ScriptTest.run(Source(name: "f.cfy", text: text), session: Session())
        #expect(cases.count == 1 && cases[0].passed)
        let plain = ScriptTest.run(Source(name: "f.cfy", text: "x = (1 +)\n#=> error: expected an expression, found ')'\n"), session: Session())
        #expect(plain.count == 1 && !plain[0].passed && plain[0].problem != nil)
    }

    @Test func undecodableFileExpectsItsError() {
        let bytes: [UInt8] = Array("x = 1\ny = '".utf8) + [0xFF] + Array("'\n#=> error: 2:6: invalid UTF-8 byte 0xff\n".utf8)
        guard case .failure(let d) = decodeSource(bytes, name: "f.cfy", directory: nil) else { Issue.record("decoded"); return }
        #expect(ScriptTest.undecodable(d, bytes: bytes, file: "f.cfy")?.map(\.passed) == [true])
        #expect(ScriptTest.undecodable(d, bytes: Array("x\n#=> 1\n".utf8), file: "f.cfy") == nil)
    }
}

/// "did you mean" as CPython 3.11 suggests (Python/suggestions.c): these pairs were checked
/// against `python3.11 -c` NameErrors.
@Suite struct SuggestionTests {
    @Test func cpythonsThreshold() {
        #expect(closestName(to: "lrr", in: ["lr", "seed"]) == "lr")
        #expect(closestName(to: "Args", in: ["ord", "any"]) == nil)
        #expect(closestName(to: "base", in: ["max"]) == nil)
        #expect(closestName(to: "pritn", in: ["print", "repr"]) == "print")
        #expect(closestName(to: "ARGS", in: ["args", "Args"]) == "Args")
    }
}
