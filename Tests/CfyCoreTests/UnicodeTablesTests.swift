import Testing
@testable import CfyCore

/// The generated Unicode 14.0 tables (scripts/gen/unicode14.py; `--check` compares them with CPython's
/// answers) are well formed, and the lookups over them return what the tables say.
@Suite struct UnicodeTablesTests {
    @Test func propertyRunsStartAtZeroAndIncrease() {
        let p = UCD14.props
        #expect(p.count % 2 == 0 && p.first == 0)
        for k in stride(from: 2, to: p.count, by: 2) { #expect(p[k] > p[k - 2]) }
        #expect(UCD14.dataVersion == "14.0.0")
    }

    @Test(arguments: ["lower", "upper", "title", "casefold"])
    func mappingRunsAreSortedAndInRange(_ name: String) {
        let runs = [UCD14.lowerRuns, UCD14.upperRuns, UCD14.titleRuns, UCD14.casefoldRuns][
            ["lower", "upper", "title", "casefold"].firstIndex(of: name) ?? 0]
        #expect(runs.count % 4 == 0 && !runs.isEmpty)
        var previousEnd: Int32 = -1
        for k in stride(from: 0, to: runs.count, by: 4) {
            let (start, end, step, delta) = (runs[k], runs[k + 1], runs[k + 2], runs[k + 3])
            #expect(start > previousEnd && end >= start)
            if step == 0 {
                #expect(start == end && Int(delta) < UCD14.special.count)
            } else {
                #expect((end - start) % step == 0 && Unicode.Scalar(UInt32(end + delta)) != nil)
            }
            previousEnd = end
        }
    }

    @Test func lookupsReadTheRuns() {
        #expect(PyCase.upper.apply(Array("aßﬁ".unicodeScalars)) == "ASSFI")
        #expect(PyCase.lower.apply(Array("ΑΣ Σ".unicodeScalars)) == "ας σ")
        #expect(PyCase.title.apply(Array("they're".unicodeScalars)) == "They'Re")
        #expect(UCD14.decimalValue("\u{0667}") == 7 && UCD14.decimalValue("²") == nil)
        #expect(isPySpace("\u{1C}") && isPySpace("\u{3000}") && !isPySpace("\u{200B}"))
        #expect(pyStrPredicate("isdigit", Array("²".unicodeScalars)) == true)
        #expect(pyStrPredicate("isdecimal", Array("²".unicodeScalars)) == false)
    }

    @Test func identifiersAreNFKCAndPrivateNamesMangled() {
        #expect(repl("ﬁx = 2\nfix\n") == "2\n")
        #expect(repl("class C { __p: int = 1\n def get(self) { return self.__p } }\nC()\nC().get()\n")
            == "C(_C__p=1)\n1\n")
        #expect(repl("class __C { __p: int = 1 }\n__C()\n") == "__C(_C__p=1)\n")
        #expect(repl("class _ { __p: int = 1 }\n_()\n") == "_(__p=1)\n")
    }
}
