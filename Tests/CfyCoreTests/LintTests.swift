import CfyCore
import Testing

@Suite struct CheckerTests {
    let schema = """
        class Args(ExperimentArgs) {
            lr: float = 0.1
            seed: int = 0
            gpus: int = 1
            fns: list = None
            hash_representations = set_hash_functions(gpus=None)
        }

        """

    func kinds(_ body: String, names: [String]? = nil) -> [String] {
        Checker.check(Source(name: "p.cfy", text: schema + body), names: names).findings.map(\.kind.rawValue)
    }

    @Test func clean() { #expect(kinds("a = Args(name='a')\nb = Args(name='b', seed=1)").isEmpty) }
    @Test func duplicateName() { #expect(kinds("a = Args(name='a')\nb = Args(name='a', seed=1)") == ["DuplicateName"]) }
    @Test func staleHash() {
        #expect(kinds("c = Args(name='c', hash='abc')\nd = replace(c, name='d', seed=5)") == ["StaleHash"])
        #expect(kinds("c = Args(name='c', hash='abc')\nd = replace(c, name='d', hash=None, seed=5)").isEmpty)
        #expect(kinds("c = Args(name='c', hash='abc')\nd = replace(c, name='d')").isEmpty)   // same params: fine
    }
    @Test func staleHashAfterAssigning() {
        #expect(kinds("p = Args(name='p', hash='abc')\nv = p\nv.name = 'v'\nv.lr = 0.7") == ["StaleHash"])
        #expect(kinds("p = Args(name='p', hash='abc')\nv = p\nv.name = 'v'\nv.seed += 1") == ["StaleHash"])
        #expect(kinds("p = Args(name='p', hash='abc')\nv = p\nv.name = 'v'\nv.lr = 0.7\nv.hash = 'def'").isEmpty)
        #expect(kinds("p = Args(name='p', hash='abc')\nv = p\nv.name = 'v'\nv.lr = 0.1\nv.hash = 'def'").isEmpty)
        #expect(kinds("p = Args(name='p')\np.lr = 0.7").isEmpty)   // no explicit hash: nothing pinned
    }
    @Test func sharedExplicitHash() {
        #expect(kinds("a = Args(name='a', hash='abc')\nb = Args(name='b', hash='abc', seed=2)") == ["StaleHash"])
        #expect(kinds("a = Args(name='a', hash='abc')\nb = Args(name='b', hash='abc', gpus=2)").isEmpty)  // gpus not hashed
        #expect(kinds("a = Args(name='a', hash='abc')\nb = Args(name='b', hash='xyz', seed=2)").isEmpty)
    }
    @Test func unstableHash() { #expect(kinds("f = Args(name='f', fns=[lambda x: x])") == ["UnstableHash"]) }
    @Test func sameHashNamesTheField() throws {
        let f = Checker.check(Source(name: "p.cfy", text: schema + "a = Args(name='a')\nb = Args(name='b', gpus=4)"))
        let d = try #require(f.findings.first)
        #expect(d.kind == .sameHash && d.severity == .warning)
        #expect(d.message.contains("'gpus' (set to None in hash_representations)"))
    }
    @Test func intInFloatField() { #expect(kinds("a = Args(name='a', lr=1)") == ["Warning"]) }
    @Test func noSets() { #expect(kinds("x = 1") == ["NoArgsSets"]) }
    @Test func unknownName() { #expect(kinds("a = Args(name='a')", names: ["b"]) == ["UnknownName"]) }
}

@Suite struct LockTests {
    func lock(_ text: String) throws -> [LockedSet] {
        try HashLock.entries(Checker.check(Source(name: "p.cfy", text: text)))
    }

    @Test func roundTrip() throws {
        let sets = try lock("class A(ExperimentArgs) { lr: float = 0.1 }\na = A(name='a')\nb = A(name='b', lr=0.2)")
        let text = HashLock.text(sets)
        let back = try HashLock.parse(text, path: "cfy.lock").get()
        #expect(back.map(\.name) == ["a", "b"])
        #expect(back.map(\.hash) == sets.map(\.hash))
        #expect(back[1].fields == sets[1].fields)
    }

    @Test func badLockFiles() {
        for bad in ["not json", "{}", "{\"cfy_lock_version\": 99, \"sets\": []}", "{\"cfy_lock_version\": 1, \"sets\": [{}]}"] {
            guard case .failure(let d) = HashLock.parse(bad, path: "x.lock") else { Issue.record("accepted \(bad)"); continue }
            #expect(d.message.hasPrefix("x.lock is not a valid cfy lock file"))
        }
    }

    @Test func explainsFieldChanges() throws {
        let old = try lock("class A(ExperimentArgs) { lr: float = 0.1; n: int = 1 }\na = A(name='a')")[0]
        let new = try lock("class A(ExperimentArgs) { lr: float = 0.2; n: float = 1.0; k: int = 3; z: int = None }\na = A(name='a')")[0]
        let why = HashLock.explain(old: old, new: new)
        #expect(why.contains("the default of field 'lr' changed from 0.1 to 0.2"))
        #expect(why.contains { $0.hasPrefix("field 'n' changed type int -> float (1 -> 1.0)") })
        #expect(why.contains { $0.hasPrefix("field 'k' was added with representation 3") })
        #expect(!why.contains { $0.contains("'z'") })   // a None-defaulted field keeps old hashes
    }

    @Test func noneDefaultedAdditionKeepsHash() throws {
        let old = try lock("class A(ExperimentArgs) { lr: float = 0.1 }\na = A(name='a')")[0]
        let new = try lock("class A(ExperimentArgs) { lr: float = 0.1; extra: int = None }\na = A(name='a')")[0]
        #expect(old.hash == new.hash)
    }
}
