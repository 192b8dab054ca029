// Interpreter: executes statements. Expressions are in Eval.swift, calls in Calls.swift.

import Foundation

/// What a statement did to control flow.
enum Flow { case normal, breakLoop, continueLoop, returned(Value) }

/// Runs cfy code. One interpreter per session; modules share it.
///
/// ```swift
/// let interp = Interpreter()
/// interp.output = { print($0, terminator: "") }
/// try interp.run(Parser.parse(source).get(), source: source, in: interp.globals)
/// ```
public final class Interpreter: @unchecked Sendable {
    /// Receives everything `print` writes.
    public var output: (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }
    /// Receives warnings (int given to a float field, unstable hashes, ...).
    public var warn: (Diagnostic) -> Void = { _ in }
    /// `--overwrite`: every args set built gets `overwrite=True`.
    public var overwriteAll = false
    /// Python's recursion limit.
    public var maxDepth = 1000
    /// Optional cap on executed steps (for fuzzing); nil = unlimited.
    public var stepLimit: Int?

    public let globals = Environment()
    let builtins: [String: Value]
    var source: Source?
    var depth = 0
    var steps = 0
    var modules: [String: Module] = [:]
    var loading: [String] = []
    /// Warnings already reported (each place and message once).
    var warned = Set<String>()
    let argsBase: ClassInfo

    public init() {
        argsBase = makeExperimentArgs()
        var b: [String: Value] = [:]
        registerBuiltins(&b)
        b["ExperimentArgs"] = .cls(argsBase)
        b["ExperimentParameters"] = .cls(makeExperimentArgs(.experimentParameters))
        builtins = b
    }

    /// Names of builtins (for completion and did-you-mean).
    public var builtinNames: [String] { Array(builtins.keys) }

    // MARK: errors

    func fail(_ message: String, _ loc: Loc, _ kind: String = "Error") -> Diagnostic {
        Diagnostic(message, at: loc, in: source, kind: kind)
    }

    func warning(_ message: String, _ loc: Loc) {
        guard warned.insert("\(source?.name ?? ""):\(loc):\(message)").inserted else { return }
        warn(Diagnostic(message, at: loc, in: source, kind: "Warning", severity: .warning))
    }

    /// Polls Ctrl-C and the step limit; called on every loop iteration and call.
    @inline(__always)
    func tick(_ loc: Loc) throws {
        steps &+= 1
        if steps & 0xFF == 0 {
            if interruptFlag.load(ordering: .relaxed) {
                clearInterrupt()
                throw fail("KeyboardInterrupt", loc, "KeyboardInterrupt")
            }
            if let lim = stepLimit, steps > lim { throw fail("step limit of \(lim) exceeded", loc, "StepLimit") }
            if stackExhausted { throw fail("maximum recursion depth exceeded (a value is nested too deeply)", loc, "RecursionError") }
        }
    }

    // MARK: running

    /// Runs one top-level statement of `source` in `env`.
    public func run(_ stmt: Stmt, source: Source, in env: Environment) throws -> Value? {
        self.source = source
        depth = 0
        stackLowWater = StackGuard.currentLimit() ?? 0
        stackExhausted = false
        defer { stackLowWater = 0 }
        let v: Value?
        do { v = try runStatement(stmt, env) } catch var d as Diagnostic {
            if d.loc.line == 0 { d.loc = stmt.loc; d.source = d.source ?? source }   // e.g. repr too deep
            throw d
        }
        if stackExhausted { throw fail("maximum recursion depth exceeded (a value is nested too deeply)", stmt.loc, "RecursionError") }
        return v
    }

    private func runStatement(_ stmt: Stmt, _ env: Environment) throws -> Value? {
        if case .expr(let e, _) = stmt { return try eval(e, env) }
        switch try exec(stmt, env) {
        case .normal: return nil
        case .breakLoop, .continueLoop: throw fail("'break' or 'continue' outside loop", stmt.loc, "SyntaxError")
        case .returned: throw fail("'return' outside function", stmt.loc, "SyntaxError")
        }
    }

    func execBlock(_ body: [Stmt], _ env: Environment) throws -> Flow {
        for s in body {
            let f = try exec(s, env)
            if case .normal = f { continue }
            return f
        }
        return .normal
    }

