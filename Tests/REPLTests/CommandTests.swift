// The `:` commands at a terminal (:dry, :diff, :save) and through a pipe (all of them).

import Foundation
import Testing

private let params = """
    class Data { path: str = "iris.csv" }
    class Args(ExperimentArgs) {
        seed: int = 0
        lr: float = 0.001
        model: str = "knn"
        gpus: int = 1
        data: Data = Data()
        hash_representations = set_hash_functions(gpus=None, model=lambda self, v: v.lower())
    }
    base = Args(name="base", lr=0.01)
    fast = replace(base, name="fast", lr=0.1, gpus=4, model="KNN")

    """

/// The lines of `text` that start with `prefix` (after trimming).
private func lines(_ text: String, _ prefix: String) -> [String] {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix(prefix) }
}

/// Table rows of `text` starting with `prefix`, runs of blanks squeezed to one.
private func rows(_ text: String, _ prefix: String) -> [String] {
    lines(text, prefix).map { $0.split(separator: " ").joined(separator: " ") }
}

@Suite struct CommandTests {
    @Test func dryAndDiffAtATerminal() throws {
        let home = try temporaryDirectory()
        try params.write(toFile: home + "/params.cfy", atomically: true, encoding: .utf8)
        let p = try PTY(home: home)
        try p.waitForPrompt()
        p.send(":load params.cfy\r")
        try p.expectLine("loaded params.cfy: Data, Args, base, fast")
        try p.waitForPrompt()
        p.send("print(base.args_hash(), fast.args_hash())\r")
        let line = try p.expect("\ncfy> ")
        let hashes = lines(line, "").dropLast().last?.split(separator: " ").map(String.init) ?? []
        try #require(hashes.count == 2)
        try p.waitForTTY(canonical: false)
        p.send(":dry base\r")
        let dry = try p.expect("(sum of 4 md5s, in hex)")
        #expect(rows(dry, "lr ") == ["lr repr() '0.01' yes md5 of 'lr0.01'"])
        #expect(rows(dry, "gpus ") == ["gpus skipped (hash_representations) None no hash_representations['gpus'] is None"])
        #expect(rows(dry, "model ") == ["model custom function 'knn' yes md5 of 'modelknn'"])
        #expect(rows(dry, "data.path ") == ["data.path repr() \"'iris.csv'\" yes md5 of \"path'iris.csv'\""])
        #expect(rows(dry, "hash ").last == "hash \(hashes[0]) (sum of 4 md5s, in hex)")
        try p.waitForPrompt()
        p.send(":diff base fast\r")
        let diff = try p.expect("because of: lr")
        #expect(rows(diff, "lr ") == ["lr 0.01 0.1 changes repr: '0.01' → '0.1'"])
        #expect(rows(diff, "gpus ") == ["gpus 1 4 same ignored: hash_representations['gpus'] is None"])
        #expect(rows(diff, "model ") == ["model 'knn' 'KNN' same custom function gives the same representation 'knn'"])
        #expect(rows(diff, "name ") == ["name 'base' 'fast' same never hashed (blacklist)"])
        #expect(rows(diff, "equal: ") == ["equal: hash, overwrite, hash_representations, seed, data"])
        #expect(lines(diff, "hash  base").first == "hash  base  \(hashes[0])")
        #expect(lines(diff, "hash  fast").first == "hash  fast  \(hashes[1])")
    }

