// Interpreter: the state of a run (globals, builtins, modules, limits, warnings) and the entry
// that compiles one top-level statement and executes it. The compiled nodes (Compile/) evaluate
// themselves against it; calls are in Calls.swift, attributes in Access.swift.

import Foundation

/// Runs cfy code. One interpreter per session; modules share it.
///
/// Programs use it through `Session`, which adds the REPL's conventions:
///
/// ```swift
/// let interp = Interpreter()
/// interp.output = { print($0, terminator: "") }
/// let source = Source(name: "<stdin>", text: "print(1 + 1)\n")
/// if case .success(let program) = Parser.parse(source) {
///     for stmt in program.statements { _ = try interp.run(stmt, source: source, in: interp.globals) }
/// }
/// ```
public final class Interpreter: @unchecked Sendable {
    /// Receives everything `print` writes.
    public var output: (String) -> Void = { standardOutput.write($0) }
    /// Why output can no longer be written (stdout closed, full, a broken pipe), or nil: `print`
    /// then stops the program with an OSError instead of running on with nowhere to print.
    public var outputError: () -> String? = { nil }
    /// Receives warnings (int given to a float field, unstable hashes, ...).
    public var warn: (Diagnostic) -> Void = { _ in }
    /// Fixed for the whole run (`--overwrite`).
    public let options: RunOptions
    /// With `options.fields`: the field names of the args sets built so far, and those set.
    public internal(set) var builtFields = Set<String>(), overriddenFields = Set<String>()
    /// Python's recursion limit.
    public var maxDepth = 1000
    /// Optional cap on executed steps (for fuzzing); nil = unlimited.
    public var stepLimit: Int?
    /// The memory guard: no string, list, tuple, dict or repr may grow past this many elements
    /// (characters for strings), so a runaway value is a MemoryError, not the OOM killer.
    public var maxElements: Int64 = 100_000_000
    /// Digests of short hash messages, remembered across `args_hash()` calls (nil: off).
    public var digestCache: DigestCache? = DigestCache()

    public let globals = Environment()
    let builtins: [String: Value]
    var source: Source?
    var depth = 0
    /// The exceptions being handled by `except` bodies, innermost last: a bare `raise` re-raises it.
    var handling: [Diagnostic] = []
    var steps = 0
    /// The guard on the total memory held (MemoryBudget.swift).
    var memory = MemoryBudget()
    /// Fields of every class defined, inherited ones counted per subclass (Classes.swift).
    var classFieldTotal = 0
    static let maxClassFieldTotal = 2_000_000
    var modules: [String: Module] = [:]
    /// The modules being imported, outermost first (for the circular-import message), and the
    /// same as a set (so that a long import chain is checked in constant time per import).
    var loading: [String] = []
    var loadingSet: Set<String> = []
    /// The files of the modules imported, in the order their loading finished (the REPL's reload).
    var moduleOrder: [String] = []
    /// The directory of the first file that imported something: a `.py` file's project root.
    var mainDirectory: String?
    /// For an opaque module whose file is above the project root: the hint its messages add.
    var opaqueHints: [String: String] = [:]
    /// Warnings already reported (each place and message once).
    var warned = Set<String>()
    let argsBase: ClassInfo

    public init(options: RunOptions = RunOptions()) {
        self.options = options
        argsBase = makeExperimentArgs()
        var b: [String: Value] = [:]
        registerBuiltins(&b)
        b["ExperimentArgs"] = .cls(argsBase)
        b["ExperimentParameters"] = .cls(makeExperimentArgs(.experimentParameters))
        builtins = b
    }

    /// Scopes captured by functions: a scope that holds a function whose closure is that scope is
    /// a reference cycle, broken when the interpreter goes away (Python's collector would free it).
    var closureScopes: [WeakScope] = []
    var closureCompactAt = 1024

    deinit {
        for w in closureScopes { w.env?.vars.removeAll() }
        for m in modules.values { m.env.vars.removeAll() }
        globals.vars.removeAll()
    }

    /// Names of builtins (for completion and did-you-mean).
    public var builtinNames: [String] { builtins.keys.filter { !$0.hasPrefix("<") } }

    // MARK: errors

    func fail(_ message: String, _ loc: Loc, _ kind: ErrorKind = .error) -> Diagnostic {
        Diagnostic(message, at: loc, in: source, kind: kind)
    }

    func warning(_ message: String, _ loc: Loc) {
        guard warned.insert("\(source?.name ?? ""):\(loc):\(message)").inserted else { return }
        warn(Diagnostic(message, at: loc, in: source, kind: .warning, severity: .warning))
    }

    /// Polls Ctrl-C and the step limit; called on every loop iteration and call.
    @inline(__always)
    func tick(_ loc: Loc) throws {
        steps &+= 1
        if steps & 0xFF == 0 {
            if interruptFlag.load(ordering: .relaxed) {
                clearInterrupt()
                throw fail("KeyboardInterrupt", loc, .keyboardInterrupt)
            }
            if let lim = stepLimit, steps > lim { throw fail("step limit of \(lim) exceeded", loc, .stepLimit) }
            if stackExhausted { throw fail("maximum recursion depth exceeded (a value is nested too deeply)", loc, .recursionError) }
            if steps & 0xFFFF == 0 { try checkMemory(adding: 0, loc) }
        }
    }

    // MARK: running

    /// Runs one top-level statement of `source` in `env` (compiled first, in `env`'s scope).
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
        if stackExhausted { throw fail("maximum recursion depth exceeded (a value is nested too deeply)", stmt.loc, .recursionError) }
        return v
    }

    func compiler(_ env: Environment) -> Compiler { Compiler(interp: self, scope: CompileScope(env)) }

    private func runStatement(_ stmt: Stmt, _ env: Environment) throws -> Value? {
        let c = compiler(env)
        if case .expr(let e, _) = stmt { return try c.expr(e).eval(self, env) }
        switch try c.stmt(stmt).exec(self, env) {
        case .normal: return nil
        case .breakLoop, .continueLoop: throw fail("'break' or 'continue' outside loop", stmt.loc, .syntaxError)
        case .returned: throw fail("'return' outside function", stmt.loc, .syntaxError)
        }
    }

    func unpack(_ v: Value, count: Int, _ loc: Loc) throws -> [Value] {
        var items: [Value] = []
        try iterate(v, loc) { items.append($0); return items.count <= count }
        if items.count != count {
            throw fail(items.count > count ? "too many values to unpack (expected \(count))"
                                           : "not enough values to unpack (expected \(count), got \(items.count))",
                       loc, .valueError)
        }
        return items
    }

    func undefinedName(_ n: String, _ loc: Loc, _ env: Environment) -> Diagnostic {
        if let why = unprovidedPythonBuiltins[n] {
            return fail("name '\(n)' is not defined: Python's builtin `\(n)` is not one cfy provides (\(why))", loc, .nameError)
        }
        return fail("name '\(n)' is not defined" + didYouMean(n, env.visibleNames + builtinNames), loc, .nameError)
    }
}
