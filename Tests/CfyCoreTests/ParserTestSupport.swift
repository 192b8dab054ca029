// Helpers of the parser suites (Parser*Tests.swift): the tree printed as S-expressions, parse
// shortcuts and a seeded random generator.

import Testing
@testable import CfyCore

// MARK: - a debug printer: the tree as S-expressions

func show(_ e: Expr) -> String {
    switch e {
    case .literal(let l, _):
        switch l {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return "\(i)"
        case .bigint(let b): return (b.negative ? "-" : "") + b.magnitudeDigits()
        case .float(let d): return "\(d)"
        case .str(let s): return s.debugDescription
        }
    case .name(let n, _): return n
    case .fstring(let parts, _): return "(f " + show(parts) + ")"
    case .list(let xs, _): return "[" + xs.map(show).joined(separator: " ") + "]"
    case .tuple(let xs, _): return "(tuple" + xs.map { " " + show($0) }.joined() + ")"
    case .dict(let ps, _): return "{" + ps.map { show($0.key) + ": " + show($0.value) }.joined(separator: ", ") + "}"
    case .unary(let op, let x, _): return "(\(op.rawValue) \(show(x)))"
    case .binary(let op, let a, let b, _): return "(\(op.rawValue) \(show(a)) \(show(b)))"
    case .compare(let a, let ops, _): return "(cmp \(show(a))" + ops.map { " \($0.op.rawValue) \(show($0.rhs))" }.joined() + ")"
    case .and(let a, let b, _): return "(and \(show(a)) \(show(b)))"
    case .or(let a, let b, _): return "(or \(show(a)) \(show(b)))"
    case .ternary(let c, let t, let f, _): return "(if \(show(c)) \(show(t)) \(show(f)))"
    case .attribute(let o, let n, _): return "(. \(show(o)) \(n))"
    case .index(let o, let i, _): return "(idx \(show(o)) \(show(i)))"
    case .slice(let a, let b, let c, _):
        return "(slice \(a.map(show) ?? "_") \(b.map(show) ?? "_") \(c.map(show) ?? "_"))"
    case .call(let f, let args, _): return "(call \(show(f))" + args.map { " " + show($0) }.joined() + ")"
    case .lambda(let ps, let body, _): return "(lambda (\(show(ps))) \(show(body)))"
    case .listComp(let x, let cs, _): return "(listcomp \(show(x))" + cs.map { " " + show($0) }.joined() + ")"
    case .genExpr(let x, let cs, _): return "(genexpr \(show(x))" + cs.map { " " + show($0) }.joined() + ")"
    case .dictComp(let k, let v, let cs, _):
        return "(dictcomp \(show(k)) \(show(v))" + cs.map { " " + show($0) }.joined() + ")"
    case .walrus(let n, let v, _): return "(:= \(n) \(show(v)))"
    case .starred(let x, _): return "*" + show(x)
    case .dictUnpack(let items, _):
        return "{" + items.map { item in
            switch item {
            case .pair(let k, let v): return show(k) + ": " + show(v)
            case .unpack(let m, _): return "**" + show(m)
            }
        }.joined(separator: ", ") + "}"
    case .set(let xs, _): return "(set" + xs.map { " " + show($0) }.joined() + ")"
    case .setComp(let x, let cs, _): return "(setcomp \(show(x))" + cs.map { " " + show($0) }.joined() + ")"
    }
}

func show(_ parts: [FStringPart]) -> String {
    parts.map { p in
        switch p {
        case .text(let s): return s.debugDescription
        case .expr(let e, let conv, let spec, let dbg):
            return "{" + (dbg.map { "\($0.debugDescription) " } ?? "") + show(e)
                + (conv.map { "!\($0)" } ?? "") + (spec.map { ":" + show($0) } ?? "") + "}"
        }
    }.joined(separator: " ")
}

func show(_ a: Argument) -> String {
    switch a {
    case .positional(let e): return show(e)
    case .keyword(let k, let e, _): return "\(k)=\(show(e))"
    case .star(let e): return "*\(show(e))"
    case .doubleStar(let e): return "**\(show(e))"
    }
}

func show(_ ps: [Param]) -> String {
    ps.map { p in
        let star = p.kind == .star ? "*" : p.kind == .doubleStar ? "**" : ""
        return star + p.name + (p.defaultValue.map { "=" + show($0) } ?? "")
    }.joined(separator: " ")
}

func show(_ c: CompClause) -> String {
    switch c {
    case .for(let t, let e): return "(for \(show(t)) \(show(e)))"
    case .if(let e): return "(if \(show(e)))"
    }
}

func show(_ t: Target) -> String {
    switch t {
    case .name(let n, _): return n
    case .attribute(let o, let n, _): return "(. \(show(o)) \(n))"
    case .index(let o, let i, _): return "(idx \(show(o)) \(show(i)))"
    case .tuple(let ts, _): return "(tuple" + ts.map { " " + show($0) }.joined() + ")"
    case .starred(let x, _): return "*" + show(x)
    }
}

