// ExceptionValue: Python's exception objects. An exception is an instance of an exception class
// (ExceptionClasses.swift) holding one field, `args`; its str and repr are CPython's. A `raise`
// throws a Diagnostic carrying the instance; `except` gets the instance back from it, or makes one
// for an error cfy itself raised (a KeyError of `d[k]`, a ZeroDivisionError, ...), unless the error
// is one of cfy's own limits, which no `except` catches.

extension Interpreter {
    /// `ValueError("m")`: the positional arguments are `args`; keywords are a TypeError, as in Python.
    func makeException(_ cls: ClassInfo, _ args: Args, _ loc: Loc) throws -> Value {
        if !args.keywords.isEmpty { throw fail("\(cls.name)() takes no keyword arguments", loc, .typeError) }
        // Their constructors read several arguments as fields (errno, strerror, filename; a
        // SyntaxError's position), which change their str and even their class.
        for special in ["OSError", "SyntaxError"] where args.positional.count > 1 && cls.isSubclass(ofNamed: special) {
            throw fail("cfy cannot make \(cls.name) with more than one argument yet (Python reads them as the "
                       + "error's fields)", loc, .notImplementedError)
        }
        return .instance(Instance(cls: cls, values: [.tuple(args.positional)],
                                  origin: Origin(source: source, loc: loc, how: cls.name + "()")))
    }

    /// An exception class made by a `class` statement: Python's `__init__` of it (or a dataclass
    /// one) would make other `args` than cfy, so a field or an `__init__` / `__new__` of its own is
    /// an error instead.
    func checkExceptionClass(_ cls: ClassInfo, _ decl: ClassDecl) throws {
        for m in decl.members {
            switch m {
            case .field(let n, _, _, let loc):
                throw fail("cfy cannot run an exception class with fields yet ('\(cls.name).\(n)')", loc, .notImplementedError)
            case .method(let d) where d.name == "__init__" || d.name == "__new__":
                throw fail("cfy cannot run an exception class's own \(d.name) yet ('\(cls.name)'): raise it with the "
                           + "message instead, `raise \(cls.name)(f\"...\")`", d.loc, .notImplementedError)
            default: break
            }
        }
    }

    /// The error kind a raised exception reports: its nearest built-in class that has one
    /// (`class MyError(ValueError)` is a ValueError to `#=> error:` and `--format json`).
    func errorKind(of cls: ClassInfo) -> ErrorKind {
        var c: ClassInfo? = cls
        while let k = c {
            if k.isPythonBuiltin, let kind = ErrorKind(rawValue: k.name) { return kind }
            c = k.base
        }
        return .exception
    }

    /// The error a `raise` of `exc` throws. Uncaught, it reads as the last line of Python's
    /// traceback (`ValueError: lr must be positive`), an AssertionError as a failed `assert` does.
    func raised(_ exc: Instance, _ loc: Loc) throws -> Diagnostic {
        if let words = exc.cfysWords {          // raised again: as cfy first said it
            var d = fail(words, loc, errorKind(of: exc.cls))
            d.exception = Value.instance(exc)
            d.pythonWords = false
            return d
        }
        let text = try str(.instance(exc))
        let message: String
        if exc.cls.isPythonBuiltin, exc.cls.name == "AssertionError" {
            message = text.isEmpty ? "assertion failed" : "assertion failed: " + text
        } else {
            message = exc.cls.name + (text.isEmpty ? "" : ": " + text)
        }
        var d = fail(message, loc, errorKind(of: exc.cls))
        d.exception = Value.instance(exc)
        return d
    }

    /// The exception `except` sees for `d`, or nil when no `except` may catch it: cfy's limits
    /// (steps, memory, recursion depth, Ctrl-C), what cfy cannot run (`NotImplementedError` of
    /// "cfy cannot ... yet"), its ImportError and OSError (their causes differ from Python's), and
    /// errors Python would not raise (a field's type check, an opaque value's operation).
    func caughtException(_ d: Diagnostic) -> Instance? {
        if case .instance(let e)? = d.exception as? Value { return e }
        guard !d.uncatchable, Interpreter.catchableKinds.contains(d.kind),
              !d.message.contains("(opaque)"),            // an opaque value's type name: `'numpy value (opaque)'`
              case .cls(let c)? = builtins[d.kind.rawValue] else { return nil }
        if !d.pythonWords {
            return Instance(cls: c, values: [.tuple([])],
                            origin: Origin(source: d.source, loc: d.loc, how: Instance.cfysWordsMark + pythonMessage(d.message)))
        }
        let args = (d.exception as? [Value]) ?? [.str(pythonMessage(d.message))]
        return Instance(cls: c, values: [.tuple(args)], origin: Origin(source: d.source, loc: d.loc, how: c.name + "()"))
    }

    /// The kinds of cfy's own errors that are Python's exceptions for the same cause.
    static let catchableKinds: Set<ErrorKind> = [
        .typeError, .valueError, .overflowError, .attributeError, .zeroDivisionError, .indexError, .keyError,
        .stopIteration, .nameError, .unboundLocalError, .assertionError,
    ]

    /// cfy's message without what Python's own str(e) does not have: a hint (`; did you mean
    /// 'x'?`) and an index error's numbers (` (index 5, length 3)`).
    func pythonMessage(_ m: String) -> String {
        var m = m
        if m.hasSuffix("'?"), let r = m.range(of: "; did you mean '", options: .backwards) { m = String(m[..<r.lowerBound]) }
        if m.hasSuffix(")"), m.contains("index out of range"), let r = m.range(of: " (index ", options: .backwards) {
            m = String(m[..<r.lowerBound])
        }
        return m
    }

