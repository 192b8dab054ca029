// RegistryToCfy: a params-registry entry back to a .cfy snippet that rebuilds the args set.
//
// The registry keeps `str(rep)` of each hashed field, so a field is recovered exactly when its
// text is a Python literal that reads back to the same text. Otherwise the snippet still keeps the
// hash: a callable's qualname becomes a stub function with that qualname, and any other text a
// string value hashed through `lambda self, v: v` (md5 sees the same text). Ignored fields were
// stored with `str()` and are rebuilt as well as that allows; they do not change the hash.

/// A .cfy snippet rebuilt from one registry entry.
///
/// ```swift
/// let s = try RegistrySnippet(hash: h, entry: entry, origin: "data/runs/params_registry.json")
/// print(s.text)          // class Args(ExperimentArgs) { ... }  base = Args(name="base")
/// s.warnings             // one line per field that could not be recovered exactly
/// s.verify()             // .success(h): the snippet's set has the entry's hash
/// ```
public struct RegistrySnippet: Sendable {
    public private(set) var text = ""
    public private(set) var warnings: [String] = []
    /// The variable the snippet assigns the rebuilt set to.
    public private(set) var variable = "params"

    private var generation = Generation.experimentArgs
    private var origin = ""
    private var classes: [String] = []
    private var stubs: [String] = []
    private var used: Set<String> = []

    public init(hash: String, entry: PyJSON, origin: String) throws {
        self.origin = origin
        guard let fields = entry.entries else { throw Diagnostic.file(origin, "registry entry '\(hash)' is not an object", kind: .valueError) }
        if entry["arg_list"] != nil, entry["active"] != nil {
            throw Diagnostic.file(origin, "registry entry '\(hash)' is an aggregate (a combination of other sets' hashes), "
                                  + "not an args set", kind: .valueError)
        }
        if entry["_DRY_REPS"] != nil { generation = .experimentParameters }
        used = ["ExperimentArgs", "ExperimentParameters", "set_hash_functions", "float", "lambda", "None"]
        var name = "UNNAMED"
        if case .string(let n)? = entry["name"] { name = n }
        let id = identifier(from: name, fallback: "params")
        variable = fresh(id.contains(where: { $0 != "_" }) ? id : "params")
        let root = try buildClass(fields, named: generation == .experimentArgs ? "Args" : "Params", path: "", isRoot: true,
                                  dry: entry["_DRY_REPS"])
        var out = "# Rebuilt by cfy from \(origin), entry \(hash) (\(pyStringRepr(name))).\n"
        out += "# Class names are guesses: the registry does not store them.\n"
        if !stubs.isEmpty { out += "\n" + stubs.joined(separator: "\n") + "\n" }
        for c in classes { out += "\n" + c }
        let nameText = entry["name"].map(jsonLiteral) ?? pyStringRepr(name)
        text = out + "\n\(variable) = \(root)(name=\(nameText))\n"
        // An entry stored under an explicit `hash` (its key is not the hash of its fields) is
        // rebuilt with that hash, as curifactory would use it.
        if case .success(let h) = verify(), h != hash {
            warnings.append("the fields hash to \(h), not to the entry's key \(hash): the set had an explicit hash; "
                            + "rebuilt with hash=\(pyStringRepr(hash))")
            text = out + "\n\(variable) = \(root)(name=\(nameText), hash=\(pyStringRepr(hash)))\n"
        }
    }

    /// Runs the snippet and returns the hash of the set it builds.
    public func verify() -> Result<String, Diagnostic> {
        let session = Session()
        for r in session.run(Source(name: "<rebuilt>", text: text)) { if let e = r.error { return .failure(e) } }
        guard case .instance(let inst)? = session.globals.vars[variable] else {
            return .failure(Diagnostic("the snippet did not define '\(variable)'", at: .none, in: nil))
        }
        do { return .success(try session.hash(inst)) } catch let d as Diagnostic { return .failure(d) } catch {
            return .failure(Diagnostic("\(error)", at: .none, in: nil))
        }
    }

    // MARK: building

