// The core builtin functions' table: printing, repr, len, iteration, min/max/sum, chr/ord, format.
// (What they share: Core.swift.)

/// The core builtin functions.
let coreFunctions: [BuiltinDecl] = [
    BuiltinDecl("print", "print(*values, sep=' ', end='\\n', file=None, flush=False)",
                "Print the values, separated by sep and followed by end.") { i, a, l in try i.builtinPrint(a, l) },
    BuiltinDecl("repr", "repr(obj, /)",
                "Return the canonical string representation of the object.") { i, a, l in try i.arity("repr", a, 1...1, l); return .str(try i.repr(a.positional[0])) },
    BuiltinDecl("ascii", "ascii(obj, /)",
                "Return repr(obj) with non-ASCII characters escaped (\\x, \\u or \\U).") { i, a, l in try i.arity("ascii", a, 1...1, l); return .str(try i.asciiRepr(a.positional[0])) },
    BuiltinDecl("len", "len(obj, /)",
                "Return the number of items in a container.") { i, a, l in try i.arity("len", a, 1...1, l); return .int(Int64(try i.length(a.positional[0], l))) },
    BuiltinDecl("hash", "hash(obj, /)",
                "Return the hash value of obj (CPython's: for ints, floats, tuples and frozensets of them).") { i, a, l in
        try i.arity("hash", a, 1...1, l)
        return .int(try i.pyHash(a.positional[0], l))
    },
    BuiltinDecl("isinstance", "isinstance(obj, class_or_tuple, /)",
                "Return whether obj is an instance of the class (or a subclass), or of one in a tuple of classes.") { i, a, l in try i.arity("isinstance", a, 2...2, l); return .bool(try i.isInstance(a.positional[0], a.positional[1], l)) },
    BuiltinDecl("callable", "callable(obj, /)",
                "Return whether the object is callable (a function, a class, a method).") { i, a, l in try i.arity("callable", a, 1...1, l); return .bool(a.positional[0].isCallable) },
    BuiltinDecl("type", "type(object)",
                "The type of the object.", kind: .pythonClass) { i, a, l in try i.arity("type", a, 1...1, l); return typeOf(a.positional[0]) },
    BuiltinDecl("hasattr", "hasattr(obj, name, /)",
                "Return whether the object has an attribute with the given name.") { i, a, l in
        try i.arity("hasattr", a, 2...2, l)
        guard case .str(let n) = a.positional[1] else { throw i.fail("hasattr(): attribute name must be string", l, .typeError) }
        return .bool((try? i.getAttr(a.positional[0], n, l)) != nil)
    },
    BuiltinDecl("getattr", "getattr(object, name[, default])",
                "Get a named attribute from an object: getattr(x, 'y') is x.y; default when it is missing, if given.") { i, a, l in
        try i.arity("getattr", a, 2...3, l)
        guard case .str(let n) = a.positional[1] else { throw i.fail("getattr(): attribute name must be string", l, .typeError) }
        if a.positional.count == 3, let v = try? i.getAttr(a.positional[0], n, l) { return v }
        if a.positional.count == 3 { return a.positional[2] }
        return try i.getAttr(a.positional[0], n, l)
    },
    BuiltinDecl("enumerate", "enumerate(iterable, start=0)",
                "Pairs (index, item) of the iterable, the index counting from start.", kind: .pythonClass) { i, a, l in
        try i.arity("enumerate", a, 1...2, l)
        var n = a.keyword("start") ?? (a.positional.count > 1 ? a.positional[1] : .int(0))
        if !isInt(n) { _ = try i.intArg(n, "enumerate", l) }
        var out: [Value] = []
        if case .range(let x, let y, let s) = a.positional[0] { try i.checkSize((rangeCount(x, y, s), false), l) }
        try i.iterate(a.positional[0], l) {
            out.append(.tuple([n, $0]))
            n = try i.binary(.add, n, .int(1), l)
            return true
        }
        return .iter(PyIter(.enumerate, out))
    },
    BuiltinDecl("zip", "zip(*iterables)",
                "Tuples of the i-th items of each iterable, as many as the shortest has.", kind: .pythonClass) { i, a, l in
        let lists = try a.positional.map { try i.elements($0, l) }
        let n = lists.map(\.count).min() ?? 0
        return .iter(PyIter(.zip, (0..<n).map { k in .tuple(lists.map { $0[k] }) }))
    },
    BuiltinDecl("reversed", "reversed(sequence, /)",
                "Return a reverse iterator over the values of the sequence.", kind: .pythonClass) { i, a, l in
        try i.arity("reversed", a, 1...1, l)
        let x = a.positional[0]
        let kind: PyIter.Kind
        switch x {
        case .list: kind = .listReverseIterator
        case .range: kind = .rangeIterator
        case .tuple, .str, .dict: kind = .reversed
        case .iter(let it) where it.isView: kind = .reversed
        default: throw i.fail("'\(x.typeName)' object is not reversible", l, .typeError)
        }
        return .iter(PyIter(kind, try i.elements(x, l).reversed()))
    },
    BuiltinDecl("sorted", "sorted(iterable, /, *, key=None, reverse=False)",
                "Return a new list of the iterable's items in ascending order (stable).") { i, a, l in
        try i.arity("sorted", a, 1...1, l)
        try i.onlyKeywords("sorted", a, ["key", "reverse"], l)
        return .list(try i.sortValues(try i.orderFreeElements(a.positional[0], key: a.keyword("key"), l), key: a.keyword("key"),
                                      reverse: a.keyword("reverse")?.truthy ?? false, l))
    },
    BuiltinDecl("next", "next(iterator[, default])",
                "Return the next item from the iterator; default when it is exhausted, if given, else StopIteration.") { i, a, l in
        try i.arity("next", a, 1...2, l)
        guard case .iter(let it) = a.positional[0], !it.isView else {
            throw i.fail("'\(a.positional[0].typeName)' object is not an iterator", l, .typeError)
        }
        var got: Value?
        it.take { got = $0; return false }
        if let got { return got }
        if a.positional.count == 2 { return a.positional[1] }
        throw i.fail("StopIteration", l, .stopIteration).pythonArgs([])
    },
    BuiltinDecl("min", "min(iterable, *[, default=obj, key=func])",
                "The smallest item of the iterable, or the smallest of two or more arguments.") { i, a, l in try i.minMax(a, l, wantMax: false) },
    BuiltinDecl("max", "max(iterable, *[, default=obj, key=func])",
                "The largest item of the iterable, or the largest of two or more arguments.") { i, a, l in try i.minMax(a, l, wantMax: true) },
    BuiltinDecl("sum", "sum(iterable, /, start=0)",
                "Return the sum of a 'start' value (default: 0) plus an iterable of numbers.") { i, a, l in
        try i.arity("sum", a, 1...2, l)
        var total = a.keyword("start") ?? (a.positional.count > 1 ? a.positional[1] : .int(0))
        if case .str = total { throw i.fail("sum() can't sum strings [use ''.join(seq) instead]", l, .typeError) }
        if let r = try i.orderFreeIntSum(a.positional[0], start: total, l) { return r }
        try i.iterate(a.positional[0], l) { total = try i.binary(.add, total, $0, l); return true }
        return total
    },
    BuiltinDecl("any", "any(iterable, /)",
                "Return True if bool(x) is True for any x in the iterable (False when empty).") { i, a, l in
        try i.arity("any", a, 1...1, l)
        if case .set(let s) = a.positional[0] { return .bool(s.elements.contains { $0.truthy }) }    // any order
        var r = false
        try i.iterate(a.positional[0], l) { r = $0.truthy; return !r }
        return .bool(r)
    },
    BuiltinDecl("all", "all(iterable, /)",
                "Return True if bool(x) is True for all values x in the iterable (True when empty).") { i, a, l in
        try i.arity("all", a, 1...1, l)
        if case .set(let s) = a.positional[0] { return .bool(s.elements.allSatisfy { $0.truthy }) }  // any order
        var r = true
        try i.iterate(a.positional[0], l) { r = $0.truthy; return r }
        return .bool(r)
    },
    BuiltinDecl("map", "map(func, iterable)",
                "The results of func applied to each item of the iterable.", kind: .pythonClass) { i, a, l in
        try i.arity("map", a, 2...2, l)
        let xs = try i.elements(a.positional[1], l)
        return .iter(PyIter(.map, try computedEarly { try xs.map { try i.call(a.positional[0], Args([$0]), l) } }))
    },
    BuiltinDecl("filter", "filter(function or None, iterable)",
                "The items of the iterable for which function(item) is true (the true items when None).", kind: .pythonClass) { i, a, l in
        try i.arity("filter", a, 2...2, l)
        let f = a.positional[0]
        let xs = try i.elements(a.positional[1], l)
        return .iter(PyIter(.filter, try computedEarly { try xs.filter { f.isNone ? $0.truthy : try i.call(f, Args([$0]), l).truthy } }))
    },
    BuiltinDecl("chr", "chr(i, /)",
                "Return a string of one character, whose code point is i (0 <= i <= 0x10ffff).") { i, a, l in
        try i.arity("chr", a, 1...1, l)
        let n = try i.intArg(a.positional[0], "chr", l)
        guard n >= 0, n <= 0x10FFFF else { throw i.fail("chr() arg not in range(0x110000)", l, .valueError) }
        guard let u = Unicode.Scalar(UInt32(n)) else {
            throw i.fail("cfy cannot make a string holding a surrogate (chr(\(n))) yet", l, .notImplementedError)
        }
        return .str(String(u))
    },
    BuiltinDecl("ord", "ord(c, /)",
                "Return the Unicode code point of a one-character string.") { i, a, l in
        try i.arity("ord", a, 1...1, l)
        guard case .str(let s) = a.positional[0] else {
            throw i.fail("ord() expected string of length 1, but \(a.positional[0].typeName) found", l, .typeError)
        }
        guard s.unicodeScalars.count == 1, let u = s.unicodeScalars.first else {
            throw i.fail("ord() expected a character, but string of length \(s.unicodeScalars.count) found", l, .typeError)
        }
        return .int(Int64(u.value))
    },
    BuiltinDecl("format", "format(value, format_spec='', /)",
                "Return value formatted as format_spec says (the format mini-language of str.format).") { i, a, l in
        try i.arity("format", a, 1...2, l)
        var spec = ""
        if a.positional.count == 2 { guard case .str(let s) = a.positional[1] else { throw i.fail("format() argument 2 must be str, not \(a.positional[1].typeName)", l, .typeError) }; spec = s }
        return .str(try i.format(a.positional[0], spec, l))
    },
]