func show(_ t: TypeExpr) -> String {
    switch t {
    case .name(let n, _): return n
    case .generic(let n, let args, _): return n + "[" + args.map(show).joined(separator: ", ") + "]"
    }
}

func show(_ body: [Stmt]) -> String { "[" + body.map(show).joined(separator: "; ") + "]" }

func show(_ f: FunctionDecl) -> String { "(def \(f.name) (\(show(f.params))) \(show(f.body)))" }

func show(_ s: Stmt) -> String {
    switch s {
    case .expr(let e, _): return show(e)
    case .assign(let ts, let v, _): return "(=" + ts.map { " " + show($0) }.joined() + " \(show(v)))"
    case .augAssign(let t, let op, let v, _): return "(\(op.rawValue)= \(show(t)) \(show(v)))"
    case .def(let f): return show(f)
    case .classDecl(let c):
        let members = c.members.map { m -> String in
            switch m {
            case .field(let n, let t, let d, _): return "(field \(n) \(show(t))" + (d.map { " " + show($0) } ?? "") + ")"
            case .assign(let n, let v, _): return "(set \(n) \(show(v)))"
            case .method(let f): return show(f)
            }
        }
        let opaque = c.notRunnable.map { " (not runnable \($0.loc.line):\($0.loc.col) \($0.message))" } ?? ""
        return "(class \(c.name) (\(c.bases.map(show).joined(separator: " "))) [\(members.joined(separator: "; "))]\(opaque))"
    case .if(let branches, let els, _):
        return "(if" + branches.map { " \(show($0.cond)) \(show($0.body))" }.joined()
            + (els.map { " else \(show($0))" } ?? "") + ")"
    case .for(let t, let e, let body, _): return "(for \(show(t)) \(show(e)) \(show(body)))"
    case .while(let c, let body, _): return "(while \(show(c)) \(show(body)))"
    case .break: return "break"
    case .continue: return "continue"
    case .pass: return "pass"
    case .return(let e, _): return e.map { "(return \(show($0)))" } ?? "(return)"
    case .assert(let c, let m, _): return "(assert \(show(c))" + (m.map { " " + show($0) } ?? "") + ")"
    case .global(let ns, _): return "(global \(ns.joined(separator: " ")))"
    case .nonlocal(let ns, _): return "(nonlocal \(ns.joined(separator: " ")))"
    case .import(let m, let a, _): return "(import \(m)" + (a.map { " as \($0)" } ?? "") + ")"
    case .fromImport(let m, let names, _):
        return "(from \(m)" + names.map { " " + $0.name + ($0.alias.map { " as \($0)" } ?? "") }.joined() + ")"
    case .raise(let e, let c, _):
        return "(raise" + (e.map { " " + show($0) } ?? "") + (c.map { " from " + show($0) } ?? "") + ")"
    case .try(let t):
        let handlers = t.handlers.map { h in
            " (except" + (h.type.map { " " + show($0) } ?? "") + (h.name.map { " as " + $0 } ?? "") + " " + show(h.body) + ")"
        }
        return "(try \(show(t.body))" + handlers.joined() + (t.orElse.map { " else " + show($0) } ?? "")
            + (t.finally.map { " finally " + show($0) } ?? "") + ")"
    case .del(let ts, _): return "(del" + ts.map { " " + show($0) }.joined() + ")"
    case .with(let items, let body, _):
        return "(with" + items.map { " " + show($0.context) + ($0.target.map { " as " + show($0) } ?? "") }.joined()
            + " \(show(body)))"
    case .unsupported(let message, let loc): return "(unsupported \(loc) \(message))"
    }
}

// MARK: - helpers

/// The program printed one statement per line, or `L:C: message`.
func p(_ text: String) -> String {
    switch Parser.parse(Source(name: "t", text: text)) {
    case .success(let prog): return prog.statements.map(show).joined(separator: "\n")
    case .failure(let d): return "\(d.loc): \(d.message)"
    }
}

func program(_ text: String) -> Program? {
    if case .success(let prog) = Parser.parse(Source(name: "t", text: text)) { return prog }
    return nil
}

func firstExpr(_ text: String) -> Expr? {
    if case .expr(let x, _)? = program(text)?.statements.first { return x }
    return nil
}

func interactive(_ text: String) -> String {
    switch Parser.parseInteractive(Source(name: "<stdin>", text: text)) {
    case .complete(let prog): return "complete \(prog.statements.count)"
    case .incomplete: return "incomplete"
    case .failure(let d): return "failure \(d.loc): \(d.message)"
    }
}

/// Deterministic xorshift generator, so failures reproduce.
struct XorShift: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
