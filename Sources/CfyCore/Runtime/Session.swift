// Session: one statement in, what the REPL prints out. Shared by `cfy run`, the REPL and `cfy test`.

import Foundation

/// What one top-level statement produced.
public struct StatementResult: Sendable {
    /// Text the statement printed (when not streamed).
    public var printed: String
    /// The repr echoed for a non-None expression value (REPL and test mode), with its newline.
    public var echo: String?
    public var value: Value?
    public var error: Diagnostic?
    /// Printed text plus echo: exactly what the REPL shows on stdout.
    public var output: String { printed + (echo ?? "") }
}

/// An interpreter plus the conventions of the REPL.
///
/// ```swift
/// let s = Session()
/// let src = Source(name: "<stdin>", text: "x = 1\nx + 1\n")
/// for r in s.run(src) { print(r.output, terminator: "") }   // prints "2"
/// ```
public final class Session {
    public let interpreter: Interpreter
    /// When set, printed text goes here as it is produced instead of into `StatementResult.printed`.
    public var stream: ((String) -> Void)?
    private var buffer = ""

    public init(options: RunOptions = RunOptions()) {
        interpreter = Interpreter(options: options)
        interpreter.output = { [unowned self] text in
            if let s = self.stream { s(text) } else { self.buffer += text }
        }
    }

    public var globals: Environment { interpreter.globals }

    /// Runs one parsed top-level statement.
    public func execute(_ stmt: Stmt, source: Source, echo: Bool) -> StatementResult {
        buffer = ""
        if source.isPython { interpreter.setModuleName(source) }
        var r = StatementResult(printed: "", echo: nil, value: nil, error: nil)
        do {
            let v = try interpreter.run(stmt, source: source, in: globals)
            r.value = v
            if echo, let v, !v.isNone {
                // `_` is the last echoed value and `__` the one before, as in IPython.
                if let last = globals.vars["_"] { globals.vars["__"] = last }
                globals.vars["_"] = v
                // A value cfy does not run has no text Python would agree with (`str`, `print`
                // and f-strings of it are errors); the REPL's echo names it.
                if case .builtin(let b) = v, let o = b.opaque { r.echo = "<opaque \(o.text)>\n" }
                else { r.echo = try interpreter.repr(v) + "\n" }
            }
        } catch let d as Diagnostic {
            r.error = d
        } catch {
            r.error = Diagnostic("internal error: \(error)", at: stmt.loc, in: source)
        }
        r.printed = buffer
        buffer = ""
        return r
    }

    /// Parses and runs a whole source, stopping at the first error; one result per statement run.
    @discardableResult
    public func run(_ source: Source, echo: Bool = false) -> [StatementResult] {
        switch Parser.parse(source) {
        case .failure(let d):
            return [StatementResult(printed: "", echo: nil, value: nil, error: d)]
        case .success(let program):
            var out: [StatementResult] = []
            for stmt in program.statements {
                let r = execute(stmt, source: source, echo: echo)
                out.append(r)
                if r.error != nil { break }
            }
            return out
        }
    }

    /// The args sets a params file defines: `get_params()` if present, else every top-level
    /// variable holding an args set (or a list of them), in order of definition.
    public func argsSets(source: Source) throws -> [Instance] {
        if let gp = globals.vars["get_params"] {
            // What get_params() returns is blamed on its `def` (the file's first line when it is
            // not a function of a file).
            var loc = Loc(line: 1, col: 1), file = source
            if case .function(let f) = gp, f.loc.line > 0, let s = f.source { (loc, file) = (f.loc, s) }
            interpreter.source = file
            let v = try interpreter.call(gp, Args(), loc)
            var out: [Instance] = []
            for item in try interpreter.elements(v, loc) {
                guard case .instance(let i) = item, i.cls.isArgs else {
                    let t = item.typeName
                    throw Diagnostic("get_params() must return a list of args sets, but it holds "
                                     + ("aeiou".contains(t.prefix(1)) ? "an " : "a ") + t,
                                     at: loc, in: file, kind: .typeError)
                }
                out.append(i)
            }
            return out
        }
        var out: [Instance] = []
        for name in globals.order where name != "_" {
            switch globals.vars[name] {
            case .instance(let i)? where i.cls.isArgs: out.append(i)
            case .list(let xs)?, .tuple(let xs)?:
                let sets = xs.compactMap { v -> Instance? in
                    if case .instance(let i) = v, i.cls.isArgs { return i } else { return nil }
                }
                if !xs.isEmpty, sets.count == xs.count { out += sets }
            default: continue
            }
        }
        return out
    }

    /// `args_hash()` of an args set, for the CLI.
    public func hash(_ inst: Instance) throws -> String {
        try atOrigin(inst) { try interpreter.str(try interpreter.argsHash(inst, Args(), $0)) }
    }

    /// Runs `body` with the place that made `inst` (where a warning or an error of its hash points;
    /// the first line of the current source when not known).
    private func atOrigin<T>(_ inst: Instance, _ body: (Loc) throws -> T) throws -> T {
        guard let o = inst.origin, o.loc.line > 0 else { return try body(Loc(line: 1, col: 1)) }
        let saved = interpreter.source
        defer { interpreter.source = saved }
        interpreter.source = o.source
        return try body(o.loc)
    }

    /// `args_hash(dry=True)`: the dict curifactory returns, with its labels.
    public func dry(_ inst: Instance) throws -> PyDict { Labels.pyDict(try dryArgs(inst)) }

    /// `args_hash(dry=True)` as typed values: each field's rule and representation.
    public func dryArgs(_ inst: Instance) throws -> DryArgs { try atOrigin(inst) { try interpreter.dryArgs(inst, $0) } }

    public func repr(_ v: Value) throws -> String { try interpreter.repr(v) }

    /// The files of the modules imported so far (not cfy's built-in or opaque modules), in the
    /// order their loading finished (a module before the modules that import it).
    public var importedFiles: [String] {
        interpreter.moduleOrder.filter { interpreter.modules[$0] != nil && !$0.hasSuffix("/") }
    }

    /// Where a `.py` file's imports look first: the directory of the first file that imported
    /// something (nil until then).
    public var projectRoot: String? { interpreter.mainDirectory }

    /// Runs an imported module's file again in its own namespace (Python's `importlib.reload`);
    /// the error that stopped it, if any.
    public func reloadModule(_ path: String) -> Diagnostic? {
        do { try interpreter.reloadModule(path) } catch let d as Diagnostic { return d } catch {
            return Diagnostic("internal error: \(error)", at: .none, in: nil)
        }
        return nil
    }

    /// Python's `str(v)` (a class's own `__str__` included).
    public func str(_ v: Value) throws -> String { try interpreter.str(v) }

    /// Whether `name` is a builtin (when no variable hides it).
    public func isBuiltin(_ name: String) -> Bool { interpreter.builtins[name] != nil }

    /// A hasher for one hash (or dry set) made at `l`, with this session's hooks and digest cache.
    func argsHasher(_ l: Loc) -> ArgsHasher { ArgsHasher(ctx: interpreter.hashContext(l)) }

    /// An error at `l` in the statement running now, as the interpreter reports its own.
    func diagnostic(_ message: String, _ l: Loc, _ kind: ErrorKind = .error) -> Diagnostic {
        interpreter.fail(message, l, kind)
    }
}
