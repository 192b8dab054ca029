// NFKC, the normal form Python gives identifiers.

import Foundation

/// `s` in Unicode normalization form KC. Foundation's tables are newer than Unicode 14.0, but
/// normalization is stable for assigned code points, and identifiers hold only code points
/// assigned in 14.0 (UCD14's XID_Start/XID_Continue), so the result is CPython 3.11's.
func pyNFKC(_ s: String) -> String {
    s.precomposedStringWithCompatibilityMapping
}
