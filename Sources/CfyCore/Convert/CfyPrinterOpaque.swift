// CfyPrinterOpaque: a statement that only calls into a module cfy does not run
// (`logger.info(f"{n} sets")`, `np.random.seed(0)`) does nothing in cfy — an opaque call returns
// an opaque value and changes nothing — so the printer leaves it out (a comment says so) instead
// of making the whole function unconvertible. Only when no argument calls anything: a call in
// an argument (`logger.info(sets.pop())`) may change a value the sets use, and stays.

extension CfyPrinter {
    /// The comment line for `e` as a statement when it is such a call, else nil.
    func leftOutOpaqueCall(_ e: Expr, _ depth: Int) -> String? {
        guard case .call = e, let root = chainRoot(e), !locals.contains(root), hooks.isOpaque(root),
              !argumentsCall(e) else { return nil }
        return indent(depth) + "# left out: line \(e.loc.line) calls `\(root)`, of a module cfy does not run\n"
    }

    /// The name a chain of attributes, subscripts and calls starts from (`logger` in
    /// `logger.info(...)`, `logging` in `logging.getLogger(x).info(...)`).
    func chainRoot(_ e: Expr) -> String? {
        switch e {
        case .name(let n, _): return n
        case .attribute(let b, _, _), .index(let b, _, _), .call(let b, _, _): return chainRoot(b)
        default: return nil
        }
    }

    /// Whether any call of the chain has an argument (or subscript) that itself calls something.
    private func argumentsCall(_ e: Expr) -> Bool {
        switch e {
        case .call(let f, let args, _):
            let values = args.map { a -> Expr in
                switch a {
                case .positional(let x), .keyword(_, let x, _), .star(let x), .doubleStar(let x): return x
                }
            }
            return values.contains(where: calls) || argumentsCall(f)
        case .attribute(let b, _, _): return argumentsCall(b)
        case .index(let b, let i, _): return calls(i) || argumentsCall(b)
        default: return false
        }
    }

    /// Whether evaluating `e` calls a function that may change a value (f-string fields format
    /// their values, which is not counted; a lambda's body does not run; builtins that only read
    /// their arguments, `len(xs)`, `str(x)`, do not count, unless the file defines that name).
    func calls(_ e: Expr) -> Bool {
        switch e {
        case .literal, .name, .lambda: return false
        case .walrus(_, let x, _): return calls(x)
        case .call(.name(let f, _), let args, _) where Self.readOnly.contains(f) && !locals.contains(f) && hooks.isBuiltin(f):
            return args.contains { a in
                switch a {
                case .positional(let x), .keyword(_, let x, _), .star(let x), .doubleStar(let x): return calls(x)
                }
            }
        case .call: return true
        case .fstring(let parts, _):
            return parts.contains { p in
                if case .expr(let x, _, let spec, _) = p { return calls(x) || (spec.map { calls(.fstring($0, x.loc)) } ?? false) }
                return false
            }
        case .list(let xs, _), .tuple(let xs, _), .set(let xs, _): return xs.contains(where: calls)
        case .starred(let x, _): return calls(x)
        case .dictUnpack(let items, _):
            return items.contains { item in
                switch item {
                case .pair(let k, let v): return calls(k) || calls(v)
                case .unpack(let m, _): return calls(m)
                }
            }
        case .dict(let ps, _): return ps.contains { calls($0.key) || calls($0.value) }
        case .unary(_, let x, _), .attribute(let x, _, _): return calls(x)
        case .binary(_, let a, let b, _), .and(let a, let b, _), .or(let a, let b, _), .index(let a, let b, _):
            return calls(a) || calls(b)
        case .compare(let a, let rest, _): return calls(a) || rest.contains { calls($0.rhs) }
        case .ternary(let c, let t, let f, _): return calls(c) || calls(t) || calls(f)
        case .slice(let a, let b, let c, _): return [a, b, c].contains { $0.map(calls) ?? false }
        case .listComp, .genExpr, .dictComp, .setComp: return true
        }
    }

    /// Builtins that read their arguments and change nothing.
    static let readOnly: Set<String> = ["len", "str", "repr", "int", "float", "bool", "round", "abs", "min", "max", "sum",
                                        "sorted", "format", "type", "isinstance", "hasattr", "getattr", "callable", "any", "all"]
}
