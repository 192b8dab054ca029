// String methods, on code points as Python has them.

extension Interpreter {
    func strMethod(_ s: String, _ name: String, _ a: Args, _ l: Loc) throws -> Value {
        let p = a.positional
        func strArg(_ i: Int, _ what: String = "argument") throws -> String {
            guard i < p.count else { throw fail("\(name)() missing required \(what)", l, .typeError) }
            guard case .str(let x) = p[i] else { throw fail("\(name)() \(what) must be str, not \(p[i].typeName)", l, .typeError) }
            return x
        }
        func optChars(_ i: Int) throws -> Set<Unicode.Scalar>? {
            guard i < p.count, !p[i].isNone else { return nil }
            return Set(try strArg(i).unicodeScalars)
        }
        let cs = Array(s.unicodeScalars)
        if let v = try strSearch(cs, name, a, l) { return v }
        func make(_ xs: some Sequence<Unicode.Scalar>) -> Value { .str(String(String.UnicodeScalarView(xs))) }
        switch name {
        case "upper", "lower", "casefold", "swapcase", "title", "capitalize":
            try arity(name, a, 0...0, l)
            return .str(PyCase(method: name)?.apply(cs) ?? s)
        case "strip", "lstrip", "rstrip":
            try arity(name, a, 0...1, l)
            let set = try optChars(0)
            let drop: (Unicode.Scalar) -> Bool = { set?.contains($0) ?? isPySpace($0) }
            var lo = 0, hi = cs.count
            if name != "rstrip" { while lo < hi, drop(cs[lo]) { lo += 1 } }
            if name != "lstrip" { while hi > lo, drop(cs[hi - 1]) { hi -= 1 } }
            return make(cs[lo..<hi])
        case "split", "rsplit":
            try onlyKeywords(name, a, ["sep", "maxsplit"], l)
            let sepV = p.count > 0 ? p[0] : (a.keyword("sep") ?? .none)
            let maxSplit = try intArg(p.count > 1 ? p[1] : (a.keyword("maxsplit") ?? .int(-1)), name, l)
            if case .str(let sep) = sepV {
                if sep.isEmpty { throw fail("empty separator", l, .valueError) }
                return .list(splitOn(cs, Array(sep.unicodeScalars), maxSplit, reverse: name == "rsplit").map(Value.str))
            }
            return .list(splitSpace(cs, maxSplit, reverse: name == "rsplit").map(Value.str))
        case "splitlines":
            try onlyKeywords(name, a, ["keepends"], l)
            try arity(name, a, 0...1, l)
            let keep = (p.first ?? a.keyword("keepends") ?? .bool(false)).truthy
            return .list(splitLines(cs, keepEnds: keep).map(Value.str))
        case "join":
            try arity("join", a, 1...1, l)
            var parts: [String] = []
            try iterate(p[0], l) { item in
                guard case .str(let x) = item else {
                    throw self.fail("sequence item \(parts.count): expected str instance, \(item.typeName) found", l, .typeError)
                }
                parts.append(x); return true
            }
            var total = Int64(s.utf8.count) * Int64(max(parts.count - 1, 0))
            for x in parts { total += Int64(x.utf8.count); try checkSize((total, false), l) }
            return .str(parts.joined(separator: s))
        case "replace":
            try arity("replace", a, 2...3, l)
            let old = Array(try strArg(0).unicodeScalars), new = try strArg(1)
            var count = p.count > 2 ? try intArg(p[2], "replace", l) : -1
            if count < 0 { count = .max }
            var out = String.UnicodeScalarView(), i = 0, done: Int64 = 0
            // The memory guard: the result's length, known before it is built.
            let grow = Int64(new.unicodeScalars.count) - Int64(old.count)
            let matches = old.isEmpty ? Int64(cs.count + 1) : Int64(cs.count / old.count)
            if grow > 0 { try checkSize(Int64(cs.count).addingReportingOverflow(grow * min(matches, count)), l) }
            if old.isEmpty {
                for u in cs {
                    if done < count { out.append(contentsOf: new.unicodeScalars); done += 1 }
                    out.append(u)
                }
                if done < count { out.append(contentsOf: new.unicodeScalars) }
                return .str(String(out))
            }
            while i < cs.count {
                if done < count, i + old.count <= cs.count, self.matches(cs, old, at: i) {
                    out.append(contentsOf: new.unicodeScalars); i += old.count; done += 1
                } else { out.append(cs[i]); i += 1 }
            }
            return .str(String(out))
        case "removeprefix", "removesuffix":
            let x = Array(try strArg(0).unicodeScalars)
            if name == "removeprefix", cs.starts(with: x) { return make(cs.dropFirst(x.count)) }
            if name == "removesuffix", !x.isEmpty, Array(cs.suffix(x.count)) == x { return make(cs.dropLast(x.count)) }
            return .str(s)
        case "partition", "rpartition":
            let sep = Array(try strArg(0).unicodeScalars)
            if sep.isEmpty { throw fail("empty separator", l, .valueError) }
            let parts = splitOn(cs, sep, 1, reverse: name == "rpartition")
            if parts.count == 2 { return .tuple([.str(parts[0]), .str(String(String.UnicodeScalarView(sep))), .str(parts[1])]) }
            return name == "partition" ? .tuple([.str(s), .str(""), .str("")]) : .tuple([.str(""), .str(""), .str(s)])
        case "zfill":
            let w = Int(try intArg(p.first ?? .none, "zfill", l))
            if cs.count >= w { return .str(s) }
            try checkSize(w, l)
            let pad = String(repeating: "0", count: w - cs.count)
            if let f = cs.first, f == "+" || f == "-" { return .str(String(f) + pad + String(String.UnicodeScalarView(cs.dropFirst()))) }
            return .str(pad + s)
        case "expandtabs":
            try onlyKeywords(name, a, ["tabsize"], l)
            let size = try intArg(p.first ?? (a.keyword("tabsize") ?? .int(8)), name, l)
            var out: [Unicode.Scalar] = [], column: Int64 = 0
            for c in cs {
                if c == "\t" {
                    if size > 0 {
                        let n = size - column % size
                        try checkSize(Int64(out.count).addingReportingOverflow(n), l)
                        out.append(contentsOf: repeatElement(" ", count: Int(n)))
                        column += n
                    }
                } else {
                    out.append(c)
                    column = (c == "\n" || c == "\r") ? 0 : column + 1
                }
            }
            return make(out)
        case "ljust", "rjust", "center":
            try arity(name, a, 1...2, l)
            let w = Int(try intArg(p[0], name, l))
            let fill = p.count > 1 ? try strArg(1) : " "
            guard fill.unicodeScalars.count == 1 else { throw fail("The fill character must be exactly one character long", l, .typeError) }
            if w <= cs.count { return .str(s) }
            try checkSize(w, l)
            let n = w - cs.count
            if name == "ljust" { return .str(s + String(repeating: fill, count: n)) }
            if name == "rjust" { return .str(String(repeating: fill, count: n) + s) }
            let left = n / 2 + (n & w & 1)
            return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: n - left))
        case "format":
            return .str(try strFormat(s, a, l))
        case "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle",
             "isidentifier", "isprintable", "isascii":
            try arity(name, a, 0...0, l)
            return .bool(pyStrPredicate(name, cs) ?? false)
        default:
            throw fail("'str' object has no attribute '\(name)'" + didYouMean(name, builtinMethodNames["str"] ?? []), l, .attributeError)
        }
    }

    func splitOn(_ cs: [Unicode.Scalar], _ sep: [Unicode.Scalar], _ maxSplit: Int64, reverse: Bool) -> [String] {
        var cuts: [Int] = []
        var i = 0
        while i + sep.count <= cs.count {
            if matches(cs, sep, at: i) { cuts.append(i); i += sep.count } else { i += 1 }
        }
        if maxSplit >= 0, cuts.count > Int(maxSplit) {
            cuts = reverse ? Array(cuts.suffix(Int(maxSplit))) : Array(cuts.prefix(Int(maxSplit)))
        }
        var out: [String] = [], start = 0
        for c in cuts {
            out.append(String(String.UnicodeScalarView(cs[start..<c]))); start = c + sep.count
        }
        out.append(String(String.UnicodeScalarView(cs[start...])))
        return out
    }

    /// str.splitlines: split at Python's line boundaries (\r\n is one), keeping them if asked.
    func splitLines(_ cs: [Unicode.Scalar], keepEnds: Bool) -> [String] {
        var out: [String] = [], start = 0, i = 0
        while i < cs.count {
            guard isPyLinebreak(cs[i]) else { i += 1; continue }
            let lineEnd = i
            if cs[i] == "\r", i + 1 < cs.count, cs[i + 1] == "\n" { i += 1 }
            i += 1
            out.append(String(String.UnicodeScalarView(cs[start..<(keepEnds ? i : lineEnd)])))
            start = i
        }
        if start < cs.count { out.append(String(String.UnicodeScalarView(cs[start...]))) }
        return out
    }

    /// str.split()/rsplit() with no separator, as CPython's split_whitespace/rsplit_whitespace: runs of
    /// whitespace separate words; once maxsplit words are cut, the rest is one word with only the
    /// whitespace next to the cut removed (`'a b '.split(None, 1)` is `['a', 'b ']`).
    func splitSpace(_ cs: [Unicode.Scalar], _ maxSplit: Int64, reverse: Bool) -> [String] {
        func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(cs[r])) }
        var out: [String] = []
        var left = maxSplit < 0 ? Int64.max : maxSplit
        if !reverse {
            var i = 0
            while left > 0 {
                while i < cs.count, isPySpace(cs[i]) { i += 1 }
                if i == cs.count { break }
                let j = i
                while i < cs.count, !isPySpace(cs[i]) { i += 1 }
                out.append(text(j..<i)); left -= 1
            }
            while i < cs.count, isPySpace(cs[i]) { i += 1 }
            if i < cs.count { out.append(text(i..<cs.count)) }
            return out
        }
        var i = cs.count
        while left > 0 {
            while i > 0, isPySpace(cs[i - 1]) { i -= 1 }
            if i == 0 { break }
            let j = i
            while i > 0, !isPySpace(cs[i - 1]) { i -= 1 }
            out.append(text(i..<j)); left -= 1
        }
        while i > 0, isPySpace(cs[i - 1]) { i -= 1 }
        if i > 0 { out.append(text(0..<i)) }
        return out.reversed()
    }
}
