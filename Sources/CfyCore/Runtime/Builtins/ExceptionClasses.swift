// ExceptionClasses: Python 3.11's built-in exception classes, declared once as a table (name,
// base), with CPython's hierarchy, so that `except LookupError` catches a KeyError and
// `issubclass(ZeroDivisionError, ArithmeticError)` is True. Each is a cfy class (ClassInfo) with
// `isException`; an instance holds one field, `args` (ExceptionValue.swift).

/// Each class after its base (CPython 3.11's builtins, `BaseExceptionGroup` and the Unicode
/// errors' own constructors aside).
let exceptionClassTable: [(name: String, base: String?)] = [
    ("BaseException", nil),
    ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"), ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"), ("FileExistsError", "OSError"), ("FileNotFoundError", "OSError"),
    ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"), ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
    ("SystemError", "Exception"), ("TypeError", "Exception"),
    ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
    ("Warning", "Exception"), ("UserWarning", "Warning"), ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"), ("SyntaxWarning", "Warning"), ("RuntimeWarning", "Warning"),
    ("FutureWarning", "Warning"), ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"),
]

/// Adds the exception classes to the builtins (`EnvironmentError` and `IOError` are OSError, as
/// in Python 3).
func registerExceptionClasses(_ b: inout [String: Value]) {
    var made: [String: ClassInfo] = [:]
    for (name, baseName) in exceptionClassTable {
        let c = ClassInfo(name: name, qualname: name, base: baseName.flatMap { made[$0] }, source: nil, loc: .none)
        if baseName == nil {
            c.isException = true
            c.fieldIndex["args"] = 0
            c.fields = [FieldInfo(name: "args", type: .tuple, defaultValue: .tuple([]), repr: true, loc: .none)]
        }
        c.isPythonBuiltin = true
        made[name] = c
        b[name] = .cls(c)
    }
    b["EnvironmentError"] = b["OSError"]
    b["IOError"] = b["OSError"]
}

/// `issubclass`, which the exception hierarchy made worth having.
let classFunctions: [BuiltinDecl] = [
    BuiltinDecl("issubclass", "issubclass(cls, class_or_tuple, /)",
                "Return whether 'cls' is derived from another class or is the same class.") { i, a, l in
        try i.arity("issubclass", a, 2...2, l)
        return .bool(try i.isSubclass(a.positional[0], a.positional[1], l))
    },
]

extension BuiltinContext {
    func isSubclass(_ c: Value, _ t: Value, _ l: Loc) throws -> Bool {
        switch c {
        case .cls, .type: break
        default: throw fail("issubclass() arg 1 must be a class", l, .typeError)
        }
        switch (c, t) {
        case (_, .tuple(let ts)):
            var hit = false
            for x in ts where try isSubclass(c, x, l) { hit = true }
            return hit
        case (.cls(let a), .cls(let b)): return a.isSubclass(of: b)
        case (_, .type(.object)): return true
        case (.type(let a), .type(let b)): return a == b || (a == .bool && b == .int)
        case (.cls, .type): return false
        case (.type, .cls): return false
        default: throw fail("issubclass() arg 2 must be a class, a tuple of classes, or a union", l, .typeError)
        }
    }
}
