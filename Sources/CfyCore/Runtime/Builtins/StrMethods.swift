// The str methods' table, and their implementations, on code points as Python has them.
// (Search methods: StringSearch.swift; splitting helpers: StringSplit.swift; case mappings:
// StringCase.swift; the is* predicates: StringPredicates.swift; str.format: FormatFields.swift.)

private func method(_ name: String, _ signature: String, _ doc: String,
               _ f: @escaping @Sendable (BuiltinContext, String, String, Args, Loc) throws -> Value) -> MethodDecl {
    MethodDecl(name, "str." + signature, doc, .str(f))
}

private let search: @Sendable (BuiltinContext, String, String, Args, Loc) throws -> Value = {
    try $0.strSearch(Array($2.unicodeScalars), $1, $3, $4)
}
private let changeCase: @Sendable (BuiltinContext, String, String, Args, Loc) throws -> Value = {
    try $0.arity($1, $3, 0...0, $4)
    return .str(PyCase(method: $1)?.apply(Array($2.unicodeScalars)) ?? $2)
}
private let predicate: @Sendable (BuiltinContext, String, String, Args, Loc) throws -> Value = {
    try $0.arity($1, $3, 0...0, $4)
    return .bool(pyStrPredicate($1, Array($2.unicodeScalars)) ?? false)
}

/// The methods of str.
let strMethods = MethodTable("str", [
    method("capitalize", "capitalize()", "Return a capitalized version of the string.", changeCase),
    method("casefold", "casefold()", "Return a version of the string suitable for caseless comparisons.", changeCase),
    method("center", "center(width, fillchar=' ', /)", "Return a centered string of length width, padded with fillchar.",
      { try $0.strJustify($1, $2, $3, $4) }),
    method("count", "count(sub[, start[, end]])",
      "Return the number of non-overlapping occurrences of substring sub in S[start:end].", search),
    method("endswith", "endswith(suffix[, start[, end]])",
      "Return True if S[start:end] ends with suffix (or with one of a tuple of suffixes).", search),
    method("expandtabs", "expandtabs(tabsize=8)", "Return a copy where all tab characters are expanded using spaces.",
      { try $0.strExpandTabs($1, $2, $3, $4) }),
    method("find", "find(sub[, start[, end]])",
      "Return the lowest index in S[start:end] where substring sub is found; -1 on failure.", search),
    method("format", "format(*args, **kwargs)",
      "Return a formatted version of the string, using substitutions from args and kwargs ({ and }).",
      { .str(try $0.strFormat($2, $3, $4)) }),
    method("index", "index(sub[, start[, end]])", "Like find, but raise ValueError when the substring is not found.", search),
    method("isalnum", "isalnum()", "Return True if the string is a non-empty alpha-numeric string.", predicate),
    method("isalpha", "isalpha()", "Return True if the string is a non-empty alphabetic string.", predicate),
    method("isascii", "isascii()", "Return True if all characters in the string are ASCII (True when empty).", predicate),
    method("isdecimal", "isdecimal()", "Return True if the string is a non-empty decimal string.", predicate),
    method("isdigit", "isdigit()", "Return True if the string is a non-empty digit string.", predicate),
    method("isidentifier", "isidentifier()", "Return True if the string is a valid Python identifier.", predicate),
    method("islower", "islower()", "Return True if the string has cased characters, all of them lowercase.", predicate),
    method("isnumeric", "isnumeric()", "Return True if the string is a non-empty numeric string.", predicate),
    method("isprintable", "isprintable()", "Return True if all characters in the string are printable (True when empty).",
      predicate),
    method("isspace", "isspace()", "Return True if the string is a non-empty whitespace string.", predicate),
    method("istitle", "istitle()", "Return True if the string is a non-empty title-cased string.", predicate),
    method("isupper", "isupper()", "Return True if the string has cased characters, all of them uppercase.", predicate),
    method("join", "join(iterable, /)", "Concatenate the strings of iterable, with this string between each two.",
      { try $0.strJoin($2, $3, $4) }),
    method("ljust", "ljust(width, fillchar=' ', /)", "Return a left-justified string of length width, padded with fillchar.",
      { try $0.strJustify($1, $2, $3, $4) }),
    method("lower", "lower()", "Return a copy of the string converted to lowercase.", changeCase),
    method("lstrip", "lstrip(chars=None, /)", "Return a copy of the string with leading whitespace (or chars) removed.",
      { try $0.strStrip($1, $2, $3, $4) }),
    method("partition", "partition(sep, /)",
      "Split at the first occurrence of sep: (head, sep, tail), or (S, '', '') when sep is not found.",
      { try $0.strPartition($1, $2, $3, $4) }),
    method("removeprefix", "removeprefix(prefix, /)", "Return the string without prefix, when it starts with it.",
      { try $0.strRemoveAffix($1, $2, $3, $4) }),
    method("removesuffix", "removesuffix(suffix, /)", "Return the string without suffix, when it ends with it.",
      { try $0.strRemoveAffix($1, $2, $3, $4) }),
    method("replace", "replace(old, new, count=-1, /)",
      "Return a copy with occurrences of substring old replaced by new (only the first count when given).",
      { try $0.strReplace($2, $3, $4) }),
    method("rfind", "rfind(sub[, start[, end]])",
      "Return the highest index in S[start:end] where substring sub is found; -1 on failure.", search),
    method("rindex", "rindex(sub[, start[, end]])", "Like rfind, but raise ValueError when the substring is not found.",
      search),
    method("rjust", "rjust(width, fillchar=' ', /)", "Return a right-justified string of length width, padded with fillchar.",
      { try $0.strJustify($1, $2, $3, $4) }),
    method("rpartition", "rpartition(sep, /)",
      "Split at the last occurrence of sep: (head, sep, tail), or ('', '', S) when sep is not found.",
      { try $0.strPartition($1, $2, $3, $4) }),
    method("rsplit", "rsplit(sep=None, maxsplit=-1)",
      "Return a list of the substrings, split at sep (runs of whitespace when None), from the right.",
      { try $0.strSplit($1, $2, $3, $4) }),
    method("rstrip", "rstrip(chars=None, /)", "Return a copy of the string with trailing whitespace (or chars) removed.",
      { try $0.strStrip($1, $2, $3, $4) }),
    method("split", "split(sep=None, maxsplit=-1)",
      "Return a list of the substrings, split at sep (runs of whitespace when None).",
      { try $0.strSplit($1, $2, $3, $4) }),
    method("splitlines", "splitlines(keepends=False)",
      "Return a list of the lines in the string, breaking at line boundaries (kept when keepends).",
      { try $0.strSplitLines($1, $2, $3, $4) }),
    method("startswith", "startswith(prefix[, start[, end]])",
      "Return True if S[start:end] starts with prefix (or with one of a tuple of prefixes).", search),
    method("strip", "strip(chars=None, /)",
      "Return a copy of the string with leading and trailing whitespace (or chars) removed.",
      { try $0.strStrip($1, $2, $3, $4) }),
    method("swapcase", "swapcase()", "Convert uppercase characters to lowercase and lowercase characters to uppercase.",
      changeCase),
    method("title", "title()", "Return a version of the string where each word is titlecased.", changeCase),
    method("upper", "upper()", "Return a copy of the string converted to uppercase.", changeCase),
    method("zfill", "zfill(width, /)", "Pad the string with zeros on the left to width, after a leading sign.",
      { try $0.strZfill($2, $3, $4) }),
])

