// The params registry: Python-exact JSON, curifactory's string representation (against golden files
// written by real curifactory: Golden/bridge-VERSION.json, from scripts/golden/bridge.py), the locked
// merge, and rebuilding .cfy from an entry.

import CfyCore
import Foundation
import Testing

/// A golden case: a cfy program, and what curifactory computed for the Python mirror of it.
struct BridgeCase: Decodable {
    var cfy: String
    var hashes: [String]
    var dry: [String]
    var registry: String
}

func bridgeGolden(_ version: String) throws -> [(String, BridgeCase)] {
    let dir = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().path
    let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/Golden/bridge-\(version).json"))
    return try JSONDecoder().decode([String: BridgeCase].self, from: data).sorted { $0.key < $1.key }
}

/// A fresh empty directory under the system temporary directory.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "cfy-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Runs a program and returns its session and args sets.
func argsSets(_ code: String) throws -> (Session, [Instance]) {
    let session = Session()
    let src = Source(name: "<test>", text: code)
    for r in session.run(src) { if let e = r.error { throw e } }
    return (session, try session.argsSets(source: src))
}

@Suite struct PyJSONTests {
    @Test func dumpsLikePython() {
        let doc = PyJSON.object([
            ("s", .string("é\u{1F600}\t\"\\\u{7F}/")), ("i", .int("123456789012345678901234567890")),
            ("f", .array([.float(0.1), .float(1e16), .float(-0.0), .float(.nan), .float(-.infinity)])),
            ("e", .object([])), ("a", .array([])), ("n", .null), ("b", .bool(false)),
        ])
        #expect(doc.dumped(indent: nil) == #"{"s": "\u00e9\ud83d\ude00\t\"\\\u007f/", "i": 123456789012345678901234567890, "#
                + #""f": [0.1, 1e+16, -0.0, NaN, -Infinity], "e": {}, "a": [], "n": null, "b": false}"#)
        #expect(PyJSON.array([.int("1"), .object([("k", .array([]))])]).dumped() == "[\n    1,\n    {\n        \"k\": []\n    }\n]")
    }

    @Test func parsesLikePython() throws {
        let doc = try PyJSON.parse(" {\"a\": 1, \"b\": [2.50, -0, 1E2, NaN, -Infinity], \"a\": \"\\ud83d\\ude00\\n\"} ")
        #expect(doc.dumped(indent: nil) == #"{"a": "\ud83d\ude00\n", "b": [2.5, 0, 100.0, NaN, -Infinity]}"#)
        for bad in ["{", "[1,]", "{\"a\" 1}", "01", "\"\\x\"", "[1] 2", "\"a\nb\"", "{'a': 1}"] {
            #expect(throws: PyJSONError.self) { try PyJSON.parse(bad) }
        }
        do { _ = try PyJSON.parse("{\n  \"a\": [1,\n  }") } catch let e as PyJSONError {
            #expect((e.line, e.column) == (3, 3))
        }
    }

    @Test(arguments: ["0.13.2", "0.20.5"])
    func curifactoryRegistriesRoundTrip(_ version: String) throws {
        for (_, c) in try bridgeGolden(version) {
            #expect(try PyJSON.parse(c.registry).dumped() == c.registry)
        }
    }
}

@Suite struct StringRepresentationTests {
    /// cfy's registry for each golden program equals, byte for byte, what curifactory wrote.
    @Test(arguments: ["0.13.2", "0.20.5"])
    func matchesCurifactory(_ version: String) throws {
        for (name, c) in try bridgeGolden(version) {
            let (session, sets) = try argsSets(c.cfy)
            #expect(try sets.map { try session.hash($0) } == c.hashes, "\(name)")
            #expect(try sets.map { try session.repr(.dict(try session.dry($0))) } == c.dry, "\(name)")
            var doc = PyJSON.object([])
            for s in sets {
                let (h, entry) = try session.registryEntry(s)
                doc.set(h, entry)
            }
            #expect(doc.dumped() == c.registry, "\(name)")
        }
    }
}

@Suite struct ParamsRegistryTests {
    @Test func mergesKeepingOrderAndOtherEntries() throws {
        let dir = try temporaryDirectory()
        let reg = ParamsRegistry(directory: dir)
        try reg.merge([("b", .object([("name", .string("old"))])), ("a", .object([]))])
        try reg.merge([("c", .object([])), ("b", .object([("name", .string("new"))]))])
        let text = try String(contentsOfFile: reg.path, encoding: .utf8)
        #expect(text == "{\n    \"b\": {\n        \"name\": \"new\"\n    },\n    \"a\": {},\n    \"c\": {}\n}")
        #expect(try reg.find("b").entry.registrySummary == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["params_registry.json"])
    }

