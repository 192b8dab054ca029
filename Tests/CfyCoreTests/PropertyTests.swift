// Property tests over random inputs (a fixed seed, so a failure reproduces):
//   eval(repr(v)) == v; the hash does not depend on field order; a variant never changes its
//   source; `cfy test --update` followed by `cfy test` passes.

import CfyCore
import Testing

/// SplitMix64: small, fast, and the same sequence everywhere.
struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }
    mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
}

/// Random values of every kind a literal can spell.
struct ValueGen {
    var rng: SplitMix

    mutating func int() -> Int64 {
        switch rng.below(5) {
        case 0: return Int64(rng.below(21)) - 10
        case 1: return rng.pick([.min, .max, .min + 1, .max - 1, 0, -1])
        case 2: return Int64(bitPattern: rng.next())
        default: return Int64(rng.below(100_000))
        }
    }

    mutating func float() -> Double {
        switch rng.below(4) {
        case 0: return rng.pick([0.0, -0.0, 0.1, 1e16, 1e-5, Double.leastNonzeroMagnitude, .greatestFiniteMagnitude, 1.5, -2.25, 1e22, 123456789.125])
        case 1: return Double(rng.below(2001) - 1000) / Double(rng.pick([1, 10, 100, 1000, 3]))
        default:
            while true {
                let d = Double(bitPattern: rng.next())
                if d.isFinite { return d }
            }
        }
    }

    mutating func scalar() -> Unicode.Scalar {
        while true {
            let v: UInt32
            switch rng.below(8) {
            case 0: v = UInt32(rng.below(0x20))                              // controls
            case 1: v = UInt32(rng.pick([0x27, 0x22, 0x5C, 0x7F, 0x20, 0xA0, 0xAD, 0x200B, 0x2028, 0xFEFF]))
            case 2: v = 0x80 + UInt32(rng.below(0x180))                     // Latin-1 and beyond
            case 3: v = UInt32(rng.below(0x10000))                          // the BMP
            case 4: v = 0x10000 + UInt32(rng.below(0x100000))               // astral, assigned or not
            default: v = 0x20 + UInt32(rng.below(0x5F))                    // printable ASCII
            }
            if let u = Unicode.Scalar(v) { return u }
        }
    }

    mutating func string() -> String {
        var s = String.UnicodeScalarView()
        for _ in 0..<rng.below(9) { s.append(scalar()) }
        return String(s)
    }

    mutating func key(_ depth: Int) -> Value {
        switch rng.below(depth > 1 ? 5 : 6) {
        case 0: return .none
        case 1: return .bool(rng.chance(0.5))
        case 2: return .int(int())
        case 3: return .float(float())
        case 5: return .tuple((0..<rng.below(3)).map { _ in key(depth + 1) })
        default: return .str(string())
        }
    }

    mutating func value(_ depth: Int = 0) -> Value {
        switch rng.below(depth > 2 ? 5 : 9) {
        case 0: return .none
        case 1: return .bool(rng.chance(0.5))
        case 2: return .int(int())
        case 3: return .float(float())
        case 4: return .str(string())
        case 5: return .list((0..<rng.below(4)).map { _ in value(depth + 1) })
        case 6: return .tuple((0..<rng.below(4)).map { _ in value(depth + 1) })
        case 7:
            var d = PyDict()
            for _ in 0..<rng.below(4) {
                let k = key(depth + 1)
                if let dk = DictKey(k) { d.set(dk, key: k, value: value(depth + 1)) }
            }
            return .dict(d)
        default: return .list([.int(int()), .str(string())])
        }
    }
}

/// Evaluates one expression in a fresh session.
private func evaluate(_ code: String) -> (value: Value?, error: String?) {
    let s = Session()
    let rs = s.run(Source(name: "<prop>", text: code), echo: false)
    if let e = rs.compactMap(\.error).first { return (nil, e.message) }
    return (rs.last?.value, nil)
}

