// TimSort (CPython's list.sort) and InPlaceFields (what __post_init__ changes in place).

@testable import CfyCore
import Testing

@Suite struct TimSortTests {
    /// Deterministic xorshift, so failures reproduce.
    struct Rng { var s: UInt64; mutating func next(_ n: Int) -> Int { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return Int(s % UInt64(n)) } }

    @Test func sortsStablyLikeSwiftsStableSort() throws {
        var rng = Rng(s: 0x9E37_79B9_7F4A_7C15)
        for length in [0, 1, 2, 3, 31, 32, 63, 64, 65, 127, 200, 1000, 3000] {
            for range in [2, 10, 1000] {
                // pairs (key, original position): equal keys must keep their order
                var xs = (0..<length).map { ($0 % 7 == 0 ? length - $0 : rng.next(range), $0) }
                let want = xs.enumerated().sorted { $0.element.0 != $1.element.0 ? $0.element.0 < $1.element.0 : $0.offset < $1.offset }
                    .map(\.element.1)
                try timSort(&xs) { $0.0 < $1.0 }
                #expect(xs.map(\.1) == want, "length \(length), keys below \(range)")
            }
        }
    }

    @Test func usesOnlyLessThanAndFewComparisonsOnARun() throws {
        var xs = Array(0..<1000)
        var count = 0
        try timSort(&xs) { count += 1; return $0 < $1 }
        #expect(count == 999)            // one natural run: n - 1 comparisons, as CPython's count_run
        xs.reverse()
        count = 0
        try timSort(&xs) { count += 1; return $0 < $1 }
        #expect(xs == Array(0..<1000) && count == 999)   // strictly descending: reversed in place
    }

    @Test func anErrorInTheComparisonStopsTheSort() {
        struct Stop: Error {}
        var xs = [3, 1, 2]
        #expect(throws: Stop.self) { try timSort(&xs) { a, b in if a == 2 || b == 2 { throw Stop() }; return a < b } }
        #expect(xs == [3, 1, 2])         // unchanged: the caller keeps its input
    }

    @Test(arguments: [
        ("self.x = 1", [String]()),
        ("self.h['a'] = None", ["h"]),
        ("self.d.path = 'y'", ["d"]),
        ("self.xs.append(1)", ["xs"]),
        ("if True { self.h.update({}) }", ["h"]),
        ("self.xs += [1]", ["xs"]),
        ("self.n += 1", ["n"]),
        ("y = self.h.pop('a')", ["h"]),
        ("self.h = dict(self.h, a=None)", [String]()),
        ("other.h['a'] = 1", [String]()),
    ])
    func findsFieldsChangedInPlace(_ body: String, _ expected: [String]) throws {
        guard case .success(let prog) = Parser.parse(Source(name: "t", text: "def __post_init__(self) { \(body) }")),
              case .def(let d)? = prog.statements.first else {
            Issue.record("does not parse: \(body)")
            return
        }
        #expect(inPlaceFields(d.body, selfName: "self") == Set(expected), "\(body)")
    }
}
