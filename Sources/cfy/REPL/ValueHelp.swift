// ValueHelp: `help(x)`, `x?` and `:help x` on what the session holds — an args class or set (its
// fields: type, default, how curifactory hashes each), a user function (its signature and where it
// is defined), a module — and on builtins and methods (their declarations). Like completion, it
// never runs code: `x` is a name or a dotted chain resolved without calls.

import CfyCore

extension REPL {
    /// The input `help(x)`, `help()` or `x?` (a name or dotted chain), when the session does not
    /// define `help` itself; nil for any other input.
    func helpRequest(_ line: String) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("?"), !t.hasSuffix("??") {
            let e = String(t.dropLast()).trimmingCharacters(in: .whitespaces)
            return Self.isDottedName(e) ? e : nil
        }
        guard t.hasPrefix("help("), t.hasSuffix(")"), session.globals.vars["help"] == nil else { return nil }
        let e = String(t.dropFirst(5).dropLast()).trimmingCharacters(in: .whitespaces)
        return e.isEmpty || Self.isDottedName(e) ? e : nil
    }

    /// The input `dir(x)` (a name or dotted chain) or `dir()`, when the session does not define
    /// `dir`: the names it lists, what Tab offers after `x.` (cfy's names; Python's `dir` also lists
    /// the dunder methods every object has), one sorted list like Python's. Nil for other input.
    func dirListing(_ line: String) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("dir("), t.hasSuffix(")"), session.globals.vars["dir"] == nil else { return nil }
        let e = String(t.dropFirst(4).dropLast()).trimmingCharacters(in: .whitespaces)
        let c = Completer(session: session)
        var names: [String]
        if e.isEmpty {
            names = c.variableNames()
        } else {
            guard Self.isDottedName(e), let v = c.resolve(e.split(separator: ".").map(String.init)) else {
                return "error: dir() looks at a name or a dotted chain the session holds ('\(e)' is not one)\n"
            }
            names = c.attributes(of: v)
        }
        let list = Array(Set(names)).sorted().map { "'\($0)'" }.joined(separator: ", ")
        return "[" + list + "]\n"
    }

    static func isDottedName(_ s: String) -> Bool {
        !s.isEmpty && s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            guard let f = part.unicodeScalars.first, !("0"..."9").contains(f) else { return false }
            return part.unicodeScalars.allSatisfy(isIdentifier)
        }
    }

    /// The help text for `name` (empty: the overview).
    func helpText(_ name: String) -> String? {
        if name.isEmpty { return MetaCommands.overview }
        let chain = name.split(separator: ".").map(String.init)
        if let v = Completer(session: session).resolve(chain) {
            if let text = describe(v, as: name) { return text }
        }
        if let doc = builtinDoc(name) { return "  \(doc.signature)\n      \(doc.doc)\n" }
        // `x.upper` where x is a str: the method of the value's type.
        if chain.count == 2, let v = Completer(session: session).resolve([chain[0]]),
           let doc = builtinDoc(v.typeName + "." + chain[1]) {
            return "  \(doc.signature)\n      \(doc.doc)\n"
        }
        return MetaCommands.help(name)
    }

    private func describe(_ v: Value, as name: String) -> String? {
        switch v {
        case .cls(let c): return classHelp(c)
        case .instance(let i): return "  \(name): an instance of \(i.cls.name)\n" + classHelp(i.cls)
        case .function(let f):
            let sig = Param.join(f.params, f.params.map { p in
                (p.kind == .star ? "*" : p.kind == .doubleStar ? "**" : "") + p.name + (p.defaultValue == nil ? "" : "=…")
            })
            let at = f.source.map { " (\($0.name):\(f.loc.line))" } ?? ""
            return "  def \(f.qualname)(\(sig))\(at)\n"
        case .module(let m):
            let names = m.env.vars.keys.filter { !$0.hasPrefix("_") }.sorted()
            return "  module \(m.name): " + (names.isEmpty ? "no names" : names.joined(separator: ", ")) + "\n"
        case .builtin(let b):
            return builtinDoc(b.name).map { "  \($0.signature)\n      \($0.doc)\n" }
        default: return nil
        }
    }

    /// A class: its base, then per field its type, default and how curifactory hashes it.
    private func classHelp(_ c: ClassInfo) -> String {
        var out = "  class \(c.qualname)" + (c.base.map { "(\($0.name))" } ?? "") + (c.isArgs ? ": an args class" : "") + "\n"
        var reps: PyDict?
        if let i = c.fieldIndex["hash_representations"], case .dict(let d)? = c.fields[i].defaultValue { reps = d }
        var rows = [["field", "type", "default", "hashed"].map(style.bold)]
        for f in c.fields {
            let def = f.defaultValue.map { (try? session.repr($0)).map { truncate($0, 30) } ?? "…" } ?? "(required)"
            var how = "repr()"
            if c.isArgs, Strategy.blacklist.contains(f.name) { how = "never (curifactory's blacklist)" }
            else if let reps, let k = DictKey(.str(f.name)), let e = reps.get(k) { how = e.isNone ? "never (hash_representations)" : "by its hash_representations function" }
            else if f.defaultValue?.isNone ?? false { how = "repr(), skipped while None" }
            rows.append([f.name, f.type.description, def, c.isArgs ? how : "-"])
        }
        if !c.fields.isEmpty { out += table(rows) }
        let methods = c.methods.keys.sorted()
        if !methods.isEmpty { out += "  methods: " + methods.joined(separator: ", ") + "\n" }
        return out
    }
}