@Suite struct PropertyTests {
    @Test func evalOfReprIsTheValue() throws {
        var gen = ValueGen(rng: SplitMix(20261129))
        let session = Session()
        for _ in 0..<3000 {
            let v = gen.value()
            let text = try session.repr(v)
            let back = evaluate(text)
            #expect(back.error == nil, "repr \(text) does not evaluate: \(back.error ?? "")")
            guard let b = back.value else { continue }
            #expect(valueEquals(b, v) || text.contains("nan"), "eval(\(text)) != the value")
            #expect(try session.repr(b) == text, "repr(eval(\(text))) differs")
        }
    }

    /// Field declarations (name: type = default) to draw from, with a value for each.
    static let fieldPool: [(decl: String, value: String)] = [
        ("seed: int = 0", "7"), ("lr: float = 0.001", "0.1"), ("model: str = 'knn'", "'svm'"),
        ("layers: list = [64, 64]", "[1, 2, 3]"), ("opts: dict = {'m': 0.9}", "{'m': 0.5, 'n': None}"),
        ("flag: bool = False", "True"), ("ratio: any = None", "(1, 'a')"), ("data: D = D()", "D(p=5)"),
        ("note: str = None", "'x'"), ("act: any = None", "len"), ("tags: list[str] = []", "['a', 'b']"),
        ("gpus: int = 1", "4"), ("beta: float = 0.5", "-0.0"), ("extra: any = None", "{'k': [1, (2,)]}"),
    ]

    @Test func hashDoesNotDependOnFieldOrder() {
        var rng = SplitMix(42)
        for trial in 0..<150 {
            var fields = Self.fieldPool
            var chosen: [(decl: String, value: String)] = []
            for _ in 0..<(1 + rng.below(8)) { chosen.append(fields.remove(at: rng.below(fields.count))) }
            var shuffled = chosen
            for i in shuffled.indices.reversed() { shuffled.swapAt(i, rng.below(i + 1)) }
            let names = chosen.map { String($0.decl.prefix { $0 != ":" }) }
            var sets = (0..<chosen.count).filter { _ in rng.chance(0.6) }.map { "\(names[$0])=\(chosen[$0].value)" }
            if rng.chance(0.3), let n = names.first { sets.append("hash_representations=set_hash_functions(\(n)=None)") }
            let args = (["name='t\(trial)'"] + sets).joined(separator: ", ")
            let code = """
                class D { p: int = 1; q: str = 'z' }
                class A(ExperimentArgs) { \(chosen.map(\.decl).joined(separator: "; ")) }
                class B(ExperimentArgs) { \(shuffled.map(\.decl).joined(separator: "; ")) }
                (A(\(args)).args_hash(), B(\(args)).args_hash())
                """
            let r = evaluate(code)
            guard case .tuple(let hs)? = r.value, hs.count == 2 else {
                Issue.record("\(code)\n-> \(r.error ?? "no tuple")"); continue
            }
            #expect(valueEquals(hs[0], hs[1]), "\(code)")
        }
    }

