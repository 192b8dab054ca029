// UnstableHashLint: a hashed value whose Python repr holds a memory address (a different hash every run).

/// `UnstableHash`: the hasher's warnings about memory addresses, as findings of the set.
enum UnstableHashLint {
    static func findings(_ s: Instance, _ warnings: [String], _ at: Loc, _ src: Source) -> [Diagnostic] {
        warnings.filter { $0.contains("memory address") }.map {
            Diagnostic("args set '\(pyEscaped(Checker.setName(s)))': " + $0, at: at, in: src, kind: .unstableHash)
        }
    }
}
