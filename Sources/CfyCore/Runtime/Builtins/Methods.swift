// Methods of builtin values: list and dict (in place through `mutate`), and the dispatcher.

/// Method names per builtin type, for attribute lookup and completion.
public let builtinMethodNames: [String: [String]] = [
    "str": ["capitalize", "casefold", "center", "count", "endswith", "expandtabs", "find", "format", "index", "isalnum",
            "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
            "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix", "removesuffix",
            "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
            "startswith", "strip", "swapcase", "title", "upper", "zfill"],
    "list": ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"],
    "dict": ["clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"],
    "tuple": ["count", "index"],
    "int": ["as_integer_ratio", "bit_count", "bit_length", "conjugate"],
    "bool": ["as_integer_ratio", "bit_count", "bit_length", "conjugate"],
    "float": ["as_integer_ratio", "conjugate", "hex", "is_integer"],
]

/// Methods that change their receiver; called through `Interpreter.mutate` on a variable.
let mutatingMethods: Set<String> = ["append", "clear", "extend", "insert", "pop", "remove", "reverse", "sort",
                                    "popitem", "setdefault", "update"]

extension Interpreter {
    /// A method that changes `recv` in place; nil when `name` is not a mutating method of its type.
    func callMutatingMethod(_ recv: inout Value, _ name: String, _ a: Args, _ l: Loc) throws -> Value? {
        switch recv {
        case .list: guard ["append", "clear", "extend", "insert", "pop", "remove", "reverse", "sort"].contains(name) else { return nil }
        case .dict: guard ["clear", "pop", "popitem", "setdefault", "update"].contains(name) else { return nil }
        default: return nil
        }
        // The payload is bound by `if case` (whose temporary ends with the statement), then `recv`
        // lets go of it, so the array is uniquely referenced: a `switch recv` binding it keeps the
        // subject alive through the case body, and every append then copied the whole list
        // (20,000 appends took 2 s).
        if case .list(let bound) = recv {
            var xs = consume bound
            recv = .none
            defer { recv = .list(xs) }
            return try listMethod(&xs, name, a, l)
        }
        if case .dict(let bound) = recv {
            var d = consume bound
            recv = .none
            defer { recv = .dict(d) }
            return try dictMethod(&d, name, a, l)
        }
        return nil
    }

    /// Any builtin method; mutating ones act on a copy here (the receiver was not a variable).
    func callBuiltinMethod(_ recv: Value, _ name: String, _ a: Args, _ l: Loc) throws -> Value {
        switch recv {
        case .str(let s): return try strMethod(s, name, a, l)
        case .list(var xs): return try listMethod(&xs, name, a, l)
        case .dict(var d): return try dictMethod(&d, name, a, l)
        case .tuple(let xs):
            var copy = xs
            return try listMethod(&copy, name, a, l)
        case .instance(let inst) where inst.cls.isArgs && name == inst.cls.generation.hashMethod:
            return try argsHash(inst, a, l)
        case .int, .bool, .bigint, .float:
            if let v = try numberMethod(recv, name, a, l) { return v }
            throw fail("'\(recv.typeName)' object has no attribute '\(name)'", l, .attributeError)
        default:
            throw fail("'\(recv.typeName)' object has no attribute '\(name)'", l, .attributeError)
        }
    }

