// Splitting strings on code points: str.split/rsplit/splitlines/partition's helpers.

extension BuiltinContext {
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
