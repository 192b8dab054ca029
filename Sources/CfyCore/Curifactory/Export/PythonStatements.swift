// PythonStatements: cfy statements as indented Python lines (the statement half of PythonPrinter).

extension PythonPrinter {
    /// The lines of a block at `level` (4 spaces each); an empty block is `pass`.
    mutating func block(_ body: [Stmt], level: Int) -> [String] {
        var out: [String] = []
        for s in body { out += statement(s, level: level) }
        return out.isEmpty ? [pad(level) + "pass"] : out
    }

    /// `def name(params):` and its body, at `level`.
    mutating func def(_ name: String, _ params: [Param], _ body: [Stmt], level: Int, defaults: [String?]? = nil) -> [String] {
        let ps: String
        if let defaults {
            ps = Param.join(params, zip(params, defaults).map { p, d in
                switch p.kind {
                case .star: return "*" + p.name
                case .doubleStar: return "**" + p.name
                case .normal: return p.name + (d.map { "=" + $0 } ?? "")
                }
            })
        } else {
            ps = parameters(params)
        }
        return [pad(level) + "def \(name)(\(ps)):"] + block(body, level: level + 1)
    }

    func pad(_ level: Int) -> String { String(repeating: "    ", count: level) }

    mutating func statement(_ s: Stmt, level: Int) -> [String] {
        let p = pad(level)
        switch s {
        case .expr(let e, _): return [p + expr(e)]
        case .assign(let targets, let e, _):
            return [p + targets.map { target($0, bare: true) }.joined(separator: " = ") + " = " + expr(e)]
        case .augAssign(let t, let op, let e, _):
            return [p + target(t) + " " + op.rawValue + "= " + expr(e)]
        case .def(let d):
            return self.def(d.name, d.params, d.body, level: level)
        case .classDecl(let c):
            problems.append(("the class '\(c.name)' is defined inside a function; define it at the top level to export it", c.loc))
            return [p + "pass"]
        case .if(let branches, let elseBody, _):
            var out: [String] = []
            for (i, b) in branches.enumerated() {
                out.append(p + (i == 0 ? "if " : "elif ") + expr(b.cond) + ":")
                out += block(b.body, level: level + 1)
            }
            if let e = elseBody {
                out.append(p + "else:")
                out += block(e, level: level + 1)
            }
            return out
        case .for(let t, let iter, let body, _):
            return [p + "for " + target(t, bare: true) + " in " + expr(iter) + ":"] + block(body, level: level + 1)
        case .while(let cond, let body, _):
            return [p + "while " + expr(cond) + ":"] + block(body, level: level + 1)
        case .break: return [p + "break"]
        case .continue: return [p + "continue"]
        case .pass: return [p + "pass"]
        case .return(let e, _): return [p + "return" + (e.map { " " + expr($0) } ?? "")]
        case .assert(let c, let msg, _):
            return [p + "assert " + expr(c) + (msg.map { ", " + expr($0) } ?? "")]
        case .global(let names, _): return [p + "global " + names.joined(separator: ", ")]
        case .nonlocal(let names, _): return [p + "nonlocal " + names.joined(separator: ", ")]
        case .raise(let e, let cause, _):
            return [p + "raise" + (e.map { " " + expr($0) } ?? "") + (cause.map { " from " + expr($0) } ?? "")]
        case .try(let t):
            var out = [p + "try:"] + block(t.body, level: level + 1)
            for h in t.handlers {
                out.append(p + "except" + (h.type.map { " " + expr($0) } ?? "") + (h.name.map { " as " + $0 } ?? "") + ":")
                out += block(h.body, level: level + 1)
            }
            if let e = t.orElse { out.append(p + "else:"); out += block(e, level: level + 1) }
            if let f = t.finally { out.append(p + "finally:"); out += block(f, level: level + 1) }
            return out
        case .del(let ts, _): return [p + "del " + ts.map { target($0, bare: true) }.joined(separator: ", ")]
        case .with(_, _, let loc):
            problems.append(("a `with` statement cannot be exported", loc))
            return [p + "pass"]
        case .unsupported(let message, let loc):
            problems.append((message, loc))
            return [p + "pass"]
        case .import(let m, _, let loc), .fromImport(let m, _, let loc):
            problems.append(("'import \(m)' inside a function cannot be exported (cfy modules are not Python modules)", loc))
            return [p + "pass"]
        }
    }
}
