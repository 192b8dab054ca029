// Format: Python's format-spec mini-language (f-strings, format(), str.format) and `%` formatting.

import Foundation

/// A parsed `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init?(_ spec: String) {
        let cs = Array(spec)
        var i = 0
        if cs.count >= 2, "<>=^".contains(cs[1]) { fill = cs[0]; align = cs[1]; i = 2 }
        else if let c = cs.first, "<>=^".contains(c) { align = c; i = 1 }
        if i < cs.count, "+- ".contains(cs[i]) { sign = cs[i]; i += 1 }
        if i < cs.count, cs[i] == "#" { alternate = true; i += 1 }
        if i < cs.count, cs[i] == "0" { if align == nil { fill = "0"; align = "=" }; i += 1 }
        var w = ""
        while i < cs.count, cs[i].isASCII, cs[i].isNumber { w.append(cs[i]); i += 1 }
        if w.isEmpty { width = 0 } else { guard let n = Int(w) else { return nil }; width = n }
        if i < cs.count, cs[i] == "," || cs[i] == "_" { grouping = cs[i]; i += 1 }
        if i < cs.count, cs[i] == "." {
            i += 1
            var p = ""
            while i < cs.count, cs[i].isASCII, cs[i].isNumber { p.append(cs[i]); i += 1 }
            guard let n = Int(p) else { return nil }
            precision = n
        }
        if i < cs.count { type = cs[i]; i += 1 }
        if i != cs.count { return nil }
    }
}

extension Interpreter {
    /// `format(v, spec)`.
    func format(_ v: Value, _ spec: String, _ l: Loc) throws -> String {
        if spec.isEmpty { return try str(v) }
        guard let f = FormatSpec(spec) else { throw fail("invalid format specifier '\(spec)'", l, "ValueError") }
        try checkSize(f.width, l)
        try checkSize(f.precision ?? 0, l)
        var body: String
        var negative = false
        switch v {
        case .str(let s):
            guard f.type == nil || f.type == "s" else { throw badType(f, v, l) }
            body = f.precision.map { String(String.UnicodeScalarView(s.unicodeScalars.prefix($0))) } ?? s
            return pad(body, f, defaultAlign: "<", negative: false)
        case .int where f.type.map({ "bcdoxXn".contains($0) }) ?? true,
             .bigint where f.type.map({ "bcdoxXn".contains($0) }) ?? true,
             .bool where f.type.map({ "bcdoxXn".contains($0) }) ?? true:
            if case .bool(let b) = v, f.type == nil { return pad(b ? "True" : "False", f, defaultAlign: "<", negative: false) }
            func digits(_ radix: Int) -> String { pyIntDigits(v, radix: radix)?.digits ?? "0" }
            negative = pyIntDigits(v)?.negative ?? false
            switch f.type {
            case "b": body = (f.alternate ? "0b" : "") + digits(2)
            case "o": body = (f.alternate ? "0o" : "") + digits(8)
            case "x": body = (f.alternate ? "0x" : "") + digits(16)
            case "X": body = (f.alternate ? "0X" : "") + digits(16).uppercased()
            case "c":
                guard let n = asInt(v), let u = Unicode.Scalar(UInt32(truncatingIfNeeded: n)) else { throw fail("%c arg not in range", l, "OverflowError") }
                return pad(String(u), f, defaultAlign: "<", negative: false)
            default:
                if case .bigint(let b) = v, b.decimal == nil { throw fail(BigInt.strLimitMessage, l, "ValueError") }
                body = group(digits(10), f.grouping)
            }
        case .int, .bool, .float, .bigint:
            let d = try floatOperand(v, l) ?? 0
            negative = d.sign == .minus && !d.isNaN
            body = try formatFloat(Swift.abs(d), f, l)
        default:
            throw badType(f, v, l)
        }
        return pad(body, f, defaultAlign: ">", negative: negative)
    }

    private func badType(_ f: FormatSpec, _ v: Value, _ l: Loc) -> Diagnostic {
        fail("unknown format code '\(f.type.map(String.init) ?? "")' for object of type '\(v.typeName)'", l, "ValueError")
    }

    /// The digits of a non-negative double per the spec's type and precision.
    func formatFloat(_ d: Double, _ f: FormatSpec, _ l: Loc) throws -> String {
        if d.isNaN { return f.type.map { $0.isUppercase } == true ? "NAN" : "nan" }
        if d.isInfinite { return f.type.map { $0.isUppercase } == true ? "INF" : "inf" }
        let p = f.precision
        var out: String
        switch f.type {
        case "f", "F": out = String(format: "%.\(p ?? 6)f", d)
        case "e", "E": out = String(format: "%.\(p ?? 6)e", d)
        case "g", "G":
            out = String(format: f.alternate ? "%#.\(max(p ?? 6, 1))g" : "%.\(max(p ?? 6, 1))g", d)
        case "%": out = String(format: "%.\(p ?? 6)f", d * 100) + "%"
        case "n": out = String(format: "%.\(max(p ?? 6, 1))g", d)
        case nil:
            if let p {
                // Like 'g', but scientific from exponent p-1 on, and fixed notation keeps a ".0".
                let p = max(p, 1)
                let sci = String(format: "%.\(p - 1)e", d)
                let exp = Int(sci.split(separator: "e").last ?? "0") ?? 0
                if exp < -4 || exp >= p - 1 {
                    let parts = sci.split(separator: "e")
                    var mant = String(parts.first ?? "")
                    if mant.contains(".") { while mant.hasSuffix("0") { mant.removeLast() }; if mant.hasSuffix(".") { mant.removeLast() } }
                    out = mant + "e" + (parts.count > 1 ? String(parts[1]) : "+00")
                } else {
                    out = String(format: "%.\(max(0, p - 1 - exp))f", d)
                    if out.contains(".") { while out.hasSuffix("0") { out.removeLast() } }
                    if out.hasSuffix(".") || !out.contains(".") { out += out.hasSuffix(".") ? "0" : ".0" }
                }
            } else { out = pyFloatRepr(d) }
        default:
            throw fail("unknown format code '\(f.type.map(String.init) ?? "")' for object of type 'float'", l, "ValueError")
        }
        if f.type?.isUppercase == true { out = out.uppercased() }
        if let g = f.grouping {
            let intEnd = out.firstIndex { !$0.isNumber } ?? out.endIndex
            out = group(String(out[..<intEnd]), g) + out[intEnd...]
        }
        return out
    }

