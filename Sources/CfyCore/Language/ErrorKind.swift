// ErrorKind: the kinds of error and warning cfy reports: Python's exception classes for what
// Python would raise, and cfy's own kinds for lints, locks and the CLI.

/// What went wrong, as a type: `#=> error: KIND` in tests, `--format json` and the REPL match on it.
///
/// ```swift
/// let d = Diagnostic("division by zero", at: loc, in: src, kind: .zeroDivisionError)
/// d.kind.rawValue   // "ZeroDivisionError"
/// ```
public enum ErrorKind: String, Sendable, CaseIterable {
    case error = "Error"
    case warning = "Warning"
    case typeError = "TypeError"
    case valueError = "ValueError"
    case overflowError = "OverflowError"
    case attributeError = "AttributeError"
    case zeroDivisionError = "ZeroDivisionError"
    case recursionError = "RecursionError"
    case memoryError = "MemoryError"
    case syntaxError = "SyntaxError"
    case indexError = "IndexError"
    case importError = "ImportError"
    case keyError = "KeyError"
    case notImplementedError = "NotImplementedError"
    case stopIteration = "StopIteration"
    case stepLimit = "StepLimit"
    case osError = "OSError"
    case nameError = "NameError"
    case keyboardInterrupt = "KeyboardInterrupt"
    case assertionError = "AssertionError"
    case fileNotFoundError = "FileNotFoundError"
    case lockError = "LockError"
    case unstableHash = "UnstableHash"
    case unknownName = "UnknownName"
    case staleHash = "StaleHash"
    case sameHash = "SameHash"
    case registryError = "RegistryError"
    case noArgsSets = "NoArgsSets"
    case lockNew = "LockNew"
    case lockGone = "LockGone"
    case hashChanged = "HashChanged"
    case exportError = "ExportError"
    case duplicateName = "DuplicateName"
    case indentationError = "IndentationError"
    case tabError = "TabError"
    // Python's exception classes that only `raise` gives (ExceptionClasses.swift has them all).
    case baseException = "BaseException"
    case exception = "Exception"
    case lookupError = "LookupError"
    case arithmeticError = "ArithmeticError"
    case runtimeError = "RuntimeError"
    case moduleNotFoundError = "ModuleNotFoundError"
    case unboundLocalError = "UnboundLocalError"
}