extension BuiltinContext {
    /// Argument `i` of the str method `name`, which must be a str.
    private func strArg(_ name: String, _ a: Args, _ i: Int, _ l: Loc, _ what: String = "argument") throws -> String {
        let p = a.positional
        guard i < p.count else { throw fail("\(name)() missing required \(what)", l, .typeError) }
        guard case .str(let x) = p[i] else { throw fail("\(name)() \(what) must be str, not \(p[i].typeName)", l, .typeError) }
        return x
    }

    private func make(_ xs: some Sequence<Unicode.Scalar>) -> Value { .str(String(String.UnicodeScalarView(xs))) }

    func strStrip(_ name: String, _ s: String, _ a: Args, _ l: Loc) throws -> Value {
        try arity(name, a, 0...1, l)
        let cs = Array(s.unicodeScalars)
        let set = a.positional.isEmpty || a.positional[0].isNone ? nil : Set(try strArg(name, a, 0, l).unicodeScalars)
        let drop: (Unicode.Scalar) -> Bool = { set?.contains($0) ?? isPySpace($0) }
        var lo = 0, hi = cs.count
        if name != "rstrip" { while lo < hi, drop(cs[lo]) { lo += 1 } }
        if name != "lstrip" { while hi > lo, drop(cs[hi - 1]) { hi -= 1 } }
        return make(cs[lo..<hi])
    }

    func strSplit(_ name: String, _ s: String, _ a: Args, _ l: Loc) throws -> Value {
        let p = a.positional, cs = Array(s.unicodeScalars)
        try onlyKeywords(name, a, ["sep", "maxsplit"], l)
        let sepV = p.count > 0 ? p[0] : (a.keyword("sep") ?? .none)
        let maxSplit = try intArg(p.count > 1 ? p[1] : (a.keyword("maxsplit") ?? .int(-1)), name, l)
        if case .str(let sep) = sepV {
            if sep.isEmpty { throw fail("empty separator", l, .valueError) }
            return .list(splitOn(cs, Array(sep.unicodeScalars), maxSplit, reverse: name == "rsplit").map(Value.str))
        }
        return .list(splitSpace(cs, maxSplit, reverse: name == "rsplit").map(Value.str))
    }

