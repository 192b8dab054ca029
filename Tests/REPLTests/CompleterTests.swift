// Tab completion, without a terminal: the Completer over a live session.

import CfyCore
import Foundation
import Testing
@testable import cfy

private func session(_ code: String) -> Session {
    let s = Session()
    for r in s.run(Source(name: "<test>", text: code)) { #expect(r.error == nil, "\(r.error.map(\.description) ?? "")") }
    return s
}

private let setup = """
    class Data { path: str = "iris.csv" }
    class Args(ExperimentArgs) {
        seed: int = 0
        lr: float = 0.001
        layers: list = [64]
        data: Data = Data()
        def describe(self, verbose=False) { return self.name }
    }
    base = Args(name="base")
    names = ["a", "b"]
    def seed_set(args, n=5) { return [args] }
    """

private func candidates(_ r: CompletionResult) -> [String] {
    if case .words(_, let c, _) = r { return c }
    return []
}

@Suite struct CompleterTests {
    let c = Completer(session: session(setup))

    @Test func namesVariablesBuiltinsKeywords() {
        #expect(candidates(c.complete(pending: "", line: "ba")) == ["base"])
        #expect(candidates(c.complete(pending: "", line: "x = rep")) == ["replace", "repr"])
        #expect(candidates(c.complete(pending: "", line: "whi")) == ["while"])
        #expect(candidates(c.complete(pending: "", line: "Ar")) == ["Args", "ArithmeticError"])
        #expect(candidates(c.complete(pending: "", line: "Value")) == ["ValueError"])
        #expect(c.complete(pending: "", line: "x = rep").insertion == "")
        #expect(c.complete(pending: "", line: "des").insertion == "")          // no such name: nothing
        #expect(c.complete(pending: "", line: "seed_").insertion == "set")
    }

    @Test func fieldsAndMethodsAfterDot() {
        #expect(candidates(c.complete(pending: "", line: "base.")) ==
                ["args_hash", "data", "describe", "hash", "hash_representations", "layers", "lr", "name", "overwrite", "seed"])
        #expect(c.complete(pending: "", line: "print(base.se").insertion == "ed")
        #expect(candidates(c.complete(pending: "", line: "base.data.")) == ["path"])
        #expect(candidates(c.complete(pending: "", line: "base.layers.ap")) == ["append"])
        #expect(candidates(c.complete(pending: "", line: "names.co")) == ["copy", "count"])
        #expect(candidates(c.complete(pending: "", line: "base.name.upp")) == ["upper"])
        #expect(c.complete(pending: "", line: "nope.") == .none)
        #expect(c.complete(pending: "", line: "f().") == .none)           // never evaluates a call
    }

    @Test func fieldNamesInsideAClassCall() {
        #expect(c.complete(pending: "", line: "Args(se").insertion == "ed=")
        #expect(candidates(c.complete(pending: "", line: "Args(l")) == ["lr=", "layers="])   // field order
        #expect(candidates(c.complete(pending: "", line: "Args(")).contains("seed="))
        #expect(!candidates(c.complete(pending: "", line: "Args(seed=1, ")).contains("seed="))
        #expect(candidates(c.complete(pending: "Args(\n    seed=1,\n", line: "    l")) == ["lr=", "layers="])
        #expect(candidates(c.complete(pending: "", line: "replace(base, s")) == ["seed="])
        #expect(candidates(c.complete(pending: "", line: "replace(base, ")).first == "name=")
        #expect(candidates(c.complete(pending: "", line: "seed_set(base, ")) == ["n="])     // args given
        #expect(candidates(c.complete(pending: "", line: "seed_set(")) == ["args=", "n="])
        #expect(candidates(c.complete(pending: "", line: "Args(\"x\", f(1, 2), ")).first == "overwrite=")
        #expect(candidates(c.complete(pending: "", line: "base.describe(")) == ["verbose="])
        #expect(candidates(c.complete(pending: "", line: "base.args_hash(")) == ["dry="])
        // Not at an argument's start: ordinary names.
        #expect(candidates(c.complete(pending: "", line: "Args(seed=ba")) == ["base"])
    }

    @Test func nothingInStringsOrComments() {
        #expect(c.complete(pending: "", line: "x = \"ba") == .tab)         // a Tab typed or pasted in a string stays one
        #expect(c.complete(pending: "", line: "x = 1  # ba") == .none)
        #expect(c.complete(pending: "", line: "x = 1.") == .none)
    }

    @Test func indentAtLineStart() {
        #expect(c.complete(pending: "class A {\n", line: "") == .indent)
        #expect(c.complete(pending: "", line: "   ") == .indent)
    }

    @Test func metaCommandsAndTheirArguments() {
        #expect(candidates(c.complete(pending: "", line: ":d")) == [":diff ", ":dry "])
        #expect(c.complete(pending: "", line: ":sa").insertion == "ve ")        // ready for the argument
        #expect(c.complete(pending: "", line: ":lo").insertion == "ad ")
        #expect(candidates(c.complete(pending: "", line: ":dry ba")) == ["base"])
        #expect(candidates(c.complete(pending: "", line: ":dry b")) == ["base"])     // variables, no keywords
        #expect(candidates(c.complete(pending: "", line: ":diff base ba")) == ["base"])
        #expect(candidates(c.complete(pending: "", line: ":dry base.da")) == ["data"])
        #expect(candidates(c.complete(pending: "", line: ":help di")) == ["diff"])
    }

    @Test func pathsAfterLoadAndSave() throws {
        let dir = try temporaryDirectory()
        try "x = 1\n".write(toFile: dir + "/params.cfy", atomically: true, encoding: .utf8)
        try "".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        #expect(candidates(c.complete(pending: "", line: ":load \(dir)/")) == ["\(dir)/params.cfy", "\(dir)/sub/"])
        #expect(candidates(c.complete(pending: "", line: ":save \(dir)/")) ==
                ["\(dir)/notes.txt", "\(dir)/params.cfy", "\(dir)/sub/"])
        #expect(c.complete(pending: "", line: ":load \(dir)/pa").insertion == "rams.cfy")
        if case .words(_, _, let display) = c.complete(pending: "", line: ":load \(dir)/") {
            #expect(display == ["params.cfy", "sub/"])
        }
    }

    /// Completion and help read the builtins' declaration tables: every builtin function in the
    /// session is declared there with a signature and a doc, and each method table is what `x.`
    /// offers for a value of that type.
    @Test func builtinsComeFromTheirTables() {
        let declared = builtinFunctionTables.flatMap { $0 }
        let globals = Set(c.session.interpreter.builtinNames)
        for d in declared {
            #expect(globals.contains(d.name), "\(d.name) is declared but not a builtin")
            #expect(d.signature.hasPrefix(d.name + "(") && !d.doc.isEmpty, "\(d.name)")
            // (`hash` is also a command: its help holds both)
            #expect(MetaCommands.help(d.name)?.hasSuffix("  \(d.signature)\n      \(d.doc)\n") == true)
        }
        #expect(Set(declared.map(\.name)).count == declared.count)
        for (type, table) in methodTables {
            for m in table.decls { #expect(m.signature.contains("." + m.name + "(") && !m.doc.isEmpty, "\(type).\(m.name)") }
        }
        #expect(candidates(c.complete(pending: "", line: "names.ap")) == ["append"])
        #expect(candidates(c.complete(pending: "", line: "names.c")) == ["clear", "copy", "count"])
        #expect(MetaCommands.help("list.append") == "  list.append(object, /)\n      Append object to the end of the list.\n")
        #expect(MetaCommands.help("nothing") == nil)
    }
}
