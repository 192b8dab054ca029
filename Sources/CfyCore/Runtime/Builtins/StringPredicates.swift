// The str.is* predicates, as CPython 3.11's unicodeobject.c defines them, at Unicode 14.0.

/// Python's str.isspace for one code point (_PyUnicode_IsWhitespace): what split(), strip(), int()
/// and float() treat as whitespace.
func isPySpace(_ u: Unicode.Scalar) -> Bool { UCD14.has(u, UCD14.space) }

/// Python's line boundaries for str.splitlines: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
func isPyLinebreak(_ u: Unicode.Scalar) -> Bool { UCD14.has(u, UCD14.linebreak) }

/// Python's str.isidentifier: XID_Start or '_' first, XID_Continue after (no keyword check).
func isPyIdentifier(_ cs: some Collection<Unicode.Scalar>) -> Bool {
    guard let f = cs.first, f == "_" || UCD14.has(f, UCD14.xidStart) else { return false }
    return cs.dropFirst().allSatisfy { UCD14.has($0, UCD14.xidContinue) }
}

/// The str predicate `name` of `cs`, or nil when `name` is not one.
func pyStrPredicate(_ name: String, _ cs: [Unicode.Scalar]) -> Bool? {
    func all(_ bits: UInt32) -> Bool {
        if cs.isEmpty { return false }
        for u in cs where UCD14.flags(u.value) & bits == 0 { return false }
        return true
    }
    switch name {
    case "isdecimal": return all(UCD14.decimal)
    case "isdigit": return all(UCD14.digit)
    case "isnumeric": return all(UCD14.numeric)
    case "isalpha": return all(UCD14.alpha)
    case "isalnum": return all(UCD14.alpha | UCD14.decimal | UCD14.digit | UCD14.numeric)
    case "isspace": return all(UCD14.space)
    case "isascii": return cs.allSatisfy { $0.value < 128 }
    case "isprintable": return cs.allSatisfy { UCD14.has($0, UCD14.printable) }
    case "isidentifier": return isPyIdentifier(cs)
    case "islower", "isupper":
        // No code point of the other case or titlecase, and at least one of this case.
        let (this, other) = name == "islower" ? (UCD14.lower, UCD14.upper) : (UCD14.upper, UCD14.lower)
        var cased = false
        for u in cs {
            let f = UCD14.flags(u.value)
            if f & (other | UCD14.title) != 0 { return false }
            if f & this != 0 { cased = true }
        }
        return cased
    case "istitle":
        // Upper/titlecase only after an uncased code point, lowercase only after a cased one.
        var cased = false, previousCased = false
        for u in cs {
            let f = UCD14.flags(u.value)
            if f & (UCD14.upper | UCD14.title) != 0 {
                if previousCased { return false }
                previousCased = true; cased = true
            } else if f & UCD14.lower != 0 {
                if !previousCased { return false }
                previousCased = true; cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    default: return nil
    }
}
