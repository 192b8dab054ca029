// Function: a function defined by `def` or `lambda`, with its closure.

/// A function defined by `def` or `lambda`, with its closure.
public final class Function: @unchecked Sendable {
    /// Python's `__name__` (settable, as Python's is).
    public internal(set) var name: String
    /// Python's `__qualname__`: `f`, `outer.<locals>.inner`, `<lambda>`, `Args.method` (settable:
    /// `cfy export --python` writes `f.__qualname__ = 'Args.<lambda>'` to keep a hash).
    public internal(set) var qualname: String
    public let params: [Param]
    public let defaults: [Value?]
    public let body: FunctionBody
    public let closure: Environment
    public let source: Source?
    public let loc: Loc
    /// The compiled body.
    let code: FunctionCode

    public enum FunctionBody: Sendable { case block([Stmt]), expr(Expr) }

    init(code: FunctionCode, defaults: [Value?], closure: Environment, source: Source?) {
        self.name = code.name; self.qualname = code.qualname; self.params = code.params; self.defaults = defaults
        self.body = code.body; self.closure = closure; self.source = source; self.loc = code.loc
        self.code = code
    }
}
