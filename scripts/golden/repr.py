#!/usr/bin/env python3
"""Golden data for cfy's CPython repr re-implementation (Sources/CfyCore/Python).

Every expected value is computed here by CPython (3.11: Unicode 14.0 tables),
never typed by hand.  Files are ASCII, one record per line, fields split by one
space:

  floats N SEED OUT     <16 hex digits: IEEE-754 bits of the double> <repr(x)>
  scalars OUT           <hex code point> <hex of the UTF-8 bytes of repr(chr(c))>
                        for every code point 0..0x10FFFF except D800-DFFF
  strings N SEED OUT    <hex of UTF-8 of s> <hex of UTF-8 of repr(s)>
                        (an empty string is the single character '-')
  printable OUT         <hex first> <hex last> <1|0>: maximal runs of code
                        points (surrogates excluded) with equal chr(c).isprintable()
  md5 OUT               for MD5/WideSum tests (m(n) = bytes((i*31+7) % 256 for i < n)):
                        md5 <n> <hashlib.md5(m(n)).hexdigest()>
                        rfc <hex of message> <hexdigest>  (the RFC 1321 test suite)
                        summax <k> <f"{k * (2**128 - 1):x}">
                        sumfields <k> <f"{sum(int(md5(f'f{i}'), 16) for i < k):x}">

The unit-test files are regenerated (byte-identical) with, from the repo root:
  G=Tests/CfyCoreTests/Golden
  scripts/golden/repr.py floats 5000 1 $G/floats.txt; scripts/golden/repr.py strings 2000 2 $G/strings.txt
  scripts/golden/repr.py printable $G/printable.txt;  scripts/golden/repr.py md5 $G/md5.txt
The exhaustive parity check used `floats 1000000 12345` and `scalars`.

Hex is lowercase.  Lines starting with '#' are comments (the header says which
Python wrote the file).
"""
import math
import random
import struct
import sys
import unicodedata


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def header(f):
    f.write("# python %s, unicodedata %s\n" % (sys.version.split()[0], unicodedata.unidata_version))


def hexutf8(s):
    return s.encode("utf-8").hex() or "-"


def float_cases(n, rng):
    out = []
    # fixed edge cases: zeros, specials, subnormals, extremes
    fixed = [0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 5e-324, -5e-324,
             2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
             0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1.0, -1.0, 100.0, 1e22, 1e23]
    out += fixed
    # integers as floats around 2^53 and around 10^15..10^17
    for base in (2.0 ** 53, 2.0 ** 54, 1e15, 1e16, 1e17, 2.0 ** 63, 2.0 ** 64):
        b = bits(base)
        for d in range(-40, 41):
            out.append(from_bits(b + d))
        for k in range(-20, 21):
            out.append(base + k)
    # the fixed/scientific switch points, and neighbours in ulps
    for p in range(-8, 25):
        b = bits(10.0 ** p)
        for d in range(-6, 7):
            out.append(from_bits(b + d))
    for v in (1e-4, 1e-5, 9.999999999999999e-05, 0.00011, 1.5e-5, 9.5e-5,
              999999999999999.9, 9999999999999998.0, 1.5e16, 99999999999999999.0):
        out += [v, -v]
    # subnormals: random and power-of-two patterns
    for i in range(52):
        out.append(from_bits(1 << i))
        out.append(from_bits((1 << i) - 1 if i else 1))
    while len(out) < n:
        r = rng.random()
        if r < 0.45:  # random 64-bit pattern (may be nan/inf)
            out.append(from_bits(rng.getrandbits(64)))
        elif r < 0.85:  # "nice" decimals
            k = rng.randint(0, 17)
            e = rng.randint(-30, 30)
            v = round(rng.random(), k) * 10.0 ** e
            out.append(-v if rng.random() < 0.3 else v)
        elif r < 0.93:  # integers as floats
            out.append(float(rng.randint(-(1 << rng.randint(1, 70)), 1 << rng.randint(1, 70))))
        else:  # subnormals
            out.append(from_bits(rng.getrandbits(52)))
    return out[:n]


def mode_floats(n, seed, path):
    rng = random.Random(seed)
    with open(path, "w") as f:
        header(f)
        for x in float_cases(n, rng):
            f.write("%016x %s\n" % (bits(x), repr(x)))


