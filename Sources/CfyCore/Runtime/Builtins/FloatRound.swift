// round(x, ndigits) for a float, as CPython 3.11's float.__round__: the exact binary value rounded
// half-even at the 10**-ndigits place, then read back correctly rounded.

import Foundation

/// CPython's limits (Objects/floatobject.c): beyond 323 digits a double has nothing left to round,
/// below -308 every finite double rounds to zero.
let roundDigitsMax = 323
let roundDigitsMin = -308

enum FloatRoundResult: Equatable {
    case value(Double)
    /// CPython's OverflowError "rounded value too large to represent".
    case overflow
}

/// `round(d, ndigits)` for a float `d`.
func pyRoundFloat(_ d: Double, _ ndigits: Int) -> FloatRoundResult {
    if !d.isFinite || d == 0 { return .value(d) }
    if ndigits > roundDigitsMax { return .value(d) }
    if ndigits < roundDigitsMin { return .value(0.0 * d) }
    if ndigits >= 0 {
        // glibc's printf rounds the exact value half-even at the requested place.
        return .value(Double(String(format: "%.\(ndigits)f", d)) ?? d)
    }
    // Negative ndigits: round the exact decimal expansion (at most 1074 fraction digits) at the
    // 10**k place by hand, where k = -ndigits.
    let k = -ndigits
    let exact = String(format: "%.1074f", Swift.abs(d))
    let parts = exact.split(separator: ".", maxSplits: 1)
    let intDigits = Array(parts[0].utf8)
    let fracNonZero = parts.count > 1 && parts[1].utf8.contains { $0 != UInt8(ascii: "0") }
    var quotient: [UInt8]
    var rest: ArraySlice<UInt8>
    if intDigits.count > k {
        quotient = Array(intDigits[..<(intDigits.count - k)])
        rest = intDigits[(intDigits.count - k)...]
    } else {
        quotient = [UInt8(ascii: "0")]
        rest = ArraySlice(repeating: UInt8(ascii: "0"), count: k - intDigits.count) + intDigits[...]
    }
    // Compare the rest (k digits and the fraction) with half of 10**k.
    let first = rest.first ?? UInt8(ascii: "0")
    let tailNonZero = rest.dropFirst().contains { $0 != UInt8(ascii: "0") } || fracNonZero
    let roundUp: Bool
    if first > UInt8(ascii: "5") { roundUp = true }
    else if first < UInt8(ascii: "5") { roundUp = false }
    else if tailNonZero { roundUp = true }
    else { roundUp = ((quotient.last ?? UInt8(ascii: "0")) - UInt8(ascii: "0")) & 1 == 1 }
    if roundUp {
        var i = quotient.count - 1
        while i >= 0 {
            if quotient[i] == UInt8(ascii: "9") { quotient[i] = UInt8(ascii: "0"); i -= 1 }
            else { quotient[i] += 1; break }
        }
        if i < 0 { quotient.insert(UInt8(ascii: "1"), at: 0) }
    }
    let text = (d < 0 ? "-" : "") + String(decoding: quotient, as: UTF8.self) + "e\(k)"
    guard let r = Double(text) else { return .value(d) }
    return r.isFinite ? .value(r) : .overflow
}
