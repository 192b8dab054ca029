// NaNIdentity: Python's containers compare items by identity before equality, so a nan object
// equals itself inside a list (`n = float('nan'); [n] == [n]` is True) while two nans made
// apart do not (`[float('nan')] == [float('nan')]` is False). cfy floats are plain values, so
// each nan that Python would create as a new object (`float('nan')`, arithmetic giving nan,
// `-n`, `abs(n)`, `round(n, 1)`) gets its own NaN payload: copies keep it, as references would.
// repr stays 'nan' (a payload is invisible), and so does every hash.

import Synchronization

private let nanCounter = Atomic<UInt64>(0)

/// A quiet NaN with a payload no other nan has; the sign bit of `d` is kept.
@inline(never) func freshNaN(_ d: Double) -> Double {
    let n = nanCounter.add(1, ordering: .relaxed).newValue & 0x0007_FFFF_FFFF_FFFF
    let sign = d.bitPattern & 0x8000_0000_0000_0000
    return Double(bitPattern: sign | 0x7FF8_0000_0000_0000 | (n == 0 ? 1 : n))
}

/// `d`, or a new nan object when `d` is a nan (the result of an operation is a new float).
@inline(__always) func newFloat(_ d: Double) -> Value { .float(d.isNaN ? freshNaN(d) : d) }

/// Python's `x is y` for two floats: nans by their payload, others by value.
@inline(__always) func sameNaN(_ x: Double, _ y: Double) -> Bool {
    x.isNaN && y.isNaN && x.bitPattern == y.bitPattern
}

/// What Python's containers use to compare items (PyObject_RichCompareBool with Py_EQ): the
/// same object is equal even when `==` says not (a nan).
@inline(__always) public func itemEquals(_ a: Value, _ b: Value) -> Bool {
    if case .float(let x) = a, case .float(let y) = b, sameNaN(x, y) { return true }
    return valueEquals(a, b)
}
