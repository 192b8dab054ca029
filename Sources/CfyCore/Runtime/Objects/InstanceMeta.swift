// InstanceMeta: what the instances one call site makes share — class, origin, and for the
// variants of a grid, the grid.

/// An instance's class and origin: one object per call site, shared by what it makes; for the
/// variants of a grid, also the grid.
final class InstanceMeta: Sendable {
    let cls: ClassInfo
    let origin: Origin?
    let grid: GridSpec?
    init(_ cls: ClassInfo, _ origin: Origin?, grid: GridSpec? = nil) {
        self.cls = cls; self.origin = origin; self.grid = grid
    }
}
