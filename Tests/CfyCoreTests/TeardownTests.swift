// Teardown: values nested far deeper than the native stack could recurse are freed without
// recursion wherever a script lets go of them, and freeing never walks what is still shared.

import CfyCore
import Foundation
import Testing

/// Runs `body` on a thread with a 4 MiB stack: freeing 100,000 levels recursively needs far more.
private func onSmallStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T? {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    let t = Thread {
        let v = body()
        box.lock.lock(); box.value = v; box.lock.unlock()
        done.signal()
    }
    t.stackSize = 4 << 20
    t.start()
    done.wait()
    box.lock.lock(); defer { box.lock.unlock() }
    return box.value
}

private final class Box<T>: @unchecked Sendable {
    var value: T?
    let lock = NSLock()
}

@Suite struct TeardownTests {
    /// Each kind of container, nested 100,000 levels, dropped by overwriting its variable, then
    /// (a second one) at the end of the session.
    @Test(arguments: [
        "v = []\nfor i in range(100000) { v = [v] }",
        "v = {}\nfor i in range(100000) { v = {'k': v} }",
        "v = ()\nfor i in range(100000) { v = (v, 1) }",
        "v = [0]\nfor i in range(100000) { v = [1, {'a': (v,)}] }",
        "class A(ExperimentArgs) { x: list = [] }\nv = A()\nfor i in range(100000) { v = A(x=[v]) }",
        "v = []\nfor i in range(100000) { v = [v].append }",
    ])
    func deepValuesAreFreedIteratively(_ build: String) {
        let out = onSmallStack { repl(build + "\nv = 0\nprint('dropped')\n" + build + "\nprint('kept')") }
        #expect(out == "dropped\nkept\n")
    }

    @Test func localsAreFreedIterativelyWhenTheCallReturns() {
        let out = onSmallStack {
            repl("def f() {\n  v = []\n  for i in range(100000) { v = [v] }\n  return 1\n}\nf()\nf()")
        }
        #expect(out == "1\n1\n")
    }

    /// A value still held elsewhere is left whole: dropping one name of two frees nothing.
    @Test func sharedValuesAreLeftWhole() {
        let out = onSmallStack {
            repl("v = []\nfor i in range(100000) { v = [v] }\nw = v\nv = 0\nn = 0\nx = w\n"
                 + "while len(x) > 0 { x = x[0]; n += 1 }\nn")
        }
        #expect(out == "100000\n")
    }

    /// A value sharing its parts (2**60 paths, 61 lists) is freed by visiting each list once.
    @Test func sharedPartsAreVisitedOnce() {
        let out = onSmallStack { repl("v = []\nfor i in range(60) { v = [v, v] }\nv = 0\nprint('ok')") }
        #expect(out == "ok\n")
    }

    /// Comparing or printing a value too deep for the stack is a RecursionError, even on a
    /// small stack.
    @Test(arguments: ["a == b", "repr(a)", "str(b)", "{1: a} == {1: b}", "f'{a}'"])
    func deepValuesAreGuardedElsewhere(_ op: String) {
        let out = onSmallStack {
            repl("a = []\nb = []\nfor i in range(100000) { a = [a]; b = [b] }\n" + op)
        }
        #expect(out?.hasPrefix("error: maximum recursion depth exceeded") == true, "\(op): \(String(describing: out))")
    }
}
