// Case conversion of str, as CPython 3.11's unicodeobject.c does it (do_lower, do_upper, do_casefold,
// do_swapcase, do_title, do_capitalize), with full (multi-character) mappings at Unicode 14.0.

/// How one str case method maps a string.
enum PyCase {
    case lower, upper, casefold, swapcase, title, capitalize

    init?(method: String) {
        switch method {
        case "lower": self = .lower
        case "upper": self = .upper
        case "casefold": self = .casefold
        case "swapcase": self = .swapcase
        case "title": self = .title
        case "capitalize": self = .capitalize
        default: return nil
        }
    }

    /// The method applied to `cs`.
    func apply(_ cs: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        switch self {
        case .lower:
            for i in cs.indices { appendLower(cs, i, to: &out) }
        case .upper:
            for u in cs { UCD14.appendMapping(UCD14.upperTable, u, to: &out) }
        case .casefold:
            for u in cs { UCD14.appendMapping(UCD14.casefoldTable, u, to: &out) }
        case .swapcase:
            for (i, u) in cs.enumerated() {
                if UCD14.has(u, UCD14.upper) { appendLower(cs, i, to: &out) }
                else if UCD14.has(u, UCD14.lower) { UCD14.appendMapping(UCD14.upperTable, u, to: &out) }
                else { out.append(u) }
            }
        case .title:
            var previousCased = false
            for (i, u) in cs.enumerated() {
                if previousCased { appendLower(cs, i, to: &out) } else { UCD14.appendMapping(UCD14.titleTable, u, to: &out) }
                previousCased = UCD14.has(u, UCD14.cased)
            }
        case .capitalize:
            for (i, u) in cs.enumerated() {
                if i == 0 { UCD14.appendMapping(UCD14.titleTable, u, to: &out) } else { appendLower(cs, i, to: &out) }
            }
        }
        return String(out)
    }
}

/// Python's lower_ucs4: the full lowercase of `cs[i]`, where Σ becomes final ς at the end of a word
/// (a cased code point before it and none after it, skipping case-ignorable ones).
private func appendLower(_ cs: [Unicode.Scalar], _ i: Int, to out: inout String.UnicodeScalarView) {
    let u = cs[i]
    guard u.value == 0x3A3 else { UCD14.appendMapping(UCD14.lowerTable, u, to: &out); return }
    func casedNeighbour(_ js: some Sequence<Int>) -> Bool? {
        for j in js where !UCD14.has(cs[j], UCD14.caseIgnorable) { return UCD14.has(cs[j], UCD14.cased) }
        return nil
    }
    let before = casedNeighbour(stride(from: i - 1, through: 0, by: -1)) ?? false
    let final = before && !(casedNeighbour(i + 1 ..< cs.count) ?? false)
    out.append(final ? "\u{03C2}" : "\u{03C3}")
}
