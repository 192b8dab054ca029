// `cfy run` against the limits, through the real binary: Ctrl-C exits 130 with a message (a
// second Ctrl-C while a builtin runs exits at once), and deep recursion or huge values end in
// an error, not a crash.

import Foundation
import Testing

@Suite struct RunLimitsTests {
    /// Runs `script` as FILE under a pseudo-terminal, presses Ctrl-C once `started` is printed,
    /// waits for `expecting` and returns the exit status.
    private func interrupt(_ file: String, _ script: String, started: String, expecting: String) throws -> Int32 {
        let dir = try temporaryDirectory()
        try script.write(toFile: dir + "/" + file, atomically: true, encoding: .utf8)
        let p = try PTY(home: dir, args: ["run", file], directory: dir)
        try p.expect(started)
        usleep(200_000)
        p.send("\u{3}")
        try p.expect(expecting)
        return try p.waitForExit()
    }

    @Test func ctrlCInCfyRunExits130WithAMessage() throws {
        let status = try interrupt("spin.cfy", "print('started')\nn = 0\nwhile True {\n    n += 1\n}\n",
                                   started: "started", expecting: "^C\nspin.cfy:3:1: error: KeyboardInterrupt\n")
        #expect(status == 130)
    }

    @Test func ctrlCInALongHashFunctionLoop() throws {
        let script = """
            def spin(self, v) { while True {} }
            class A(ExperimentArgs) { x: int = 1; hash_representations = set_hash_functions(x=spin) }
            print('hashing')
            A().args_hash()
            """
        let status = try interrupt("h.cfy", script, started: "hashing", expecting: "error: KeyboardInterrupt")
        #expect(status == 130)
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