    @Test func saveWritesAScriptThatReplays() throws {
        let home = try temporaryDirectory()
        let p = try PTY(home: home)
        try p.waitForPrompt()
        let typed = [
            "class Args(ExperimentArgs) {", "lr: float = 0.1", "}",
            "a = Args(name=\"é 中\")", "a.lr", "print(\"two\\nlines\"); print()", "1/0",
            "while True {}", "for i in range(2) { print(i) }", "a.args_hash() == replace(a, name='x').args_hash()",
            "y = 1; z = nope", "y",
        ]
        for t in typed {
            p.send(t + "\r")
            if t == "while True {}" {
                try p.waitForTTY(canonical: true)
                usleep(100_000)
                p.send("\u{3}")
            }
            try p.waitForPrompt(t.hasSuffix("{") || t == "lr: float = 0.1" ? "...> " : "cfy> ")
        }
        p.send(":save session.cfy\r")
        try p.expectLine("saved 8 inputs to session.cfy; replay: cfy test session.cfy")
        let saved = try String(contentsOfFile: home + "/session.cfy", encoding: .utf8)
        #expect(saved == """
            # A cfy session saved with :save. Replay it: cfy test FILE (or cfy run FILE).
            class Args(ExperimentArgs) {
                lr: float = 0.1
            }
            a = Args(name="é 中")
            a.lr
            #=> 0.1
            print("two\\nlines"); print()
            #=> two
            #=> lines
            #=>
            for i in range(2) { print(i) }
            #=> 0
            #=> 1
            a.args_hash() == replace(a, name='x').args_hash()
            #=> True
            y = 1
            y
            #=> 1

            """)
        let test = try runCfy(["test", "session.cfy"], directory: home)
        #expect(test.stdout == "5 passed, 0 failed\n")
        #expect(test.status == 0)
        let run = try runCfy(["run", "session.cfy"], directory: home)
        #expect(run.status == 0)
        #expect(run.stdout == "two\nlines\n\n0\n1\n")
    }

    @Test func pipedSessionRunsCommandsWithoutPrompts() throws {
        let input = params + """
            base.lr
            :hash base
            :hash [base, fast]
            :vars
            :diff base, fast
            :dry 5
            :nope
            :q extra
            :help save
            :reset
            base
            """
        let r = try runCfy([], input: input + "\n")
        #expect(!r.stdout.contains("cfy>"))
        #expect(r.stdout.hasPrefix("0.01\n"))
        let hashLines = (lines(r.stdout, "base  ") + lines(r.stdout, "fast  ")).filter { !$0.contains("Args") }
        #expect(hashLines.count == 2)
        #expect(hashLines.allSatisfy { $0.split(separator: " ").last?.allSatisfy(\.isHexDigit) == true })
        #expect(lines(r.stdout, "name ").first?.hasPrefix("name  type") == true)
        #expect(lines(r.stdout, "fast  Args (args set)").count == 1)
        #expect(r.stdout.contains("the hashes differ because of: lr\n"))
        #expect(r.stdout.contains(":save FILE    write every statement that ran to the end"))
        #expect(r.stdout.contains("session reset"))
        #expect(r.stderr.contains("error: :dry needs an args set (a dataclass instance) or a list of them; '5' is an int"))
        #expect(r.stderr.contains("error: unknown command ':nope'"))
        #expect(r.stderr.contains("error: :q takes no arguments (got 'extra'); the session goes on"))
        #expect(r.stderr.contains("<stdin>:1:1: error: name 'base' is not defined"))
        #expect(r.status == 1)          // an error happened
    }

    @Test func helpOnBuiltinsClassesAndFunctions() throws {
        let input = params + """
            def f(a, b=1) { return a }
            help(grid)
            replace?
            help(Args)
            f?
            :help fast
            help(nope)
            """
        let r = try runCfy([], input: input + "\n")
        #expect(r.stdout.contains("  grid(base, /, **axes)\n"))
        #expect(r.stdout.contains("  replace(obj, /, **changes)\n"))
        #expect(r.stdout.contains("  class Args(ExperimentArgs): an args class\n"))
        #expect(rows(r.stdout, "gpus ").first == "gpus int 1 never (hash_representations)")
        #expect(rows(r.stdout, "model ").first == "model str 'knn' by its hash_representations function")
        #expect(r.stdout.contains("  def f(a, b=…) (<stdin>:1)\n"))
        #expect(r.stdout.contains("  fast: an instance of Args\n"))
        #expect(r.stderr.contains("error: no help on 'nope'"))
    }

    @Test func dirListsWhatTabOffers() throws {
        let r = try runCfy([], input: params + "dir(base)\ndir(base.data)\n")
        #expect(r.stdout.contains("['args_hash', 'data', 'gpus', 'hash', 'hash_representations', 'lr', 'model', 'name', 'overwrite', 'seed']\n"))
        #expect(r.stdout.contains("['path']\n"))
    }

    @Test func underscoresHoldTheLastTwoValues() throws {
        let r = try runCfy([], input: "1\n2\n(__, _)\n:vars\n")
        #expect(r.stdout.hasPrefix("1\n2\n(1, 2)\n"))
        #expect(r.stdout.contains("no variables yet"))           // `_` and `__` are not listed
    }

    @Test func exitAndQuitLeaveAsInPython() throws {
        for word in ["exit", "quit", "exit()", "quit()"] {
            let r = try runCfy([], input: "1 + 1\n\(word)\n2 + 2\n")
            #expect(r.stdout == "2\n")
            #expect(r.status == 0)
        }
        let shadowed = try runCfy([], input: "exit = 3\nexit\n")
        #expect(shadowed.stdout == "3\n")
    }

    @Test func pipedOutputIsRunOutputPlusEchoes() throws {
        let code = "x = [1, 2]\nx\nprint(len(x))\ns = \"héllo\"\ns\n"
        let dir = try temporaryDirectory()
        try code.write(toFile: dir + "/s.cfy", atomically: true, encoding: .utf8)
        let piped = try runCfy([], input: code)
        let run = try runCfy(["run", "s.cfy"], directory: dir)
        #expect(run.stdout == "2\n")
        #expect(piped.stdout == "[1, 2]\n2\n'héllo'\n")
        #expect(piped.status == 0)
    }

    /// The same text with `else`/`elif` on its own line runs alike piped and as a file.
    @Test func pipedElseOnItsOwnLineAsInAFile() throws {
        let code = """
            x = 1
            if x > 2 {
                print("big")
            }
            else {
                print("small")
            }
            if x == 1 { print("one") }
            elif x == 2 { print("two") }
            if x == 1 { print("before next") }
            print("next")
            if x == 1 { print("at the end") }

            """
        let dir = try temporaryDirectory()
        try code.write(toFile: dir + "/e.cfy", atomically: true, encoding: .utf8)
        let piped = try runCfy([], input: code)
        let run = try runCfy(["run", "e.cfy"], directory: dir)
        #expect(run.stdout == "small\none\nbefore next\nnext\nat the end\n")
        #expect(piped.stdout == run.stdout)
        #expect(piped.stderr == "" && piped.status == 0)
    }

    @Test func pipedInvalidUTF8AndUnterminatedInputAreErrors() throws {
        let bad = try runCfy([], input: "x = 1\n") // sanity
        #expect(bad.status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try cfyBinary())
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        p.standardInput = inPipe; p.standardOutput = outPipe; p.standardError = errPipe
        try p.run()
        inPipe.fileHandleForWriting.write(Data([0x78, 0x20, 0x3D, 0x20, 0x22, 0xFF, 0x22, 0x0A] + Array("1 + 1\nx = [1,\n".utf8)))
        try inPipe.fileHandleForWriting.close()
        let out = String(decoding: outPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(err.contains("<stdin>:1:6: error: invalid UTF-8 byte 0xff"))
        #expect(out == "2\n")                          // the session went on
        #expect(err.contains("<stdin>:"))              // the open bracket at the end of input
        #expect(err.components(separatedBy: "error:").count == 3)
        #expect(p.terminationStatus == 1)
    }
}
