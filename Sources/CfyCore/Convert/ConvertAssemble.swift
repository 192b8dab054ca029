// ConvertAssemble: the `.cfy` file from the printed units — a header, the stdlib imports cfy
// keeps, the definitions inlined from the project's modules (each module's before the modules
// that use it, in source order), then the file's own definitions in source order. What is left
// out is named in the header; a name two inlined modules define differently is an error.

extension Converter {
    func assemble(_ main: ConvertModule) throws -> String {
        var kept: [Int] = []
        var dropped: [String] = []
        var guardDropped = false
        for (i, u) in main.units.enumerated() where !u.isImport {
            if u.isMainGuard { guardDropped = true; continue }
            if u.problem == nil { kept.append(i); continue }
            dropped += u.defines
            if let p = u.problem { leftOut.append(p) }
        }
        // get_params() is what curifactory calls: it must convert.
        if let gp = main.definers["get_params"]?.last, let p = main.units[gp].problem { throw p }
        var needed: Set<ConvertRef> = []
        var todo = kept.map { ConvertRef(module: 0, unit: $0) }
        // A name the file imports from the project is one of its globals (an imported
        // get_params(), or a set): kept like the file's own definitions.
        for (name, b) in main.bindings.sorted(by: { $0.key < $1.key }) where main.definers[name] == nil {
            guard case .local(let other, let x) = b else { continue }
            let refs = definingUnits(other, x)
            if let p = refs.lazy.compactMap({ self.modules[$0.module].units[$0.unit].problem }).first {
                if name == "get_params" { throw p }
                dropped.append(name)
                leftOut.append(p)
            } else {
                todo += refs
            }
        }
        while let r = todo.popLast() {
            guard needed.insert(r).inserted else { continue }
            let u = modules[r.module].units[r.unit]
            if let p = u.problem { throw p }
            todo += u.deps
        }
        let order = moduleOrder(needed)
        var owner: [String: (module: Int, loc: Loc)] = [:]
        var imports: [String] = []
        var body = ""
        for mi in order + [0] {
            let m = modules[mi]
            var chunk = ""
            for (i, u) in m.units.enumerated() where needed.contains(ConvertRef(module: mi, unit: i)) {
                for n in u.defines {
                    if let o = owner[n], o.module != mi {
                        throw Diagnostic("cannot convert: '\(n)' is defined both here and in \(modules[o.module].source.name) "
                                         + "(line \(o.loc.line)); a .cfy file has one namespace, rename one of them",
                                         at: u.loc, in: m.source, kind: .exportError)
                    }
                    owner[n] = (mi, u.loc)
                }
                for line in u.importLines where !imports.contains(line) { imports.append(line) }
                guard let text = u.text, text != "pass\n" else { continue }
                if !chunk.isEmpty, text.contains("\n") && (text.hasPrefix("def ") || text.hasPrefix("class ") || chunk.hasSuffix("}\n")) {
                    chunk += "\n"
                }
                chunk += text
            }
            if chunk.isEmpty { continue }
            if !body.isEmpty { body += "\n" }
            if mi != 0 { body += "# from \(m.source.name)\n" }
            body += chunk
        }
        var header = "# Converted from \(main.source.name) by `cfy convert`: the same args sets, the same hashes.\n"
        let out = dropped.filter { !$0.isEmpty }
        if !out.isEmpty || guardDropped {
            var parts: [String] = []
            if !out.isEmpty { parts.append(out.joined(separator: ", ")) }
            if guardDropped { parts.append("the `if __name__ == \"__main__\":` block") }
            header += "# Left out (they use modules or syntax cfy does not run, and the sets do not need them): "
                + parts.joined(separator: "; ") + "\n"
        }
        // An inlined definition that reads a builtin must not find the file's own definition
        // of that name instead (a .cfy file has one namespace).
        for r in needed where r.module != 0 {
            let u = modules[r.module].units[r.unit]
            for n in u.builtins.sorted() {
                if let o = owner[n], o.module != r.module {
                    throw Diagnostic("cannot convert: '\(n)' in \(modules[r.module].source.name) (line \(u.loc.line)) is the "
                                     + "builtin, but this file defines its own '\(n)'; a .cfy file has one namespace, rename it",
                                     at: o.loc, in: modules[o.module].source, kind: .exportError)
                }
            }
        }
        let importText = imports.isEmpty ? "" : Self.grouped(imports).joined(separator: "\n") + "\n"
        return header + (importText.isEmpty ? "" : "\n" + importText) + "\n" + body
    }

    /// The units that define `name` in `m`, following re-exports (`from .a import name`).
    func definingUnits(_ m: ConvertModule, _ name: String) -> [ConvertRef] {
        if let ds = m.definers[name] { return ds.map { ConvertRef(module: m.index, unit: $0) } }
        if case .local(let other, let x)? = m.bindings[name], other !== m { return definingUnits(other, x) }
        return []
    }

    /// Import lines sorted, `from m import a` and `from m import b` as `from m import a, b`.
    static func grouped(_ lines: [String]) -> [String] {
        var plain: [String] = []
        var from: [String: [String]] = [:]
        for line in lines {
            let words = line.split(separator: " ", maxSplits: 3).map(String.init)
            if words.count == 4, words[0] == "from", words[2] == "import" {
                from[words[1], default: []].append(words[3])
            } else {
                plain.append(line)
            }
        }
        return plain.sorted() + from.keys.sorted().map { "from \($0) import " + from[$0, default: []].sorted().joined(separator: ", ") }
    }

    /// The modules (other than the main one) whose units are needed, each after those it needs.
    func moduleOrder(_ needed: Set<ConvertRef>) -> [Int] {
        var edges: [Int: Set<Int>] = [:]
        for r in needed {
            for d in modules[r.module].units[r.unit].deps where d.module != r.module { edges[r.module, default: []].insert(d.module) }
        }
        var order: [Int] = []
        var visiting: Set<Int> = []
        func visit(_ m: Int) {
            guard !order.contains(m), visiting.insert(m).inserted else { return }
            for d in (edges[m] ?? []).sorted() { visit(d) }
            if m != 0 { order.append(m) }
        }
        visit(0)
        for m in Set(needed.map(\.module)).sorted() { visit(m) }
        return order
    }
}
