// Limits: every way a script can grow a value, recurse, or run forever ends in a clear error
// (MemoryError, RecursionError, StepLimit), never a crash, a hang or the OOM killer.

import CfyCore
import Testing

/// The first error of `code` in a session whose memory guard is `limit` elements.
private func errorKind(_ code: String, limit: Int64 = 1000, steps: Int? = nil) -> (kind: String, message: String)? {
    let s = Session()
    s.interpreter.maxElements = limit
    s.interpreter.stepLimit = steps
    guard let e = s.run(Source(name: "t.cfy", text: code)).compactMap(\.error).first else { return nil }
    return (e.kind.rawValue, e.message)
}

@Suite struct MemoryGuardTests {
    /// Each growth path, under a small guard so that the test is quick.
    @Test(arguments: [
        "'x' * 2000", "[0] * 2000", "(0,) * 2000", "2000 * 'ab'",
        "s = 'ab'\nwhile True { s = s + s }", "xs = [1]\nwhile True { xs = xs + xs }",
        "t = (1,)\nwhile True { t = t + t }", "s = 'a'\nwhile True { s += s }",
        "xs = []\nwhile True { xs.append(1) }", "xs = []\nwhile True { xs.insert(0, 1) }",
        "xs = [1]\nwhile True { xs.extend(xs) }", "'-'.join(['abc'] * 500)", "'7'.zfill(5000)",
        "'a'.ljust(5000)", "'a'.rjust(5000)", "'a'.center(5000)", "('a' * 900).replace('a', 'bbbb')",
        "('a' * 900).replace('', 'xy')", "format(1, '>5000')", "format(1.5, '.5000f')", "f'{1:>5000}'",
        "'%5000d' % 1", "enumerate(range(10 ** 12))", "list(range(10 ** 12))", "sorted(range(10 ** 12))",
        "tuple(range(5000))", "[i for i in range(10 ** 12)]", "{i: i for i in range(10 ** 12)}",
        "d = {}\ni = 0\nwhile True { d[i] = i; i += 1 }", "x = [[0] * 900] * 900\nrepr(x)",
        "x = [[0] * 900] * 900\nstr(x)", "x = [[0] * 900] * 900\nf'{x}'", "zip(range(10 ** 12), range(3))",
        "class A(ExperimentArgs) { a: int = 0; b: int = 0 }\ngrid(A(), a=range(100), b=range(100))",
        "class A(ExperimentArgs) { x: list = [] }\nA(x=[[0] * 900] * 900).args_hash()",
        "class A(ExperimentArgs) { x: list = [] }\nA(x=[[0] * 900] * 900).args_hash(dry=True)",
        "2 ** 5000", "x = 3\nwhile True { x = x * x }", "x = 1\nwhile True { x = x << 100 }", "7 ** (2 ** 70)",
    ])
    func growthStopsWithMemoryError(_ code: String) {
        let e = errorKind(code)
        #expect(e?.kind == "MemoryError", "\(code) -> \(String(describing: e))")
    }

    /// The default guard (100M elements) refuses before allocating.
    @Test(arguments: ["'x' * 10 ** 9", "[0] * 10 ** 9", "list(range(10 ** 9))", "'a'.ljust(10 ** 10)",
                      "format(1, '>10000000000')", "'%10000000000d' % 1", "2 ** (10 ** 10)", "10 ** 10 ** 9",
                      "1 << 10 ** 12", "(2 ** 64) ** (10 ** 8)", "(3 ** 1000) * (3 ** (10 ** 8))"])
    func defaultGuard(_ code: String) {
        let e = errorKind(code, limit: 100_000_000)
        #expect(e?.kind == "MemoryError", "\(code) -> \(String(describing: e))")
        #expect(e?.message.contains("limit 100000000") == true || e?.message.contains("limit 1000000 bits") == true)
    }

    @Test func messageNamesTheLimit() {
        #expect(errorKind("'x' * 2000")?.message == "result too large (limit 1000 elements)")
    }
}

@Suite struct RecursionLimitTests {
    @Test(arguments: [
        "def f(n) { return f(n + 1) }\nf(0)",
        "def f(n) { return [f(n + 1)] }\nf(0)",
        "f = lambda n: f(n + 1)\nf(0)",
        "class A(ExperimentArgs) { x: list = [] }\nv = []\nfor i in range(800) { v = [v] }\nA(x=v).args_hash()",
        "class A(ExperimentArgs) { x: list = [] }\nv = []\nfor i in range(800) { v = [v] }\nA(x=v).args_hash(dry=True)",
        "v = []\nfor i in range(100000) { v = [v] }\nrepr(v)",
        "v = {}\nfor i in range(100000) { v = {'k': v} }\nstr(v)",
    ])
    func deepRecursionIsARecursionError(_ code: String) {
        let e = onBigStack { errorKind(code, limit: 100_000_000) }
        #expect(e?.kind == "RecursionError", "\(code) -> \(String(describing: e))")
    }

    @Test func deeplyNestedSourceIsASyntaxError() {
        let e = errorKind(String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000))
        #expect(e != nil)
        #expect(e?.message.contains("nested") == true)
    }

    @Test func deepValuesAreFreedWithoutCrashing() {
        // 200,000 levels of nesting: built, compared (the same list: equal at once, as in Python)
        // and freed (on a large stack, as `cfy run` and the REPL have: freeing recurses).
        let out = onBigStack {
            repl("v = []\nfor i in range(200000) { v = [v] }\nw = v\nv == w\nv = None\nw = None\nlen([1])")
        }
        #expect(out == "True\n1\n")
        // Two equal but separate deep values: comparing them is a RecursionError, as in Python.
        let e = onBigStack {
            errorKind("a = []\nb = []\nfor i in range(200000) { a = [a]; b = [b] }\na == b", limit: 100_000_000)
        }
        #expect(e?.kind == "RecursionError")
    }
}

@Suite struct StepLimitTests {
    @Test(arguments: ["while True { }", "def f() { while True { } }\nf()", "[0 for i in range(10 ** 15)]",
                      "for i in range(10 ** 15) { }", "def f(n) { return n }\nwhile True { f(0) }"])
    func endlessCodeStopsAtTheStepLimit(_ code: String) {
        let e = errorKind(code, limit: 100_000_000, steps: 100_000)
        #expect(e?.kind == "StepLimit", "\(code) -> \(String(describing: e))")
    }
}
