// CfyPrinterStmt: statements, functions and classes as `.cfy` text — braces for blocks, four
// spaces per level, `pass` in an empty block. What cfy cannot run (an `.unsupported` statement)
// is a PrintError at its line.

extension CfyPrinter {
    /// `stmts` at `depth` levels of indentation, one line (or block) each, each ending in "\n".
    func block(_ stmts: [Stmt], _ depth: Int) throws -> String {
        // A docstring is a `pass` to the parser: left out beside other statements.
        let body = stmts.filter { if case .pass = $0 { return false }; return true }
        if body.isEmpty { return indent(depth) + "pass\n" }
        let lines = try body.map { try stmt($0, depth) }
        // Only comments (left-out calls): the block still needs a statement.
        let onlyComments = lines.allSatisfy { $0.drop(while: { $0 == " " }).hasPrefix("#") }
        return lines.joined() + (onlyComments ? indent(depth) + "pass\n" : "")
    }

    func indent(_ depth: Int) -> String { String(repeating: "    ", count: depth) }

    /// A condition or iterable before `{`: a dict display there would read as the block.
    private func head(_ e: Expr) throws -> String {
        let t = try expr(e, Prec.ternary)
        return t.hasPrefix("{") ? "(" + t + ")" : t
    }

    func stmt(_ s: Stmt, _ depth: Int) throws -> String {
        let pad = indent(depth)
        switch s {
        case .expr(let e, _):
            if depth > 0, let comment = leftOutOpaqueCall(e, depth) { return comment }
            return pad + (try expr(e)) + "\n"
        case .assign(let targets, let value, _):
            return pad + (try targets.map { try target($0) + " = " }.joined()) + (try expr(value)) + "\n"
        case .augAssign(let t, let op, let value, _):
            return pad + (try target(t)) + " \(op.rawValue)= " + (try expr(value)) + "\n"
        case .def(let f): return try function(f, depth)
        case .classDecl(let c): return try classDecl(c, depth)
        case .if(let branches, let elseBody, _):
            var out = ""
            for (i, b) in branches.enumerated() {
                out += (i == 0 ? pad + "if " : " elif ") + (try head(b.cond)) + " {\n" + (try block(b.body, depth + 1)) + pad + "}"
            }
            if let elseBody { out += " else {\n" + (try block(elseBody, depth + 1)) + pad + "}" }
            return out + "\n"
        case .for(let t, let iter, let body, _):
            return pad + "for " + (try target(t)) + " in " + (try head(iter)) + " {\n" + (try block(body, depth + 1)) + pad + "}\n"
        case .while(let c, let body, _):
            return pad + "while " + (try head(c)) + " {\n" + (try block(body, depth + 1)) + pad + "}\n"
        case .break: return pad + "break\n"
        case .continue: return pad + "continue\n"
        case .pass: return pad + "pass\n"
        case .return(let e, _): return pad + "return" + (try e.map { " " + (try expr($0)) } ?? "") + "\n"
        case .assert(let c, let message, _):
            return pad + "assert " + (try expr(c, Prec.ternary)) + (try message.map { ", " + (try expr($0, Prec.ternary)) } ?? "") + "\n"
        case .global(let names, _): return pad + "global " + names.joined(separator: ", ") + "\n"
        case .nonlocal(let names, _): return pad + "nonlocal " + names.joined(separator: ", ") + "\n"
        case .import(let module, let alias, _): return pad + "import " + module + (alias.map { " as " + $0 } ?? "") + "\n"
        case .fromImport(let module, let names, _):
            return pad + "from \(module) import " + names.map { $0.name + ($0.alias.map { " as " + $0 } ?? "") }.joined(separator: ", ") + "\n"
        case .unsupported(let message, let l): throw PrintError(message: message, loc: l)
        case .raise(let e, let cause, _):
            return pad + "raise" + (try e.map { " " + (try expr($0, Prec.ternary)) } ?? "")
                + (try cause.map { " from " + (try expr($0, Prec.ternary)) } ?? "") + "\n"
        case .try(let t):
            var out = pad + "try {\n" + (try block(t.body, depth + 1)) + pad + "}"
            for h in t.handlers {
                out += " except" + (try h.type.map { " " + (try head($0)) } ?? "") + (h.name.map { " as " + $0 } ?? "")
                    + " {\n" + (try within([h.name].compactMap { $0 }).block(h.body, depth + 1)) + pad + "}"
            }
            if let e = t.orElse { out += " else {\n" + (try block(e, depth + 1)) + pad + "}" }
            if let f = t.finally { out += " finally {\n" + (try block(f, depth + 1)) + pad + "}" }
            return out + "\n"
        case .del(_, let l): throw PrintError(message: "`del` has no .cfy spelling", loc: l)
        case .with(_, _, let l): throw PrintError(message: "`with` has no .cfy spelling", loc: l)
        }
    }