    func listMethod(_ xs: inout [Value], _ name: String, _ a: Args, _ l: Loc) throws -> Value {
        let p = a.positional
        switch name {
        case "append":
            try arity("append", a, 1...1, l)
            try checkGrowth(xs, by: 1, l)
            xs.append(p[0])
        case "extend":
            try arity("extend", a, 1...1, l)
            let more = try elements(p[0], l)
            try checkGrowth(xs, by: more.count, l)
            xs += more
        case "insert":
            try arity("insert", a, 2...2, l)
            try checkGrowth(xs, by: 1, l)
            let n = Int(try intArg(p[0], "insert", l))
            let i = n < 0 ? max(0, xs.count + n) : min(n, xs.count)
            xs.insert(p[1], at: i)
        case "pop":
            try arity("pop", a, 0...1, l)
            if xs.isEmpty { throw fail("pop from empty list", l, .indexError) }
            let i = p.isEmpty ? xs.count - 1 : try index(p[0], count: xs.count, "pop", l)
            return xs.remove(at: i)
        case "remove":
            try arity("remove", a, 1...1, l)
            guard let i = xs.firstIndex(where: { itemEquals($0, p[0]) }) else {
                throw fail("list.remove(x): x not in list", l, .valueError)
            }
            xs.remove(at: i)
        case "reverse": xs.reverse()
        case "sort":
            try onlyKeywords("sort", a, ["key", "reverse"], l)
            xs = try sortValues(xs, key: a.keyword("key"), reverse: a.keyword("reverse")?.truthy ?? false, l)
        case "clear": xs.removeAll()
        case "copy": return .list(xs)
        case "count":
            try arity("count", a, 1...1, l)
            return .int(Int64(xs.filter { itemEquals($0, p[0]) }.count))
        case "index":
            try arity("index", a, 1...3, l)
            // start/end as slice indices (negative from the end, clamped; a huge int clamps too).
            func bound(_ k: Int, _ def: Int) throws -> Int {
                guard k < p.count else { return def }
                let n: Int
                if case .bigint(let b) = p[k] { n = b.negative ? Int.min : Int.max }
                else { n = Int(clamping: try intArg(p[k], "index", l)) }
                return n < 0 ? Swift.max(0, xs.count &+ n) : Swift.min(n, xs.count)
            }
            let lo = try bound(1, 0), hi = try bound(2, xs.count)
            guard lo < hi, let i = xs[lo..<hi].firstIndex(where: { itemEquals($0, p[0]) }) else {
                throw fail("\(try shortRepr(p[0])) is not in list", l, .valueError)
            }
            return .int(Int64(i))
        default:
            throw fail("'list' object has no attribute '\(name)'" + didYouMean(name, builtinMethodNames["list"] ?? []), l, .attributeError)
        }
        return .none
    }

    func dictMethod(_ d: inout PyDict, _ name: String, _ a: Args, _ l: Loc) throws -> Value {
        let p = a.positional
        func key(_ v: Value) throws -> DictKey {
            guard let k = DictKey(v) else { throw fail("unhashable type: '\(v.typeName)'", l, .typeError) }
            return k
        }
        switch name {
        case "get":
            try arity("get", a, 1...2, l)
            return d.get(try key(p[0])) ?? (p.count > 1 ? p[1] : .none)
        case "keys": return .iter(PyIter(.dictKeys, d.liveKeys))
        case "values": return .iter(PyIter(.dictValues, d.liveValues))
        case "items": return .iter(PyIter(.dictItems, d.entries.map { .tuple([$0.key, $0.value]) }))
        case "copy": return .dict(d)
        case "clear": d.removeAll()
        case "pop":
            try arity("pop", a, 1...2, l)
            if let v = d.remove(try key(p[0])) { return v }
            if p.count > 1 { return p[1] }
            throw fail("key \(try repr(p[0])) not found in dict", l, .keyError)
        case "popitem":
            guard let last = d.entries.last else { throw fail("popitem(): dictionary is empty", l, .keyError) }
            d.remove(try key(last.key))
            return .tuple([last.key, last.value])
        case "setdefault":
            try arity("setdefault", a, 1...2, l)
            let k = try key(p[0])
            if let v = d.get(k) { return v }
            let v = p.count > 1 ? p[1] : .none
            d.set(k, key: p[0], value: v)
            return v
        case "update":
            try arity("update", a, 0...1, l)
            if let src = p.first {
                if case .dict(let o) = src { for (k, v) in o.entries { d.set(try key(k), key: k, value: v) } }
                else {
                    for item in try elements(src, l) {
                        let pair = try elements(item, l)
                        guard pair.count == 2 else { throw fail("dictionary update sequence element has length \(pair.count); 2 is required", l, .valueError) }
                        d.set(try key(pair[0]), key: pair[0], value: pair[1])
                    }
                }
            }
            for (k, v) in a.keywords { d.set(.str(PyStr(k)), key: .str(k), value: v) }
        default:
            throw fail("'dict' object has no attribute '\(name)'" + didYouMean(name, builtinMethodNames["dict"] ?? []), l, .attributeError)
        }
        return .none
    }
}
