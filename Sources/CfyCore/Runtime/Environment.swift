// Environment: one scope (module, function call, comprehension or class body) and its enclosing
// scopes, Python's LEGB chain. Variables live in slots: the compiler (Compile/) resolves each
// name to a slot of its scope's `Layout` once, so running code never hashes a name.

/// The names of a scope and their slots. A function's layout is shared by all its calls; a
/// module's grows as code mentions new names.
public final class Layout: @unchecked Sendable {
    public private(set) var names: [String] = []
    private var index: [String: Int] = [:]

    public init(_ names: [String] = []) { for n in names { _ = slot(n) } }

    /// The slot of `name`, created if new.
    public func slot(_ name: String) -> Int {
        if let k = index[name] { return k }
        let k = names.count
        names.append(name)
        index[name] = k
        return k
    }

    public func find(_ name: String) -> Int? { index[name] }
    public var count: Int { names.count }
}

/// What kind of scope an environment is (decides how names resolve).
public enum ScopeKind: Sendable { case module, function, comprehension, classBody }

public final class Environment: @unchecked Sendable {
    public let layout: Layout
    public let kind: ScopeKind
    /// The slots (nil: unbound), `capacity` of them; grows with the layout.
    private var slots: UnsafeMutablePointer<Value?>
    private var capacity: Int
    /// Module scopes only: names in the order they were first bound.
    public private(set) var order: [String] = []
    public let parent: Environment?
    /// The module scope this one belongs to (nil for a module itself); it outlives this scope,
    /// which reaches it through `parent`.
    private let module: Unmanaged<Environment>?
    /// The module scope this one belongs to (itself for a module).
    public var globals: Environment { module?.takeUnretainedValue() ?? self }
    /// Names declared `global` / `nonlocal` in this scope.
    var globalNames: Set<String> = []
    var nonlocalNames: Set<String> = []
    /// The qualname prefix for functions and classes defined here (`outer.<locals>.`).
    public let qualPrefix: String

    /// A module scope.
    public init() {
        layout = Layout()
        kind = .module
        parent = nil
        qualPrefix = ""
        module = nil
        capacity = 16
        slots = .allocate(capacity: 16)
        slots.initialize(repeating: nil, count: 16)
    }

    /// A function, comprehension or class-body scope inside `parent`, with the compiled layout.
    public init(parent: Environment, layout: Layout, kind: ScopeKind, qualPrefix: String) {
        self.parent = parent
        self.layout = layout
        self.kind = kind
        self.qualPrefix = qualPrefix
        self.module = parent.module ?? Unmanaged.passUnretained(parent)
        capacity = max(layout.count, 1)
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
    }

    deinit {
        for k in 0..<capacity { if var v = (slots + k).move() { Teardown.drop(&v) } }
        slots.deallocate()
    }

    // MARK: slots

    @inline(__always)
    func get(_ k: Int) -> Value? { k < capacity ? slots[k] : nil }

    @inline(__always)
    func set(_ k: Int, _ v: Value) {
        if k >= capacity { grow(k) }
        let p = slots + k
        guard var old = p.move() else {
            if kind == .module { order.append(layout.names[k]) }
            p.initialize(to: v)
            return
        }
        p.initialize(to: v)
        Teardown.drop(&old)
    }

    /// Sets a slot without recording the binding order (a value put back after `take`).
    @inline(__always)
    func put(_ k: Int, _ v: Value?) {
        if k >= capacity { grow(k) }
        let p = slots + k
        var old = p.move()
        p.initialize(to: v)
        if var o = old { old = nil; Teardown.drop(&o) }
    }

    /// Moves a slot's value out (the slot is unbound until `put` returns it), so that it can be
    /// changed in place without a copy.
    @inline(__always)
    func take(_ k: Int) -> Value? {
        guard k < capacity else { return nil }
        let p = slots + k
        let v = p.move()
        p.initialize(to: nil)
        return v
    }

    /// Unbinds slot `k` (`del x`): false when it was not bound. A module's name leaves the binding
    /// order (bound again, it comes last, as in a Python module's dict).
    func unbind(_ k: Int) -> Bool {
        guard var v = take(k) else { return false }
        Teardown.drop(&v)
        if kind == .module, let j = order.firstIndex(of: layout.names[k]) { order.remove(at: j) }
        return true
    }

    private func grow(_ k: Int) {
        let n = max(k + 1, layout.count, capacity * 2)
        let fresh = UnsafeMutablePointer<Value?>.allocate(capacity: n)
        fresh.moveInitialize(from: slots, count: capacity)
        (fresh + capacity).initialize(repeating: nil, count: n - capacity)
        slots.deallocate()
        slots = fresh
        capacity = n
    }

    /// A slot of the module scope (without retaining it).
    @inline(__always)
    func getGlobal(_ k: Int) -> Value? {
        guard let m = module else { return get(k) }
        return m._withUnsafeGuaranteedRef { $0.get(k) }
    }

    @inline(__always)
    func setGlobal(_ k: Int, _ v: Value) {
        guard let m = module else { return set(k, v) }
        m._withUnsafeGuaranteedRef { $0.set(k, v) }
    }

    // MARK: by name

    /// This scope's own variables, by name.
    public var vars: Variables { Variables(env: self) }

    /// Looks a name up through enclosing scopes (not builtins).
    public func lookup(_ name: String) -> Value? {
        var e: Environment? = self
        while let s = e {
            if let k = s.layout.find(name), let v = s.get(k) { return v }
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

    /// Binds `name` here (or where `global` / `nonlocal` send it).
    public func assign(_ name: String, _ value: Value) {
        let scope = scopeForAssignment(name)
        scope.set(scope.layout.slot(name), value)
    }

    /// All names visible from here, innermost first (for completion and did-you-mean).
    public var visibleNames: [String] {
        var out: [String] = []
        var e: Environment? = self
        while let s = e { out += s.vars.keys.sorted(); e = s.parent }
        return out
    }
}

/// A scope's variables as a dictionary-like view: `env.vars["x"]`, `env.vars["x"] = v`.
public struct Variables {
    let env: Environment

    public subscript(name: String) -> Value? {
        get { env.layout.find(name).flatMap { env.get($0) } }
        nonmutating set {
            if let v = newValue { env.put(env.layout.slot(name), v) }
            else if let k = env.layout.find(name) { env.put(k, nil) }
        }
    }

    /// The bound names, in slot order.
    public var keys: [String] {
        env.layout.names.indices.compactMap { env.get($0) == nil ? nil : env.layout.names[$0] }
    }

    public var isEmpty: Bool { keys.isEmpty }

    @discardableResult
    public func removeValue(forKey name: String) -> Value? {
        guard let k = env.layout.find(name) else { return nil }
        return env.take(k)
    }

    public func removeAll() {
        for k in env.layout.names.indices { env.put(k, nil) }
    }
}

/// A scope held weakly (see `Interpreter.closureScopes`).
final class WeakScope {
    weak var env: Environment?
    init(_ env: Environment) { self.env = env }
}