    /// A `def`: its body with its own local names (Python's rule: Resolve/LocalNames.swift).
    func function(_ f: FunctionDecl, _ depth: Int) throws -> String {
        let names = LocalNames(params: f.params, body: f.body)
        var inner = within(names.bound.filter { !names.globals.contains($0) })
        inner.locals.subtract(names.globals)
        return indent(depth) + "def " + (try identifier(f.name, f.loc)) + "(" + (try parameters(f.params)) + ") {\n"
            + (try inner.block(f.body, depth + 1)) + indent(depth) + "}\n"
    }

    func classDecl(_ c: ClassDecl, _ depth: Int) throws -> String {
        if let (why, loc) = c.notRunnable {
            throw PrintError(message: "the class '\(c.name)' is one cfy does not run (\(why))", loc: loc)
        }
        if c.frozen { throw PrintError(message: "`@dataclass(frozen=True)` has no .cfy spelling", loc: c.loc) }
        for case .field(let name, _, _, let loc) in c.members {
            if let o = c.fieldOptions[name], o != FieldOptions() {
                throw PrintError(message: "`field(repr=..., init=..., kw_only=..., compare=...)` of '\(name)' has no .cfy spelling", loc: loc)
            }
        }
        for case .method(let f) in c.members {
            if let d = f.decorator { throw PrintError(message: "`@\(d.rawValue)` has no .cfy spelling", loc: f.loc) }
        }
        let bases = try c.bases.map { try expr($0, Prec.ternary) }
        var out = indent(depth) + "class " + c.name + (bases.isEmpty ? "" : "(" + bases.joined(separator: ", ") + ")") + " {\n"
        var members = 0
        for m in c.members {
            switch m {
            case .field(let name, let type, let defaultValue, _):
                out += indent(depth + 1) + name + ": " + (try typeText(type)) + (try defaultValue.map { " = " + (try expr(fieldDefault($0))) } ?? "") + "\n"
            case .assign(let name, let value, _):
                if c.python, hooks.dropsClassAssign(bases, name) { continue }
                out += indent(depth + 1) + name + " = " + (try expr(value)) + "\n"
            case .method(let f):
                out += try function(f, depth + 1)
            }
            members += 1
        }
        if members == 0 { out += indent(depth + 1) + "pass\n" }
        return out + indent(depth) + "}\n"
    }

    /// A Python field default as cfy writes it: `field(default_factory=list)` (the parser's
    /// `list()`) is `[]`, `dict()` is `{}`, and `default_factory=lambda: [1, 2]` is `[1, 2]` when
    /// the lambda returns a display of literals (every cfy instance gets its own copy of a default).
    func fieldDefault(_ e: Expr) -> Expr {
        guard case .call(let f, let args, let l) = e, args.isEmpty else { return e }
        switch f {
        case .name("list", _) where hooks.isBuiltin("list"): return .list([], l)
        case .name("dict", _) where hooks.isBuiltin("dict"): return .dict([], l)
        case .lambda(let ps, let body, _) where ps.isEmpty && Self.isConstant(body): return body
        default: return e
        }
    }

    /// A literal, or a list, tuple or dict display of constants.
    static func isConstant(_ e: Expr) -> Bool {
        switch e {
        case .literal: return true
        case .unary(.neg, let x, _): return isConstant(x)
        case .list(let xs, _), .tuple(let xs, _): return xs.allSatisfy(isConstant)
        case .dict(let ps, _): return ps.allSatisfy { isConstant($0.key) && isConstant($0.value) }
        default: return false
        }
    }

    /// A field type; a class name goes through the name hook (it may come from another module).
    func typeText(_ t: TypeExpr) throws -> String {
        switch t {
        case .name(let n, let l):
            return ["int", "float", "str", "bool", "list", "dict", "tuple", "any"].contains(n) ? n : try hooks.name(n, l)
        case .generic(let n, let args, _): return n + "[" + (try args.map { try typeText($0) }.joined(separator: ", ")) + "]"
        }
    }
}
