// CallArgs: the `Args` of a call (positional and keyword values), after evaluation.

/// Call arguments after evaluation.
public struct Args: Sendable {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]
    public init(_ positional: [Value] = [], _ keywords: [(name: String, value: Value)] = []) {
        self.positional = positional; self.keywords = keywords
    }
    public func keyword(_ name: String) -> Value? { keywords.first { $0.name == name }?.value }
    /// Where each keyword was written (`lrr` in `Args(lrr=1)`), when the call's syntax is known:
    /// `keywordLocs[k]` for `keywords[k]`.
    var keywordLocs: [Loc] = []
    /// These arguments after a first positional one (a method's receiver).
    func prepending(_ v: Value) -> Args {
        var a = self
        a.positional.insert(v, at: 0)
        return a
    }
    /// The place of keyword `name`, else `call` (an error about the keyword points at it).
    func loc(ofKeyword name: String, _ call: Loc) -> Loc {
        guard let k = keywords.firstIndex(where: { $0.name == name }), k < keywordLocs.count else { return call }
        return keywordLocs[k]
    }
}
