// NodeSupport: what the compiled nodes share: f-string assembly, dict-display insertion, call arguments.

extension Interpreter {
    func fstring(_ parts: [FPart], _ env: Environment) throws -> String {
        var out = ""
        for p in parts {
            switch p {
            case .text(let t): out += t
            case .expr(let e, let conv, let spec, let debug):
                let v = try e.eval(self, env)
                if conv == nil, debug == nil, spec == nil {     // `{x}` of an int or a str: str(x), as format(x, "") is
                    switch v {
                    case .int(let n): out += String(n); continue
                    case .str(let s): out += s; continue
                    default: break
                    }
                }
                if let d = debug { out += d }
                let specText = try spec.map { try fstring($0, env) }
                switch conv {
                case "r": out += try format(.str(repr(v)), specText ?? "", e.loc)
                case "s": out += try format(.str(str(v)), specText ?? "", e.loc)
                case "a": out += try format(.str(asciiRepr(v)), specText ?? "", e.loc)
                default:
                    if debug != nil, specText == nil { out += try repr(v) }
                    else { out += try format(v, specText ?? "", e.loc) }
                }
            }
        }
        return out
    }

    func dictSet(_ d: inout PyDict, _ k: Value, _ v: Value, _ loc: Loc) throws {
        guard let key = DictKey(k) else { throw fail("unhashable type: '\(k.typeName)'", loc, .typeError) }
        if d.count >= maxElements { try checkSize(d.count + 1, loc) }
        d.set(key, key: k, value: v)
    }

    func evalArgs(_ argExprs: [ArgNode], _ env: Environment) throws -> Args {
        var a = Args()
        for arg in argExprs {
            switch arg {
            case .positional(let e): a.positional.append(try e.eval(self, env))
            case .keyword(let n, let e, let loc):
                if a.keywords.contains(where: { $0.name == n }) {
                    throw fail("keyword argument repeated: \(n)", loc, .syntaxError)
                }
                a.keywords.append((n, try e.eval(self, env)))
                a.keywordLocs.append(loc)
            case .star(let e):
                try iterate(try e.eval(self, env), e.loc) { a.positional.append($0); return true }
            case .doubleStar(let e):
                guard case .dict(let d) = try e.eval(self, env) else {
                    throw fail("argument after ** must be a dict", e.loc, .typeError)
                }
                for (k, v) in d.entries {
                    guard case .str(let n) = k else { throw fail("keywords must be strings", e.loc, .typeError) }
                    if a.keywords.contains(where: { $0.name == n }) {
                        throw fail("got multiple values for keyword argument '\(n)'", e.loc, .typeError)
                    }
                    a.keywords.append((n, v))
                    a.keywordLocs.append(e.loc)
                }
            }
        }
        return a
    }
}