    @Test func aVariantNeverChangesItsSource() {
        var rng = SplitMix(7)
        let changes = [
            "v.layers.append(9)", "v.opts['m'] = 1.5", "v.opts['new'] = [1]", "v.data.p = 99", "v.data.q += '!'",
            "v.overwrite = True", "v.hash_representations['seed'] = None", "v.layers.insert(0, -1)", "v.layers += [5]",
            "v.seed += 1", "v.name = 'other'", "v.layers.sort(reverse=True)", "v.opts.update({'z': 0})",
            "v.opts.pop('m', None)", "v.layers.clear()", "v.data = D(p=3)", "v.hash = 'abc'",
        ]
        let derive = ["v = replace(base, name='v')", "v = base", "v = replace(base, seed=3, layers=[1])",
                      "v = grid(base, seed=[1, 2])[1]", "v = copy(base)", "v = deepcopy(base)",
                      "vs = [base, base]\nv = vs[0]", "d = {'k': base}\nv = d['k']"]
        for _ in 0..<200 {
            var body = [rng.pick(derive)]
            for _ in 0..<(1 + rng.below(4)) { body.append(rng.pick(changes)) }
            let code = """
                class D { p: int = 1; q: str = 'z' }
                class A(ExperimentArgs) { seed: int = 0; layers: list = [64, 64]; opts: dict = {'m': 0.9}; data: D = D() }
                base = A(name='base')
                before = (repr(base), base.args_hash(), repr(base.args_hash(dry=True)), repr(base.hash_representations))
                \(body.joined(separator: "\n"))
                (repr(base), base.args_hash(), repr(base.args_hash(dry=True)), repr(base.hash_representations)) == before
                """
            let r = evaluate(code)
            #expect(r.error == nil, "\(code)\n-> \(r.error ?? "")")
            if let v = r.value { #expect(valueEquals(v, .bool(true)), "\(code)") }
        }
    }

    /// A grid variant's hash (which remembers the part of the sum its grid does not vary) equals
    /// the hash of the same set built by replace() (which hashes every field), whatever the base
    /// holds: hash functions, values that warn, classes as values, nested sets; grids interleaved,
    /// variants changed after the grid made them.
    @Test func gridVariantsHashAsTheirReplacements() {
        var rng = SplitMix(2026)
        let reps = ["", "hash_representations = set_hash_functions(tag=None)",
                    "hash_representations = set_hash_functions(layers=h)",
                    "hash_representations = set_hash_functions(data=lambda s, v: v.p + s.seed)",
                    "hash_representations = set_hash_functions(seed=lambda s, v: v % 3)"]
        let sets = ["f=[len]", "f=D", "f=(1, 'a')", "f=D(p=4)", "layers=[1, [2, 3]]", "opts={'m': None, 'k': (1,)}",
                    "data=D(q='y')", "tag='a much longer tag than sixteen bytes'", "f=lambda x: x", "f={'fn': len}"]
        let axes = ["seed=[1, 2, 3]", "lr=[0.5, 0.25]", "tag=['p', 'q']", "layers=[[1], [2, 2]]", "data=[D(), D(p=9)]",
                    "f=[None, 1, len]"]
        for _ in 0..<120 {
            var chosenAxes: [String] = []
            var pool = axes
            for _ in 0..<(1 + rng.below(3)) { chosenAxes.append(pool.remove(at: rng.below(pool.count))) }
            let axisNames = chosenAxes.map { String($0.prefix { $0 != "=" }) }
            let baseSets = (0..<rng.below(4)).map { _ in rng.pick(sets) }
                .filter { s in !axisNames.contains(String(s.prefix { $0 != "=" })) }
            var seen = Set<String>()
            let uniqueSets = baseSets.filter { seen.insert(String($0.prefix { $0 != "=" })).inserted }
            let replaced = axisNames.map { "\($0)=v.\($0)" }.joined(separator: ", ")
            let code = """
                class D { p: int = 1; q: str = 'z' }
                def h(s, v) { return len(v) }
                class A(ExperimentArgs) { seed: int = 0; lr: float = 0.1; layers: list = [64, 64]; opts: dict = {'m': 0.9}; data: D = D(); f: any = None; tag: str = 'x'; \(rng.pick(reps)) }
                base = A(\((["name='b'"] + uniqueSets).joined(separator: ", ")))
                g1 = grid(base, \(chosenAxes.joined(separator: ", ")))
                g2 = grid(replace(base, seed=40), \(chosenAxes.joined(separator: ", ")))
                ours = []
                for i in range(len(g1)) { ours.append(g1[i].args_hash()); ours.append(g2[i].args_hash()); ours.append(g1[i].args_hash()) }
                theirs = []
                for i in range(len(g1)) {
                    v = g1[i]
                    theirs.append(replace(base, \(replaced)).args_hash())
                    v = g2[i]
                    theirs.append(replace(base, \(axisNames.contains("seed") ? "" : "seed=40, ")\(replaced)).args_hash())
                    v = g1[i]
                    theirs.append(replace(base, \(replaced)).args_hash())
                }
                g1[0].tag = 'changed'
                ours.append(g1[0].args_hash())
                v = g1[0]
                theirs.append(replace(base, \(replaced)\(axisNames.contains("tag") ? "" : ", tag='changed'")).args_hash())
                ours == theirs
                """
            let r = evaluate(code)
            #expect(r.error == nil, "\(code)\n-> \(r.error ?? "")")
            if let v = r.value { #expect(valueEquals(v, .bool(true)), "\(code)") }
        }
    }

    @Test func updateThenTestPasses() {
        var rng = SplitMix(99)
        var gen = ValueGen(rng: SplitMix(5))
        let session = Session()
        for trial in 0..<150 {
            var lines: [String] = ["class A(ExperimentArgs) { seed: int = 0; lr: float = 0.1 }"]
            for k in 0..<(2 + rng.below(8)) {
                let v = (try? session.repr(gen.value(1))) ?? "None"
                switch rng.below(9) {
                case 0: lines.append("x\(k) = \(v)")
                case 1: lines.append(v)
                case 2: lines.append("print(\(v))")
                case 3: lines.append("print(\(v), end='')")
                case 4: lines.append("A(seed=\(rng.below(100))).args_hash()")
                case 5: lines.append("undefined_\(k)")
                case 6: lines.append("for i in range(\(rng.below(3))) { print(i, \(v)) }")
                case 7: lines.append("A(name=\(v)) if False else 1 / 0")
                default: lines.append("print('''a\n\nb''')")
                }
                if rng.chance(0.4) { lines.append("#=> \(rng.pick(["wrong", "", "...", "1", "error: x"]))") }
            }
            if rng.chance(0.5) { lines.append("#=> end") }     // else: output after the last block
            let text = lines.joined(separator: "\n") + "\n"
            let src = Source(name: "p\(trial).cfy", text: text)
            let first = ScriptTest.run(src, session: Session())
            let updated = ScriptTest.updated(text, cases: first)
            let second = ScriptTest.run(Source(name: "p\(trial).cfy", text: updated), session: Session())
            let failing = second.filter { !$0.passed }
            #expect(failing.isEmpty, "after --update:\n\(updated)\nstill fails: \(failing.map { "\($0.line): \($0.problem ?? "") \($0.expected) vs \($0.actual)" })")
        }
    }
}

/// The fast path of float repr (few decimals) against the general one: the same text as
/// re-laying out Swift's shortest digits, for short decimals and random doubles alike.
@Suite struct FloatReprFastPathTests {
    /// Significant digits of a repr ("0.00120" -> "12", "1e-05" -> "1").
    static func significant(_ s: String) -> String {
        let mantissa = s.split(separator: "e").first.map(String.init) ?? s
        let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
        return String(digits.reversed().drop { $0 == "0" }.reversed())
    }

    @Test func shortDecimalsAreShortestAndRoundTrip() {
        var rng = SplitMix(314)
        for _ in 0..<40_000 {
            let k = rng.below(18), i = rng.next() % 100_000_000_000_000_000
            var x = Double(i) / ([Double](repeating: 10, count: k).reduce(1, *))
            if rng.chance(0.5) { x = -x }
            if rng.chance(0.3) { x = Double(bitPattern: rng.next()) }
            guard x.isFinite else { continue }
            let r = pyFloatRepr(x)
            #expect(Double(r) == x, "\(r) does not read back as \(x)")
            #expect(Self.significant(r) == Self.significant(x.magnitude.description), "\(r) vs Swift's \(x)")
        }
    }
}