    /// `except T`: whether `exc` is an instance of `t` (a class or a tuple of them). Anything that
    /// is not an exception class is Python's TypeError.
    func exceptionMatches(_ exc: Instance, _ t: Value, _ loc: Loc) throws -> Bool {
        switch t {
        case .cls(let c) where c.isException: return exc.cls.isSubclass(of: c)
        case .tuple(let ts):
            var hit = false
            for x in ts where try exceptionMatches(exc, x, loc) { hit = true }
            return hit
        default:
            throw fail("catching classes that do not inherit from BaseException is not allowed", loc, .typeError)
        }
    }

    /// Two exceptions compared with `==` or `is`: Python compares them by identity, which cfy's
    /// copied values do not keep, so it is an error rather than a guess.
    func exceptionsCompared(_ op: CompareOp, _ loc: Loc) throws {
        guard [.eq, .ne, .is, .isNot].contains(op) else { return }
        var d = fail("cfy cannot compare two exceptions with `\(op.rawValue)` yet: Python compares them by identity, "
                     + "which cfy's values do not keep (compare `type(e)` or `e.args`)", loc, .notImplementedError)
        d.uncatchable = true
        throw d
    }

    /// What `raise X` raises: an exception instance, or a class called with no arguments.
    func exceptionToRaise(_ v: Value, _ loc: Loc) throws -> Instance {
        var v = v
        if case .cls(let c) = v, c.isException { v = try call(v, Args([]), loc) }
        guard case .instance(let e) = v, e.cls.isException else {
            throw fail("exceptions must derive from BaseException", loc, .typeError)
        }
        return e
    }
}

extension Diagnostic {
    /// This error with the args of the Python exception it stands for (`KeyError(key)`), when
    /// they are not `(message,)`.
    func pythonArgs(_ args: [Value]) -> Diagnostic {
        var d = self
        d.exception = args
        return d
    }

    /// This error, worded by cfy otherwise than Python (`pythonWords`).
    func inCfysWords() -> Diagnostic {
        var d = self
        d.pythonWords = false
        return d
    }
}

extension Instance {
    /// Marks (in `origin.how`) an exception made from an error cfy words otherwise than Python.
    static let cfysWordsMark = "\u{1}cfy's words: "

    /// cfy's message, for an exception whose Python text cfy does not know (`pythonWords`).
    var cfysWords: String? {
        guard cls.isException, let how = origin?.how, how.hasPrefix(Instance.cfysWordsMark) else { return nil }
        return String(how.dropFirst(Instance.cfysWordsMark.count))
    }
}

/// Thrown by the repr of an exception whose Python text cfy does not know (Builtins/Core.swift
/// turns it into the error).
struct ExceptionTextUnknown: Error {
    let className: String
    let words: String
}

extension Interpreter {
    /// The error for reading the text (`str(e)`, `repr(e)`, `e.args`) of such an exception.
    func exceptionTextUnknown(_ className: String, _ words: String, _ loc: Loc) -> Diagnostic {
        var d = fail("cfy cannot give this \(className)'s text: cfy words it otherwise than Python (\"\(words)\"); "
                     + "catching it works, reading str(e) or e.args does not", loc, .notImplementedError)
        d.uncatchable = true
        return d
    }
}

extension Repr {
    /// CPython's `BaseException.__repr__`: `ValueError('m')`, `KeyError('k', 1)`, `TypeError()`.
    func writeException(_ e: Instance, into out: inout [UInt8]) throws {
        if let w = e.cfysWords { throw ExceptionTextUnknown(className: e.cls.name, words: w) }
        appendUTF8(e.cls.name + "(", into: &out)
        for (k, x) in exceptionArgs(e).enumerated() {
            if k > 0 { appendUTF8(", ", into: &out) }
            try write(x, into: &out)
        }
        appendUTF8(")", into: &out)
    }

    /// CPython's `BaseException.__str__`: "" for no args, the one arg's str (a KeyError's repr),
    /// else the args tuple's repr.
    func exceptionStr(_ e: Instance) throws -> String {
        if let w = e.cfysWords { throw ExceptionTextUnknown(className: e.cls.name, words: w) }
        let args = exceptionArgs(e)
        switch args.count {
        case 0: return ""
        case 1:
            let keyError = e.cls.isSubclass(ofNamed: "KeyError")
            return keyError ? try repr(args[0]) : try str(args[0])
        default: return try repr(.tuple(args))
        }
    }

    private func exceptionArgs(_ e: Instance) -> [Value] {
        if case .tuple(let xs)? = e.get("args") { return xs }
        return []
    }
}

extension ClassInfo {
    /// Whether one of Python's built-in classes named `name` is this class or a base of it.
    func isSubclass(ofNamed name: String) -> Bool {
        var c: ClassInfo? = self
        while let k = c { if k.isPythonBuiltin, k.name == name { return true }; c = k.base }
        return false
    }
}

/// Runs `body`, which computes now what Python computes later, lazily (a generator expression's
/// items, what `map()` and `filter()` call, `chain()`'s iterables): an error it raises would come
/// at another point in Python, or never, so no `except` may catch it (cfy stops there instead).
func computedEarly<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch var d as Diagnostic {
        d.uncatchable = true
        throw d
    }
}