def code_points():
    return (c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def mode_scalars(path):
    with open(path, "w") as f:
        header(f)
        for c in code_points():
            f.write("%x %s\n" % (c, hexutf8(repr(chr(c)))))


def mode_printable(path):
    runs = []
    for c in code_points():
        p = chr(c).isprintable()
        if runs and runs[-1][2] == p and runs[-1][1] + 1 == c:
            runs[-1][1] = c
        else:
            runs.append([c, c, p])
    with open(path, "w") as f:
        header(f)
        for a, b, p in runs:
            f.write("%x %x %d\n" % (a, b, p))


def random_string(rng, pool):
    n = rng.choice([0, 1, 2, 3, 5, 8, 13, 30])
    return "".join(rng.choice(pool)() for _ in range(n))


def mode_strings(n, seed, path):
    rng = random.Random(seed)
    unassigned = [c for c in range(0x110000)
                  if not 0xD800 <= c <= 0xDFFF and unicodedata.category(chr(c)) == "Cn"][:200000]
    pool = [
        lambda: rng.choice("'\"\\"),
        lambda: rng.choice("abcXYZ019 _-.,"),
        lambda: chr(rng.randint(0, 0x20)),
        lambda: chr(rng.choice([0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xAD, 0xFF, 0x2028, 0x2029,
                                0x200B, 0x200D, 0xFEFF, 0x3000, 0xE000, 0xFFFD, 0xFFFF])),
        lambda: chr(rng.randint(0x300, 0x36F)),  # combining marks
        lambda: chr(rng.randint(0x1F300, 0x1FAFF)),  # emoji (some newer than 14.0)
        lambda: chr(rng.randint(0xA0, 0x2FFF)),
        lambda: chr(rng.choice(unassigned)),
        lambda: chr(rng.choice([c for c in (rng.randint(0, 0x10FFFF),) if not 0xD800 <= c <= 0xDFFF] or [0x41])),
    ]
    cases = ["", "'", '"', "'\"", "a'b", 'a"b', "\\", "e\u0301", "\x00", "\u200b", "\U0001F600"]
    while len(cases) < n:
        cases.append(random_string(rng, pool))
    with open(path, "w") as f:
        header(f)
        for s in cases[:n]:
            f.write("%s %s\n" % (hexutf8(s), hexutf8(repr(s))))


def md5_message(n):
    return bytes((i * 31 + 7) % 256 for i in range(n))


def mode_md5(path):
    import hashlib
    with open(path, "w") as f:
        header(f)
        for n in (0, 1, 3, 30, 55, 56, 57, 63, 64, 65, 119, 120, 121, 127, 128, 129, 1000, 1 << 20):
            f.write("md5 %d %s\n" % (n, hashlib.md5(md5_message(n)).hexdigest()))
        rfc = ["", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz",
               "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
               "1234567890" * 8]
        for m in rfc:
            f.write("rfc %s %s\n" % (m.encode().hex() or "-", hashlib.md5(m.encode()).hexdigest()))
        for k in (0, 1, 2, 3, 300, 100000):
            f.write("summax %d %x\n" % (k, k * (2 ** 128 - 1)))
        for k in (0, 1, 2, 10, 1000):
            t = sum(int(hashlib.md5(("f%d" % i).encode()).hexdigest(), 16) for i in range(k))
            f.write("sumfields %d %x\n" % (k, t))


def main(argv):
    usage = "usage: scripts/golden/repr.py floats N SEED OUT | scalars OUT | strings N SEED OUT | printable OUT | md5 OUT"
    if len(argv) == 5 and argv[1] == "floats":
        mode_floats(int(argv[2]), int(argv[3]), argv[4])
    elif len(argv) == 3 and argv[1] == "scalars":
        mode_scalars(argv[2])
    elif len(argv) == 5 and argv[1] == "strings":
        mode_strings(int(argv[2]), int(argv[3]), argv[4])
    elif len(argv) == 3 and argv[1] == "printable":
        mode_printable(argv[2])
    elif len(argv) == 3 and argv[1] == "md5":
        mode_md5(argv[2])
    else:
        sys.exit(usage)


if __name__ == "__main__":
    main(sys.argv)
