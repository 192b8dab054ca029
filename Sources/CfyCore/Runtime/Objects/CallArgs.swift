// CallArgs: the `Args` of a call (positional and keyword values), after evaluation.

/// Call arguments after evaluation.
public struct Args: Sendable {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]
    public init(_ positional: [Value] = [], _ keywords: [(name: String, value: Value)] = []) {
        self.positional = positional; self.keywords = keywords
    }
    public func keyword(_ name: String) -> Value? { keywords.first { $0.name == name }?.value }
}