    func strSplitLines(_ name: String, _ s: String, _ a: Args, _ l: Loc) throws -> Value {
        try onlyKeywords(name, a, ["keepends"], l)
        try arity(name, a, 0...1, l)
        let keep = (a.positional.first ?? a.keyword("keepends") ?? .bool(false)).truthy
        return .list(splitLines(Array(s.unicodeScalars), keepEnds: keep).map(Value.str))
    }

    func strJoin(_ s: String, _ a: Args, _ l: Loc) throws -> Value {
        try arity("join", a, 1...1, l)
        var parts: [String] = []
        try iterate(a.positional[0], l) { item in
            guard case .str(let x) = item else {
                throw self.fail("sequence item \(parts.count): expected str instance, \(item.typeName) found", l, .typeError)
            }
            parts.append(x); return true
        }
        var total = Int64(s.utf8.count) * Int64(max(parts.count - 1, 0))
        for x in parts { total += Int64(x.utf8.count); try checkSize((total, false), l) }
        return .str(parts.joined(separator: s))
    }

    func strReplace(_ s: String, _ a: Args, _ l: Loc) throws -> Value {
        let p = a.positional, cs = Array(s.unicodeScalars)
        try arity("replace", a, 2...3, l)
        let old = Array(try strArg("replace", a, 0, l).unicodeScalars), new = try strArg("replace", a, 1, l)
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
    }

    func strRemoveAffix(_ name: String, _ s: String, _ a: Args, _ l: Loc) throws -> Value {
        let cs = Array(s.unicodeScalars)
        let x = Array(try strArg(name, a, 0, l).unicodeScalars)
        if name == "removeprefix", cs.starts(with: x) { return make(cs.dropFirst(x.count)) }
        if name == "removesuffix", !x.isEmpty, Array(cs.suffix(x.count)) == x { return make(cs.dropLast(x.count)) }
        return .str(s)
    }

    func strPartition(_ name: String, _ s: String, _ a: Args, _ l: Loc) throws -> Value {
        let sep = Array(try strArg(name, a, 0, l).unicodeScalars)
        if sep.isEmpty { throw fail("empty separator", l, .valueError) }
        let parts = splitOn(Array(s.unicodeScalars), sep, 1, reverse: name == "rpartition")
        if parts.count == 2 { return .tuple([.str(parts[0]), .str(String(String.UnicodeScalarView(sep))), .str(parts[1])]) }
        return name == "partition" ? .tuple([.str(s), .str(""), .str("")]) : .tuple([.str(""), .str(""), .str(s)])
    }

    func strZfill(_ s: String, _ a: Args, _ l: Loc) throws -> Value {
        let cs = Array(s.unicodeScalars)
        let w = Int(try intArg(a.positional.first ?? .none, "zfill", l))
        if cs.count >= w { return .str(s) }
        try checkSize(w, l)
        let pad = String(repeating: "0", count: w - cs.count)
        if let f = cs.first, f == "+" || f == "-" { return .str(String(f) + pad + String(String.UnicodeScalarView(cs.dropFirst()))) }
        return .str(pad + s)
    }

    func strExpandTabs(_ name: String, _ s: String, _ a: Args, _ l: Loc) throws -> Value {
        try onlyKeywords(name, a, ["tabsize"], l)
        let size = try intArg(a.positional.first ?? (a.keyword("tabsize") ?? .int(8)), name, l)
        var out: [Unicode.Scalar] = [], column: Int64 = 0
        for c in s.unicodeScalars {
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
    }

    func strJustify(_ name: String, _ s: String, _ a: Args, _ l: Loc) throws -> Value {
        let p = a.positional, count = s.unicodeScalars.count
        try arity(name, a, 1...2, l)
        let w = Int(try intArg(p[0], name, l))
        let fill = p.count > 1 ? try strArg(name, a, 1, l) : " "
        guard fill.unicodeScalars.count == 1 else { throw fail("The fill character must be exactly one character long", l, .typeError) }
        if w <= count { return .str(s) }
        try checkSize(w, l)
        let n = w - count
        if name == "ljust" { return .str(s + String(repeating: fill, count: n)) }
        if name == "rjust" { return .str(String(repeating: fill, count: n) + s) }
        let left = n / 2 + (n & w & 1)
        return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: n - left))
    }
}