    func group(_ digits: String, _ sep: Character?) -> String {
        guard let sep else { return digits }
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(sep) }
            out.append(c)
        }
        return String(out.reversed())
    }

    func pad(_ body: String, _ f: FormatSpec, defaultAlign: Character, negative: Bool) -> String {
        let signText = negative ? "-" : (f.sign == "+" ? "+" : (f.sign == " " ? " " : ""))
        let len = body.unicodeScalars.count + signText.count
        let n = max(0, f.width - len)
        let fill = String(f.fill)
        switch f.align ?? defaultAlign {
        case "<": return signText + body + String(repeating: fill, count: n)
        case "^": return String(repeating: fill, count: n / 2) + signText + body + String(repeating: fill, count: n - n / 2)
        case "=": return signText + String(repeating: fill, count: n) + body
        default: return String(repeating: fill, count: n) + signText + body
        }
    }

    /// `"...{}...{name:spec}...".format(*args, **kwargs)`.
    func strFormat(_ s: String, _ a: Args, _ l: Loc) throws -> String {
        var out = "", auto = 0
        var cs = s.unicodeScalars[...]
        while let c = cs.first {
            cs = cs.dropFirst()
            if c == "}" {
                guard cs.first == "}" else { throw fail("single '}' encountered in format string", l, "ValueError") }
                cs = cs.dropFirst(); out += "}"; continue
            }
            if c != "{" { out.unicodeScalars.append(c); continue }
            if cs.first == "{" { cs = cs.dropFirst(); out += "{"; continue }
            var field = "", depth = 1
            while let d = cs.first {
                cs = cs.dropFirst()
                if d == "{" { depth += 1 } else if d == "}" { depth -= 1; if depth == 0 { break } }
                field.unicodeScalars.append(d)
            }
            if depth != 0 { throw fail("expected '}' before end of string", l, "ValueError") }
            var spec = "", conv: Character?
            if let colon = field.firstIndex(of: ":") { spec = String(field[field.index(after: colon)...]); field = String(field[..<colon]) }
            if let bang = field.firstIndex(of: "!") { conv = field[field.index(after: bang)...].first; field = String(field[..<bang]) }
            let parts = field.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let head = parts.first ?? ""
            var v: Value
            if head.isEmpty {
                guard auto < a.positional.count else { throw fail("Replacement index \(auto) out of range for positional args tuple", l, "IndexError") }
                v = a.positional[auto]; auto += 1
            } else if let n = Int(head) {
                guard n < a.positional.count else { throw fail("Replacement index \(n) out of range for positional args tuple", l, "IndexError") }
                v = a.positional[n]
            } else {
                guard let kv = a.keyword(head) else { throw fail("key '\(head)' not found in format arguments", l, "KeyError") }
                v = kv
            }
            for attr in parts.dropFirst() { v = try getAttr(v, attr, l) }
            if conv == "r" { v = .str(try repr(v)) } else if conv == "s" { v = .str(try str(v)) }
            out += try format(v, spec.contains("{") ? try strFormat(spec, a, l) : spec, l)
        }
        return out
    }

    /// `"%s and %.2f" % (a, b)`.
    func percentFormat(_ s: String, _ arg: Value, _ l: Loc) throws -> String {
        var items: [Value]
        if case .tuple(let xs) = arg { items = xs } else { items = [arg] }
        var out = ""
        var cs = s.unicodeScalars[...]
        while let c = cs.first {
            cs = cs.dropFirst()
            if c != "%" { out.unicodeScalars.append(c); continue }
            var spec = ""
            while let d = cs.first, "-+ #0123456789.".unicodeScalars.contains(d) { spec.unicodeScalars.append(d); cs = cs.dropFirst() }
            guard let t = cs.first else { throw fail("incomplete format", l, "ValueError") }
            cs = cs.dropFirst()
            if t == "%" { out += "%"; continue }
            guard !items.isEmpty else { throw fail("not enough arguments for format string", l, "TypeError") }
            let v = items.removeFirst()
            var pyspec = spec.replacingOccurrences(of: "-", with: "<")
            if spec.hasPrefix("-") { pyspec = "<" + spec.dropFirst() }
            else if spec.hasPrefix("0") { pyspec = spec }
            switch t {
            case "s": out += try format(.str(try str(v)), pyspec, l)
            case "r": out += try format(.str(try repr(v)), pyspec, l)
            case "d", "i", "u":
                var n = v
                if case .float(let d) = v, d.isFinite { n = try floatToInt(d, l) }
                out += try format(n, pyspec + "d", l)
            case "f", "F", "e", "E", "g", "G", "x", "X", "o":
                out += try format(v, pyspec + String(Character(t)), l)
            default:
                throw fail("unsupported format character '\(t)'", l, "ValueError")
            }
        }
        if !items.isEmpty, case .tuple = arg { throw fail("not all arguments converted during string formatting", l, "TypeError") }
        return out
    }
}
