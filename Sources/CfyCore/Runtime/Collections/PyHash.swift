// PyHash: CPython 3.11's hash() of the values whose hash is the same in every process (ints, bools,
// floats, tuples and frozensets of those), which decides where a set puts them and so the order
// it iterates in. Strings, None and objects hash differently per process (PYTHONHASHSEED, or an
// address): for those there is no CPython hash to give, only `PyHash.unordered`'s reason.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum PyHash {
    /// 2**61 - 1, the modulus of numeric hashes (Python/pyhash.c, `_PyHASH_MODULUS`).
    static let modulus: UInt64 = (1 << 61) - 1
    static let bits: Int = 61

    /// CPython's `hash(v)`, or nil when it differs between processes (or `v` is unhashable).
    static func of(_ v: Value) -> Int64? {
        switch v {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return int(negative: i < 0, magnitude: UInt64(i.magnitude))
        case .bigint(let b):
            var acc: UInt64 = 0
            for limb in b.mag.reversed() {
                acc = UInt64((UInt128(acc) << 64 | UInt128(limb)) % UInt128(modulus))
            }
            return int(negative: b.negative, magnitude: acc)
        case .float(let d): return float(d)
        case .tuple(let xs):
            if stackIsLow() { return nil }
            return tuple(xs)
        case .set(let s) where s.frozen: return s.frozenHash
        default: return nil
        }
    }

    /// Why a set holding `v` has no reproducible order (the type and the reason), for its errors.
    static func unordered(_ v: Value) -> String {
        switch v {
        case .str: return "a 'str' (its hash changes with PYTHONHASHSEED)"
        case .none: return "None (its hash is an address in Python 3.11)"
        case .float: return "float('nan') (its hash is an address in Python 3.11)"
        case .tuple(let xs):
            for x in xs where of(x) == nil { return "a tuple holding " + unordered(x) }
            return "a tuple"
        case .set(let s):
            return "a frozenset holding " + (s.unorderedWhy ?? "unordered elements")
        default: return "a '\(v.typeName)' (its hash is an address in Python)"
        }
    }

    /// An int of this sign and magnitude (magnitude already below 2**61 - 1 or not).
    static func int(negative: Bool, magnitude: UInt64) -> Int64 {
        let h = Int64(magnitude % modulus)
        if !negative { return h }
        return h == 1 ? -2 : -h
    }

    /// `_Py_HashDouble` of a finite or infinite float; nil for NaN.
    static func float(_ v: Double) -> Int64? {
        if v.isNaN { return nil }
        if v.isInfinite { return v > 0 ? 314159 : -314159 }
        var e: Int32 = 0
        var m = frexp(v, &e)
        var sign: Int64 = 1
        if m < 0 { sign = -1; m = -m }
        var x: UInt64 = 0
        var exp = Int(e)
        while m != 0 {
            x = ((x << 28) & modulus) | x >> UInt64(bits - 28)
            m *= 268435456.0
            exp -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        exp = exp >= 0 ? exp % bits : bits - 1 - ((-1 - exp) % bits)
        x = ((x << UInt64(exp)) & modulus) | x >> UInt64(bits - exp)
        let r = Int64(bitPattern: x) &* sign
        return r == -1 ? -2 : r
    }

    /// `tuplehash` (xxHash-based, Objects/tupleobject.c).
    static func tuple(_ xs: [Value]) -> Int64? {
        let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
        var acc = p5
        for x in xs {
            guard let h = of(x) else { return nil }
            acc = acc &+ UInt64(bitPattern: h) &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(xs.count) ^ (p5 ^ 3527539))
        return acc == UInt64.max ? 1546275796 : Int64(bitPattern: acc)
    }

    /// `frozenset_hash` over the hashes of the active entries (order does not matter).
    static func frozenset(_ hashes: [Int64]) -> Int64 {
        func shuffle(_ h: UInt64) -> UInt64 { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt64 = 0
        for h in hashes { hash ^= shuffle(UInt64(bitPattern: h)) }
        hash ^= (UInt64(hashes.count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        return hash == UInt64.max ? 590923713 : Int64(bitPattern: hash)
    }
}
