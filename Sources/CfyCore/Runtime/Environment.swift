// Environment: one scope (module or function call) and its enclosing scopes, Python's LEGB chain.

public final class Environment: @unchecked Sendable {
    public var vars: [String: Value] = [:]
    /// Module scopes only: names in the order they were first bound.
    public private(set) var order: [String] = []
    public let parent: Environment?
    private let module: Environment?
    /// The module scope this one belongs to (itself for a module).
    public var globals: Environment { module ?? self }
    /// Names declared `global` / `nonlocal` in this scope.
    var globalNames: Set<String> = []
    var nonlocalNames: Set<String> = []
    /// The qualname prefix for functions and classes defined here (`outer.<locals>.`).
    public let qualPrefix: String

    /// A module scope.
    public init() {
        parent = nil
        qualPrefix = ""
        module = nil
    }

    /// A function (or comprehension) scope inside `parent`.
    public init(parent: Environment, qualPrefix: String) {
        self.parent = parent
        self.qualPrefix = qualPrefix
        self.module = parent.globals
    }

    /// Looks a name up through enclosing scopes (not builtins).
    @inline(__always)
    public func lookup(_ name: String) -> Value? {
        var e: Environment? = self
        while let s = e {
            if let v = s.vars[name] { return v }
            e = s.parent
        }
        return nil
    }

    /// The scope an assignment to `name` writes to.
    func scopeForAssignment(_ name: String) -> Environment {
        if globalNames.contains(name) { return globals }
        if nonlocalNames.contains(name) {
            var e = parent
            while let s = e, s !== globals { if s.vars[name] != nil { return s }; e = s.parent }
        }
        return self
    }

    public func assign(_ name: String, _ value: Value) {
        let scope = scopeForAssignment(name)
        if scope.parent == nil, scope.vars.updateValue(value, forKey: name) == nil { scope.order.append(name) }
        else { scope.vars[name] = value }
    }

    /// All names visible from here, innermost first (for completion and did-you-mean).
    public var visibleNames: [String] {
        var out: [String] = []
        var e: Environment? = self
        while let s = e { out += s.vars.keys.sorted(); e = s.parent }
        return out
    }
}

/// A scope held weakly (see `Interpreter.closureScopes`).
final class WeakScope {
    weak var env: Environment?
    init(_ env: Environment) { self.env = env }
}
