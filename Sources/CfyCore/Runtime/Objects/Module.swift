// Module: a module loaded by `import`.

/// A module loaded by `import`.
public final class Module: @unchecked Sendable {
    public let name: String
    public let path: String
    public let env: Environment
    /// A Python module whose body is still running: Python hands it, partly initialised, to a
    /// circular import (`experiments/__init__.py` importing `experiments.knn`).
    var initializing = false
    init(name: String, path: String, env: Environment) { self.name = name; self.path = path; self.env = env }
}