    /// Declares a class for one (possibly nested) representation object; returns its name.
    /// `dry`: 0.20's `_DRY_REPS` for this level (field → [label, rep]), when the entry has it.
    private mutating func buildClass(_ fields: [(key: String, value: PyJSON)], named wanted: String, path: String,
                                     isRoot: Bool, dry: PyJSON?) throws -> String {
        let name = fresh(wanted)
        var lines: [String] = []
        var reps: [(String, String)] = []
        for (key, value) in fields {
            let where_ = path.isEmpty ? key : path + "." + key
            switch key {
            case "_DRY_REPS": continue
            case "name" where isRoot: continue
            case "IGNORED_PARAMS":
                guard let ignored = value.entries else { continue }
                for (k, v) in ignored {
                    try checkName(k)
                    let (type, text) = try ignoredField(k, v, path: path.isEmpty ? k : path + "." + k)
                    lines.append("    \(k): \(type) = \(text)")
                    if !(v == .string("None")) { reps.append((k, "None")) }
                }
                continue
            default: break
            }
            try checkName(key)
            if key == "name" {   // a nested dataclass's own `name` field: stored as it was
                lines.append("    name: any = \(jsonLiteral(value))")
                continue
            }
            if let nested = value.entries {
                var sub: PyJSON?
                if case .array(let pair)? = dry?[key], pair.count == 2 { sub = pair[1] }
                let cls = try buildClass(nested, named: camel(key), path: where_, isRoot: false, dry: sub)
                lines.append("    \(key): \(cls) = \(cls)()")
                continue
            }
            guard case .string(let stored) = value else {
                warnings.append("field '\(where_)' is stored as \(value.dumped(indent: nil)), not a string; rebuilt as that value")
                lines.append("    \(key): any = \(jsonLiteral(value))")
                continue
            }
            let label = labelOf(dry, key)
            let (type, text, rep) = recover(key, stored, label: label, where: where_)
            lines.append("    \(key): \(type) = \(text)")
            if let rep { reps.append((key, rep)) }
        }
        if !reps.isEmpty {
            let args = reps.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
            lines.append(isRoot ? "    hash_representations = set_hash_functions(\(args))"
                                : "    hash_representations: dict = set_hash_functions(\(args))")
        }
        let header = isRoot ? "class \(name)(\(generation.baseName)) {" : "class \(name) {"
        classes.append(([header] + lines + ["}"]).joined(separator: "\n") + "\n")
        return name
    }

    /// A hashed field from its stored text: (type, default text, hash function or nil).
    private mutating func recover(_ key: String, _ stored: String, label: String?, where path: String) -> (String, String, String?) {
        let kind = label.map(Labels.external)
        let isQualname = kind == .qualname, isCustom = kind == .custom
        // A hashed field's representation is never None (None is skipped), so "None" is custom text.
        if !isQualname, !isCustom, let v = valueOfRepr(stored), !v.isNone, let text = literalText(v) {
            return (typeName(v), text, nil)
        }
        if !isCustom, let stub = stubCallable(stored, qualnameKnown: isQualname) {
            warnings.append("field '\(path)' held a callable '\(stored)': rebuilt as a stub with that qualname "
                            + "(same hash); replace it with the real function")
            return ("any", stub, nil)
        }
        warnings.append("field '\(path)' is stored as \(pyStringRepr(stored)), "
                        + (isCustom ? "the output of a custom hash function" : "which is not a Python literal (a custom representation?)")
                        + ": rebuilt as that string, hashed by `lambda self, v: v` (same hash); its real value is unknown")
        return ("any", pyStringRepr(stored), "lambda self, v: v")
    }

    /// An ignored field (stored with `str()`): (type, default text).
    private mutating func ignoredField(_ key: String, _ v: PyJSON, path: String) throws -> (String, String) {
        switch v {
        case .object(let nested):
            let cls = try buildClass(nested, named: camel(key), path: path, isRoot: false, dry: nil)
            return (cls, cls + "()")
        case .string("None"):
            return ("any", "None")
        case .string(let s):
            if let value = valueOfRepr(s), let text = literalText(value) {
                warnings.append("ignored field '\(path)' was stored with str(): rebuilt as \(text), which may not be its "
                                + "type (it does not change the hash)")
                return (typeName(value), text)
            }
            warnings.append("ignored field '\(path)' was stored with str(): rebuilt as the string \(pyStringRepr(s)) "
                            + "(it does not change the hash)")
            return ("str", pyStringRepr(s))
        default:
            warnings.append("ignored field '\(path)' has no stored value: rebuilt as None (it does not change the hash)")
            return ("any", "None")
        }
    }

