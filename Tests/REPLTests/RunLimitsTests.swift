// `cfy run` against the limits, through the real binary: Ctrl-C exits 130 with a message (a
// second Ctrl-C while a builtin runs exits at once), and deep recursion or huge values end in
// an error, not a crash.

import Foundation
import Testing

@Suite struct RunLimitsTests {
    @Test func ctrlCInCfyRunExits130WithAMessage() throws {
        let dir = try temporaryDirectory()
        try "print('started')\nn = 0\nwhile True {\n    n += 1\n}\n".write(toFile: dir + "/spin.cfy", atomically: true, encoding: .utf8)
        let p = try PTY(home: dir, args: ["run", "spin.cfy"], directory: dir)
        try p.expect("started")
        usleep(200_000)
        p.send("\u{3}")
        try p.expect("^C\nspin.cfy:3:1: error: KeyboardInterrupt\n")
        #expect(try p.waitForExit() == 130)
    }

    @Test func ctrlCInALongHashFunctionLoop() throws {
        let dir = try temporaryDirectory()
        let script = """
            def spin(self, v) { while True {} }
            class A(ExperimentArgs) { x: int = 1; hash_representations = set_hash_functions(x=spin) }
            print('hashing')
            A().args_hash()
            """
        try script.write(toFile: dir + "/h.cfy", atomically: true, encoding: .utf8)
        let p = try PTY(home: dir, args: ["run", "h.cfy"], directory: dir)
        try p.expect("hashing")
        usleep(200_000)
        p.send("\u{3}")
        try p.expect("error: KeyboardInterrupt")
        #expect(try p.waitForExit() == 130)
    }

    @Test func errorsAreExitOneNotCrashes() throws {
        let dir = try temporaryDirectory()
        let cases = [
            "def f(n) { return f(n + 1) }\nf(0)\n": "maximum recursion depth exceeded",
            "x = 'ab' * 10 ** 9\n": "result too large (limit 100000000 elements)",
            "s = 'ab'\nwhile True { s = s + s }\n": "result too large",
            "v = []\nfor i in range(100000) { v = [v] }\nprint(v)\n": "maximum recursion depth exceeded while getting the repr",
        ]
        for (i, (code, message)) in cases.enumerated() {
            let file = dir + "/c\(i).cfy"
            try code.write(toFile: file, atomically: true, encoding: .utf8)
            let r = try runCfy(["run", file])
            #expect(r.status == 1, "\(code): exit \(r.status)")
            #expect(r.stderr.contains(message), "\(code): \(r.stderr)")
        }
    }
}
