// StaleHashLint: a set that kept the explicit `hash` of the set it was derived from while its parameters changed.

/// `StaleHash`: curifactory would reuse the other set's cache for this one.
enum StaleHashLint {
    static func findings(_ s: Instance, _ session: Session, _ at: Loc, _ src: Source) -> [Diagnostic] {
        guard s.origin?.staleHash == true else { return [] }
        return [Diagnostic("args set '\(pyEscaped(Checker.setName(s)))' keeps the explicit hash \(Checker.shown(s.get("hash"), session)) of the set it was derived from by \(s.origin?.how ?? "replace()"), but its parameters differ: curifactory would reuse the other set's cache; pass hash=None", at: at, in: src, kind: .staleHash)]
    }
}