    @Test func concurrentWritersLoseNothing() throws {
        let dir = try temporaryDirectory()
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            _ = try? ParamsRegistry(directory: dir).merge([("h\(i)", .object([("name", .string("s\(i)"))]))])
        }
        #expect(try ParamsRegistry(directory: dir).load().entries?.count == 16)
    }

    @Test func badRegistriesAreReportedAndKept() throws {
        let dir = try temporaryDirectory()
        let reg = ParamsRegistry(directory: dir)
        for (text, message) in [("[1]", "must be a JSON object"), ("{\"h\": 3}", "registry entry 'h' is a number"),
                                ("{\"h\": {}", "not valid JSON")] {
            try text.write(toFile: reg.path, atomically: true, encoding: .utf8)
            let e = #expect(throws: Diagnostic.self) { try reg.merge([("x", .object([]))]) }
            #expect(e?.message.contains(message) == true, "\(e?.message ?? "")")
            #expect(try String(contentsOfFile: reg.path, encoding: .utf8) == text)
        }
        let missing = #expect(throws: Diagnostic.self) { try ParamsRegistry(directory: dir + "/nope").merge([]) }
        #expect(missing?.message == "the registry directory does not exist")
        #expect(throws: Diagnostic.self) { try ParamsRegistry(directory: dir).find("zz") }
    }
}

@Suite struct RegistrySnippetTests {
    /// Every golden entry rebuilds to a snippet whose set has the entry's hash (one stored under
    /// an explicit hash gets that hash back, with a warning).
    @Test(arguments: ["0.13.2", "0.20.5"])
    func rebuildsWithTheSameHash(_ version: String) throws {
        for (name, c) in try bridgeGolden(version) {
            for (hash, entry) in try PyJSON.parse(c.registry).entries ?? [] {
                let s = try RegistrySnippet(hash: hash, entry: entry, origin: "golden")
                let rebuilt = try s.verify().get()
                #expect(rebuilt == hash, "\(name) \(hash)\n\(s.text)")
                #expect(s.text.contains("hash='explicit-hash'") == (hash == "explicit-hash"))
            }
        }
    }

    @Test func recoversLiteralsAndWarnsForTheRest() throws {
        let entry = try PyJSON.parse("""
            {"name": "x", "lr": "0.01", "tags": "['a', 'b']", "act": "make.<locals>.relu", "model": "KNN",
             "sub": {"p": "'x'"}, "IGNORED_PARAMS": {"gpus": "2", "extra": "None", "path": "data/x.csv"}}
            """)
        let s = try RegistrySnippet(hash: "h", entry: entry, origin: "r.json")
        #expect(s.text.contains("    lr: float = 0.01\n    tags: list = ['a', 'b']\n"))
        #expect(s.text.contains("def make() {\n    def relu(*args) { return None }\n    return relu\n}"))
        #expect(s.text.contains("hash_representations = set_hash_functions(model=lambda self, v: v, gpus=None, path=None)"))
        #expect(s.text.contains("class Sub {\n    p: str = 'x'\n}"))
        #expect(s.warnings.count == 5)   // 4 fields, and the key "h" that is no hash of these fields
        #expect(s.text.contains("= Args(name='x', hash='h')\n"))
        let (session, sets) = try argsSets(s.text)
        #expect(try session.dry(sets[0]).entries.count == 12)
        #expect(throws: Diagnostic.self) {
            try RegistrySnippet(hash: "h", entry: .object([("active", .string("a")), ("arg_list", .array([]))]), origin: "r")
        }
    }

    @Test(arguments: [("'knn'", true), ("[1, (2,), {'a': None}]", true), ("inf", true), ("-0.0", true),
                      ("range(0, 3)", true), ("1.50", false), ("relu", false), ("x = 1", false), ("'a' + 'b'", false)])
    func valueOfRepr(_ text: String, _ recovered: Bool) {
        #expect((CfyCore.valueOfRepr(text) != nil) == recovered)
    }
}

/// The one JSON string escaper, in both modes: Python's `json.dumps(s)` (ensure_ascii, the
/// expected texts were printed by CPython 3.11) and cfy's own output (UTF-8 kept).
@Suite struct JSONStringTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("q\"b\\s", #""q\"b\\s""#),
        ("\u{08}\u{0C}\n\r\t\u{00}\u{1F}\u{7F}", #""\b\f\n\r\t\u0000\u001f\u007f""#),
        ("é中", #""\u00e9\u4e2d""#),
        ("😀", #""\ud83d\ude00""#),
        ("\u{D7FF}\u{E000}\u{FFFF}", #""\ud7ff\ue000\uffff""#),
    ])
    func asPythonJSONWritesIt(_ s: String, _ want: String) {
        #expect(pyJSONString(s) == want)
    }

    @Test func cfyOwnKeepsUTF8() {
        #expect(jsonString("é中😀") == "\"é中😀\"")
        #expect(jsonString("\u{08}\u{0C}\u{7F}\n\"") == #""\u0008\u000c\u007f\n\"""#)
    }
}