    /// A value with the qualname `q`: a builtin, or a stub def (nested defs for `f.<locals>.g`).
    private mutating func stubCallable(_ q: String, qualnameKnown: Bool) -> String? {
        let builtinNames: Set<String> = ["len", "str", "int", "float", "bool", "list", "dict", "tuple", "print", "repr",
                                         "sorted", "min", "max", "sum", "abs", "round", "range"]
        if qualnameKnown, builtinNames.contains(q) { return q }
        if q == "<lambda>" {
            let n = fresh("_lambda")
            stubs.append("\(n) = lambda *args: None")
            return n
        }
        let parts = q.components(separatedBy: ".<locals>.")
        guard parts.count > 1 || qualnameKnown, parts.dropLast().allSatisfy(isIdentifier),
              let last = parts.last, last == "<lambda>" || isIdentifier(last), !used.contains(parts[0]) else { return nil }
        if parts.count == 1 {
            used.insert(last)
            stubs.append("def \(last)(*args) { return None }")
            return last
        }
        used.insert(parts[0])
        var body = last == "<lambda>" ? "return lambda *args: None" : "def \(last)(*args) { return None }\nreturn \(last)"
        for p in parts.dropLast().dropFirst().reversed() {
            body = "def \(p)() {\n" + indent(body) + "\n}\nreturn \(p)()"
        }
        stubs.append("def \(parts[0])() {\n" + indent(body) + "\n}")
        return parts[0] + "()"
    }

    // MARK: helpers

    private func labelOf(_ dry: PyJSON?, _ key: String) -> String? {
        guard case .array(let pair)? = dry?[key], pair.count == 2, case .string(let label) = pair[0] else { return nil }
        return label
    }

    private func checkName(_ name: String) throws {
        guard isIdentifier(name), !pythonKeywords.contains(name) else {
            throw Diagnostic.file(origin, "field name \(pyStringRepr(name)) cannot be written as a cfy field", kind: .valueError)
        }
    }

    private mutating func fresh(_ base: String) -> String {
        var n = base, k = 2
        while used.contains(n) || pythonKeywords.contains(n) { n = "\(base)\(k)"; k += 1 }
        used.insert(n)
        return n
    }

    private func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }

    private func camel(_ key: String) -> String {
        let parts = key.split(separator: "_").filter { !$0.isEmpty }
        let s = parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return s.isEmpty ? "Sub" : s
    }

    private func typeName(_ v: Value) -> String {
        switch v {
        case .bool, .int, .bigint, .float, .str, .list, .tuple, .dict: return v.typeName
        default: return "any"
        }
    }

    /// A JSON value (a nested `name`, a non-string entry) as cfy source.
    private func jsonLiteral(_ j: PyJSON) -> String {
        switch j {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let digits):
            let body = digits.hasPrefix("-") ? digits.dropFirst() : Substring(digits)
            return !body.isEmpty && body.allSatisfy(\.isASCII) && body.allSatisfy(\.isNumber) ? digits : pyStringRepr(digits)
        case .float(let d): return literalText(.float(d)) ?? "None"
        case .string(let s): return pyStringRepr(s)
        case .array(let xs): return "[" + xs.map(jsonLiteral).joined(separator: ", ") + "]"
        case .object(let kvs): return "{" + kvs.map { pyStringRepr($0.key) + ": " + jsonLiteral($0.value) }.joined(separator: ", ") + "}"
        }
    }
}

/// An identifier made from arbitrary text (`"base seed-1"` → `base_seed_1`).
func identifier(from text: String, fallback: String) -> String {
    var s = String(text.unicodeScalars.map { ($0.properties.isXIDContinue || $0 == "_") && $0.isASCII ? Character($0) : "_" })
    if s.isEmpty { return fallback }
    if let f = s.unicodeScalars.first, f.properties.numericType != nil { s = "_" + s }
    return s
}

/// Whether `s` written as a name in cfy source is the name `s` (Python's identifier rules at Unicode
/// 14.0, and already in NFKC, the form the lexer gives non-ASCII names).
func isIdentifier(_ s: String) -> Bool {
    isPyIdentifier(s.unicodeScalars) && (s.utf8.allSatisfy { $0 < 0x80 } || pyNFKC(s).unicodeScalars.elementsEqual(s.unicodeScalars))
}

/// Python's reserved words (plus the soft ones cfy treats as names but Python code would not).
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]
