// MD5.swift -- RFC 1321 message digest, tuned for short messages.
//
// curifactory hashes every field as md5(f"{name}{repr}") -- tens of bytes -- and
// sums the digests as integers, so the digest is returned as a 128-bit number
// (hi, lo), big-endian: the value of int(hexdigest, 16) in Python.
//
// Whole 64-byte blocks are read in place from the caller's contiguous storage;
// only the padded tail (one or two blocks) is copied, into a stack buffer.

/// MD5 of a byte sequence.
///
///     MD5.hex("abc".utf8)          // "900150983cd24fb0d6963f7d28e17f72"
///     MD5.digest("abc".utf8).hi    // 0x900150983cd24fb0
public enum MD5 {
    /// The digest as the big-endian 128-bit number `hi << 64 | lo`.
    /// (Inlinable: callers get a specialized copy, no generic dispatch.)
    @inlinable
    public static func digest<C: Collection>(_ bytes: C) -> (UInt64, UInt64) where C.Element == UInt8 {
        if let d = bytes.withContiguousStorageIfAvailable({ digest(UnsafeRawBufferPointer($0)) }) {
            return d
        }
        return Array(bytes).withUnsafeBytes { digest($0) }
    }

    /// The digest of the UTF-8 bytes of `s`.
    @inlinable
    public static func digest(_ s: String) -> (UInt64, UInt64) { digest(s.utf8) }

    /// The digest as 32 lowercase hex digits (Python's `hexdigest()`).
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let (hi, lo) = digest(bytes)
        return hex128(hi, lo)
    }

    /// The digest of the UTF-8 bytes of `s`, as 32 lowercase hex digits.
    public static func hex(_ s: String) -> String { hex(s.utf8) }

    /// The digest of raw bytes.
    public static func digest(_ msg: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        var st = State()
        let n = msg.count
        let whole = n & ~63
        var off = 0
        if let base = msg.baseAddress {
            while off < whole { st.block(base + off); off += 64 }
        }
        // Tail: rest of the message, 0x80, zeros, bit length (LE) -- 1 or 2 blocks.
        // Built in whole 8-byte stores, so the block's 4-byte loads are forwarded
        // from the store buffer (a byte-wise copy would stall them).
        let rest = n - whole
        let tailLen = rest < 56 ? 64 : 128
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { t in
            guard let tb = t.baseAddress else { return }
            tb.initialize(repeating: 0, count: 16)
            let src = msg.baseAddress.map { $0 + whole }
            let q = rest >> 3, r = rest & 7
            var part = UInt64(0x80) << UInt64(8 * r)
            if let src {
                for i in 0..<q { tb[i] = src.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self) }
                for k in 0..<r { part |= UInt64(src.load(fromByteOffset: 8 * q + k, as: UInt8.self)) << UInt64(8 * k) }
            }
            tb[q] = part.littleEndian
            tb[tailLen / 8 - 1] = (UInt64(n) &* 8).littleEndian
            st.block(UnsafeRawPointer(tb))
            if tailLen == 128 { st.block(UnsafeRawPointer(tb + 8)) }
        }
        // Digest bytes are a, b, c, d in little-endian order; read them big-endian.
        let hi = UInt64(st.a.byteSwapped) << 32 | UInt64(st.b.byteSwapped)
        let lo = UInt64(st.c.byteSwapped) << 32 | UInt64(st.d.byteSwapped)
        return (hi, lo)
    }
}

/// 32 lowercase hex digits of `hi << 64 | lo`.
func hex128(_ hi: UInt64, _ lo: UInt64) -> String {
    var out = [UInt8](repeating: 0x30, count: 32)
    putHex(hi, into: &out, at: 0)
    putHex(lo, into: &out, at: 16)
    return String(decoding: out, as: UTF8.self)
}

/// Writes `v` as 16 lowercase hex digits into `out[at..<at+16]`.
@inline(__always)
func putHex(_ v: UInt64, into out: inout [UInt8], at: Int) {
    for i in 0..<16 {
        let nib = UInt8(truncatingIfNeeded: v >> UInt64(60 - 4 * i)) & 0xF
        out[at + i] = nib < 10 ? 0x30 + nib : 0x57 + nib   // 0x57 + 10 == 'a'
    }
}

// -- the compression function -------------------------------------------------

private struct State {
    var a: UInt32 = 0x67452301
    var b: UInt32 = 0xefcdab89
    var c: UInt32 = 0x98badcfe
    var d: UInt32 = 0x10325476

