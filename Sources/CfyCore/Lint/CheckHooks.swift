// CheckHooks: how `cfy check` hashes: through the session, collecting the unstable-hash warnings.

/// The hooks of `cfy check`'s hashes: the session's interpreter, but the unstable-hash warnings
/// are collected (they become findings) and errors are diagnostics at the set.
final class CheckHooks: HashHooks {
    let interpreter: Interpreter
    let source: Source
    var unstable: [String] = []

    init(_ interpreter: Interpreter, _ source: Source) { self.interpreter = interpreter; self.source = source }

    func callHashFunction(_ f: Value, _ set: Value, _ value: Value, at l: Loc) throws -> Value {
        try interpreter.call(f, Args([set, value]), l)
    }
    func hashWarning(_ message: String, at l: Loc) { unstable.append(message) }
    func hashError(_ message: String, at l: Loc) -> Error { Diagnostic(message, at: l, in: source, kind: .typeError) }
    func userDunder(_ inst: Instance, _ name: String, ownOnly: Bool, _ l: Loc) throws -> String? {
        try interpreter.userDunder(inst, name, ownOnly: ownOnly, l)
    }
}
