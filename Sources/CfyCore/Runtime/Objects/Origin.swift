// Origin: where an args set was made (for lints).

/// Where an instance was made: the call's location, and whether it carried an explicit `hash`
/// from the set it was derived from while its parameters changed (a stale hash).
public final class Origin: Sendable {
    public let source: Source?
    public let loc: Loc
    public let how: String
    public let staleHash: Bool
    init(source: Source?, loc: Loc, how: String, staleHash: Bool = false) {
        self.source = source; self.loc = loc; self.how = how; self.staleHash = staleHash
    }
}