    func exec(_ stmt: Stmt, _ env: Environment) throws -> Flow {
        switch stmt {
        case .expr(let e, _):
            _ = try eval(e, env)
        case .assign(let targets, let e, _):
            let v = try eval(e, env)
            for t in targets { try assign(t, v, env) }
        case .augAssign(let t, let op, let e, let loc):
            let rhs = try eval(e, env)
            let cur = try eval(targetExpr(t), env)
            try assign(t, try binary(op, cur, rhs, loc), env)
        case .def(let d):
            env.assign(d.name, .function(try makeFunction(d.name, d.params, .block(d.body), env, d.loc)))
        case .classDecl(let c):
            env.assign(c.name, .cls(try defineClass(c, env)))
        case .if(let branches, let elseBody, _):
            for b in branches where try eval(b.cond, env).truthy { return try execBlock(b.body, env) }
            if let e = elseBody { return try execBlock(e, env) }
        case .for(let target, let iter, let body, let loc):
            let seq = try eval(iter, env)
            var result = Flow.normal
            try iterate(seq, loc) { item in
                try self.tick(loc)
                try self.assign(target, item, env)
                switch try self.execBlock(body, env) {
                case .breakLoop: return false
                case .returned(let v): result = .returned(v); return false
                case .normal, .continueLoop: return true
                }
            }
            return result
        case .while(let cond, let body, let loc):
            while try eval(cond, env).truthy {
                try tick(loc)
                switch try execBlock(body, env) {
                case .breakLoop: return .normal
                case .returned(let v): return .returned(v)
                case .normal, .continueLoop: continue
                }
            }
        case .break: return .breakLoop
        case .continue: return .continueLoop
        case .pass: break
        case .return(let e, _):
            return .returned(try e.map { try eval($0, env) } ?? .none)
        case .assert(let cond, let msg, let loc):
            if !(try eval(cond, env).truthy) {
                let text = try msg.map { try str(eval($0, env)) }
                throw fail(text.map { "assertion failed: \($0)" } ?? "assertion failed", loc, "AssertionError")
            }
        case .global(let names, _):
            env.globalNames.formUnion(names)
        case .nonlocal(let names, let loc):
            if env.parent == nil { throw fail("nonlocal declaration not allowed at module level", loc, "SyntaxError") }
            env.nonlocalNames.formUnion(names)
        case .import(let name, let alias, let loc):
            let m = try importModule(name, loc)
            env.assign(alias ?? name, .module(m))
        case .fromImport(let name, let names, let loc):
            let m = try importModule(name, loc)
            for (n, alias) in names {
                guard let v = m.env.vars[n] else {
                    throw fail("cannot import name '\(n)' from '\(name)'" + didYouMean(n, m.env.vars.keys), loc, "ImportError")
                }
                env.assign(alias ?? n, v)
            }
        }
        return .normal
    }

    /// The expression that reads what target `t` holds (for `+=`).
    func targetExpr(_ t: Target) -> Expr {
        switch t {
        case .name(let n, let l): return .name(n, l)
        case .attribute(let b, let n, let l): return .attribute(b, n, l)
        case .index(let b, let i, let l): return .index(b, i, l)
        case .tuple(let ts, let l): return .tuple(ts.map(targetExpr), l)
        }
    }

    // MARK: assignment

    func assign(_ t: Target, _ v: Value, _ env: Environment) throws {
        switch t {
        case .name(let n, _):
            env.assign(n, v)
        case .tuple(let ts, let loc):
            let items = try unpack(v, count: ts.count, loc)
            for (t, x) in zip(ts, items) { try assign(t, x, env) }
        case .attribute(let base, let name, let loc):
            try mutate(base, env) { obj in try self.setAttr(&obj, name, v, loc) }
        case .index(let base, let idx, let loc):
            let key = try eval(idx, env)
            try mutate(base, env) { obj in try self.setItem(&obj, key, v, loc) }
        }
    }

    func unpack(_ v: Value, count: Int, _ loc: Loc) throws -> [Value] {
        var items: [Value] = []
        try iterate(v, loc) { items.append($0); return items.count <= count }
        if items.count != count {
            throw fail(items.count > count ? "too many values to unpack (expected \(count))"
                                           : "not enough values to unpack (expected \(count), got \(items.count))",
                       loc, "ValueError")
        }
        return items
    }

    /// Applies `f` in place to the storage `e` denotes (a variable, a field, an item), so
    /// `x.data.path = "y"` and `xs.append(1)` change `x` and `xs` themselves.
    func mutate(_ e: Expr, _ env: Environment, _ f: (inout Value) throws -> Void) throws {
        switch e {
        case .name(let n, let loc):
            var scope: Environment? = env
            while let s = scope {
                if var v = s.vars.removeValue(forKey: n) {
                    defer { s.vars[n] = v }
                    try f(&v)
                    return
                }
                scope = s.parent
            }
            if builtins[n] != nil { throw fail("cannot modify builtin '\(n)'", loc, "TypeError") }
            throw undefinedName(n, loc, env)
        case .attribute(let base, let name, let loc):
            try mutate(base, env) { obj in try self.modifyAttr(&obj, name, loc, f) }
        case .index(let base, let idx, let loc):
            let key = try eval(idx, env)
            try mutate(base, env) { obj in try self.modifyItem(&obj, key, loc, f) }
        default:
            var tmp = try eval(e, env)
            try f(&tmp)
        }
    }

    func undefinedName(_ n: String, _ loc: Loc, _ env: Environment) -> Diagnostic {
        fail("name '\(n)' is not defined" + didYouMean(n, env.visibleNames + builtins.keys), loc, "NameError")
    }
}