    /// One 64-byte block at `p` (any alignment); rounds fully unrolled.
    @inline(__always)
    mutating func block(_ p: UnsafeRawPointer) {
        @inline(__always) func w(_ i: Int) -> UInt32 {
            UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
        }
        let x0 = w(0), x1 = w(1), x2 = w(2), x3 = w(3), x4 = w(4), x5 = w(5)
        let x6 = w(6), x7 = w(7), x8 = w(8), x9 = w(9), x10 = w(10), x11 = w(11)
        let x12 = w(12), x13 = w(13), x14 = w(14), x15 = w(15)
        var a = self.a, b = self.b, c = self.c, d = self.d

        // Round 1: F = (b & c) | (~b & d)
        a = ff(a, b, c, d, x0, 7, 0xd76aa478); d = ff(d, a, b, c, x1, 12, 0xe8c7b756)
        c = ff(c, d, a, b, x2, 17, 0x242070db); b = ff(b, c, d, a, x3, 22, 0xc1bdceee)
        a = ff(a, b, c, d, x4, 7, 0xf57c0faf); d = ff(d, a, b, c, x5, 12, 0x4787c62a)
        c = ff(c, d, a, b, x6, 17, 0xa8304613); b = ff(b, c, d, a, x7, 22, 0xfd469501)
        a = ff(a, b, c, d, x8, 7, 0x698098d8); d = ff(d, a, b, c, x9, 12, 0x8b44f7af)
        c = ff(c, d, a, b, x10, 17, 0xffff5bb1); b = ff(b, c, d, a, x11, 22, 0x895cd7be)
        a = ff(a, b, c, d, x12, 7, 0x6b901122); d = ff(d, a, b, c, x13, 12, 0xfd987193)
        c = ff(c, d, a, b, x14, 17, 0xa679438e); b = ff(b, c, d, a, x15, 22, 0x49b40821)
        // Round 2: G = (b & d) | (c & ~d)
        a = gg(a, b, c, d, x1, 5, 0xf61e2562); d = gg(d, a, b, c, x6, 9, 0xc040b340)
        c = gg(c, d, a, b, x11, 14, 0x265e5a51); b = gg(b, c, d, a, x0, 20, 0xe9b6c7aa)
        a = gg(a, b, c, d, x5, 5, 0xd62f105d); d = gg(d, a, b, c, x10, 9, 0x02441453)
        c = gg(c, d, a, b, x15, 14, 0xd8a1e681); b = gg(b, c, d, a, x4, 20, 0xe7d3fbc8)
        a = gg(a, b, c, d, x9, 5, 0x21e1cde6); d = gg(d, a, b, c, x14, 9, 0xc33707d6)
        c = gg(c, d, a, b, x3, 14, 0xf4d50d87); b = gg(b, c, d, a, x8, 20, 0x455a14ed)
        a = gg(a, b, c, d, x13, 5, 0xa9e3e905); d = gg(d, a, b, c, x2, 9, 0xfcefa3f8)
        c = gg(c, d, a, b, x7, 14, 0x676f02d9); b = gg(b, c, d, a, x12, 20, 0x8d2a4c8a)
        // Round 3: H = b ^ c ^ d
        a = hh(a, b, c, d, x5, 4, 0xfffa3942); d = hh(d, a, b, c, x8, 11, 0x8771f681)
        c = hh(c, d, a, b, x11, 16, 0x6d9d6122); b = hh(b, c, d, a, x14, 23, 0xfde5380c)
        a = hh(a, b, c, d, x1, 4, 0xa4beea44); d = hh(d, a, b, c, x4, 11, 0x4bdecfa9)
        c = hh(c, d, a, b, x7, 16, 0xf6bb4b60); b = hh(b, c, d, a, x10, 23, 0xbebfbc70)
        a = hh(a, b, c, d, x13, 4, 0x289b7ec6); d = hh(d, a, b, c, x0, 11, 0xeaa127fa)
        c = hh(c, d, a, b, x3, 16, 0xd4ef3085); b = hh(b, c, d, a, x6, 23, 0x04881d05)
        a = hh(a, b, c, d, x9, 4, 0xd9d4d039); d = hh(d, a, b, c, x12, 11, 0xe6db99e5)
        c = hh(c, d, a, b, x15, 16, 0x1fa27cf8); b = hh(b, c, d, a, x2, 23, 0xc4ac5665)
        // Round 4: I = c ^ (b | ~d)
        a = ii(a, b, c, d, x0, 6, 0xf4292244); d = ii(d, a, b, c, x7, 10, 0x432aff97)
        c = ii(c, d, a, b, x14, 15, 0xab9423a7); b = ii(b, c, d, a, x5, 21, 0xfc93a039)
        a = ii(a, b, c, d, x12, 6, 0x655b59c3); d = ii(d, a, b, c, x3, 10, 0x8f0ccc92)
        c = ii(c, d, a, b, x10, 15, 0xffeff47d); b = ii(b, c, d, a, x1, 21, 0x85845dd1)
        a = ii(a, b, c, d, x8, 6, 0x6fa87e4f); d = ii(d, a, b, c, x15, 10, 0xfe2ce6e0)
        c = ii(c, d, a, b, x6, 15, 0xa3014314); b = ii(b, c, d, a, x13, 21, 0x4e0811a1)
        a = ii(a, b, c, d, x4, 6, 0xf7537e82); d = ii(d, a, b, c, x11, 10, 0xbd3af235)
        c = ii(c, d, a, b, x2, 15, 0x2ad7d2bb); b = ii(b, c, d, a, x9, 21, 0xeb86d391)

        self.a &+= a; self.b &+= b; self.c &+= c; self.d &+= d
    }
}

// One step: a' = b + rotl(a + f(b,c,d) + x + t, s).  The sum is ordered so the
// terms not depending on b (the value just computed) go first: b's chain is short.
@inline(__always) private func rotl(_ v: UInt32, _ s: UInt32) -> UInt32 { v &<< s | v &>> (32 &- s) }
@inline(__always) private func ff(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32,
                                  _ x: UInt32, _ s: UInt32, _ t: UInt32) -> UInt32 {
    b &+ rotl((a &+ x &+ t) &+ (d ^ (b & (c ^ d))), s)
}
@inline(__always) private func gg(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32,
                                  _ x: UInt32, _ s: UInt32, _ t: UInt32) -> UInt32 {
    b &+ rotl((a &+ x &+ t &+ (c & ~d)) &+ (b & d), s)   // the two terms share no bits
}
@inline(__always) private func hh(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32,
                                  _ x: UInt32, _ s: UInt32, _ t: UInt32) -> UInt32 {
    b &+ rotl((a &+ x &+ t) &+ (b ^ (c ^ d)), s)
}
@inline(__always) private func ii(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32,
                                  _ x: UInt32, _ s: UInt32, _ t: UInt32) -> UInt32 {
    b &+ rotl((a &+ x &+ t) &+ (c ^ (b | ~d)), s)
}
