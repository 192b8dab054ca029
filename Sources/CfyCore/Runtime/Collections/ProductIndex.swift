// ProductIndex: stepping through a Cartesian product in `itertools.product` order, for `grid()`
// and `cfy run --multirun`, which both make one variant per combination.

/// Moves `index` (one position per axis) to the next combination, the last axis fastest, as
/// nested for-loops and `itertools.product` go. Returns false after the last combination (the
/// index is then all zeros again).
public func advanceProductIndex(_ index: inout [Int], sizes: [Int]) -> Bool {
    var j = sizes.count - 1
    while j >= 0 {
        index[j] += 1
        if index[j] < sizes[j] { return true }
        index[j] = 0
        j -= 1
    }
    return false
}
