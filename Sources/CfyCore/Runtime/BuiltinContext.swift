// BuiltinContext: what a builtin's implementation sees of the interpreter running it — call a
// value, fail, warn, iterate, repr/str, the memory checks, argument checks and the operators —
// instead of the whole `Interpreter`. Each operation forwards to the interpreter, inlined and
// without reference counting (a builtin call costs what it did when implementations took the
// interpreter itself).

/// The interpreter as the builtin functions and methods (BuiltinDecl.swift) see it.
public struct BuiltinContext {
    /// Unretained: a context lives only for one call, while the interpreter runs it.
    private let unmanaged: Unmanaged<Interpreter>

    @inline(__always) init(_ interp: Interpreter) { unmanaged = .passUnretained(interp) }

    /// Runs `body` with the interpreter, borrowed (no retain and release around each operation).
    @inline(__always) private func with<R>(_ body: (Interpreter) throws -> R) rethrows -> R {
        try unmanaged._withUnsafeGuaranteedRef(body)
    }

    // MARK: sets (SetOperations.swift)

    @inline(__always) func setOperand(_ v: Value, _ loc: Loc) throws -> SetOperand { try with { try $0.setOperand(v, loc) } }
    @inline(__always) func setOp<T>(_ loc: Loc, _ body: () throws(Unhashable) -> T) throws -> T {
        try with { try $0.setOp(loc, body) }
    }
    @inline(__always) func orderFreeElements(_ v: Value, key: Value?, _ loc: Loc) throws -> [Value] {
        try with { try $0.orderFreeElements(v, key: key, loc) }
    }
    @inline(__always) func pyHash(_ v: Value, _ loc: Loc) throws -> Int64 { try with { try $0.pyHash(v, loc) } }
    @inline(__always) func orderFreeIntSum(_ v: Value, start: Value, _ loc: Loc) throws -> Value? {
        try with { try $0.orderFreeIntSum(v, start: start, loc) }
    }
    @inline(__always) func pyCopy(_ v: Value) -> Value { with { $0.pyCopy(v) } }
    @inline(__always) func pyDeepCopy(_ v: Value) -> Value { with { $0.pyDeepCopy(v) } }
    @inline(__always) func orderedElements(_ s: PySet, _ loc: Loc) throws -> [Value] {
        try with { try $0.orderedElements(s, loc) }
    }

    // MARK: errors and warnings

    @inline(__always) func fail(_ message: String, _ loc: Loc, _ kind: ErrorKind = .error) -> Diagnostic {
        with { $0.fail(message, loc, kind) }
    }
    @inline(__always) func warn(_ message: String, _ loc: Loc) { with { $0.warning(message, loc) } }

    // MARK: arguments

    /// The positional arity check, inlined: only a wrong count calls out (to make the message).
    @inline(__always) func arity(_ name: String, _ args: Args, _ range: ClosedRange<Int>, _ loc: Loc) throws {
        if !range.contains(args.positional.count) { try with { try $0.arity(name, args, range, loc) } }
    }
    @inline(__always) func onlyKeywords(_ name: String, _ args: Args, _ allowed: [String], _ loc: Loc) throws {
        try with { try $0.onlyKeywords(name, args, allowed, loc) }
    }
    @inline(__always) func intArg(_ v: Value, _ fn: String, _ loc: Loc) throws -> Int64 { try with { try $0.intArg(v, fn, loc) } }
    @inline(__always) func index(_ i: Value, count: Int, _ what: String, _ loc: Loc) throws -> Int {
        try with { try $0.index(i, count: count, what, loc) }
    }
    @inline(__always) func chkIndex(_ r: (partialValue: Int64, overflow: Bool), _ loc: Loc) throws -> Int64 {
        try with { try $0.chkIndex(r, loc) }
    }

    // MARK: values

    @inline(__always) func call(_ f: Value, _ args: Args, _ loc: Loc) throws -> Value { try with { try $0.call(f, args, loc) } }
    @inline(__always) func iterate(_ v: Value, _ loc: Loc, _ body: (Value) throws -> Bool) throws {
        try with { try $0.iterate(v, loc, body) }
    }
    @inline(__always) func elements(_ v: Value, _ loc: Loc) throws -> [Value] { try with { try $0.elements(v, loc) } }
    @inline(__always) func binary(_ op: BinaryOp, _ a: Value, _ b: Value, _ loc: Loc) throws -> Value {
        try with { try $0.binary(op, a, b, loc) }
    }
    @inline(__always) func compare(_ op: CompareOp, _ a: Value, _ b: Value, _ loc: Loc) throws -> Bool {
        try with { try $0.compare(op, a, b, loc) }
    }
    @inline(__always) func intOp(_ op: BinaryOp, _ a: Int64, _ b: Int64, _ loc: Loc) throws -> Value {
        try with { try $0.intOp(op, a, b, loc) }
    }
    @inline(__always) func length(_ v: Value, _ loc: Loc) throws -> Int { try with { try $0.length(v, loc) } }
    @inline(__always) func isInstance(_ v: Value, _ t: Value, _ loc: Loc) throws -> Bool { try with { try $0.isInstance(v, t, loc) } }
    @inline(__always) func getAttr(_ v: Value, _ name: String, _ loc: Loc) throws -> Value { try with { try $0.getAttr(v, name, loc) } }
    @inline(__always) func floatToInt(_ d: Double, _ loc: Loc) throws -> Value { try with { try $0.floatToInt(d, loc) } }

    // MARK: text

    @inline(__always) func repr(_ v: Value) throws -> String { try with { try $0.repr(v) } }
    @inline(__always) func str(_ v: Value) throws -> String { try with { try $0.str(v) } }
    @inline(__always) func shortRepr(_ v: Value) throws -> String { try with { try $0.shortRepr(v) } }
    @inline(__always) func asciiRepr(_ v: Value) throws -> String { try with { try $0.asciiRepr(v) } }
    @inline(__always) func format(_ v: Value, _ spec: String, _ loc: Loc) throws -> String { try with { try $0.format(v, spec, loc) } }
    @inline(__always) func strFormat(_ s: String, _ a: Args, _ loc: Loc) throws -> String { try with { try $0.strFormat(s, a, loc) } }
    /// Writes `text` to the output (print); an OSError when the output failed.
    @inline(__always) func write(_ text: String, _ loc: Loc) throws {
        try with { i in
            i.output(text)
            if let why = i.outputError() { throw i.fail(why, loc, .osError) }
        }
    }

    // MARK: limits

    @inline(__always) func checkSize(_ n: Int, _ loc: Loc) throws { try with { try $0.checkSize(n, loc) } }
    @inline(__always) func checkSize(_ r: (partialValue: Int64, overflow: Bool), _ loc: Loc) throws {
        try with { try $0.checkSize(r, loc) }
    }
    @inline(__always) func checkGrowth(_ xs: [Value], by k: Int, _ loc: Loc) throws { try with { try $0.checkGrowth(xs, by: k, loc) } }

    // MARK: args sets (the args family: ArgsBuiltins.swift, whose bodies need the hasher)

    @inline(__always) func replaceFields(_ v: Value, _ changes: [(name: String, value: Value)], _ loc: Loc) throws -> Value {
        try with { try $0.replaceFields(v, changes, loc) }
    }
    @inline(__always) func grid(_ a: Args, _ loc: Loc) throws -> Value { try with { try $0.grid(a, loc) } }
}
