// PyParserDecl: Python class bodies and annotations. A `@dataclass` class is a cfy class (every
// cfy class is a dataclass); `x: T = field(default=..., default_factory=...)` is a field with that
// default; typing annotations (`Optional[int]`, `List[str]`, `int | None`) become cfy field types.

extension ParserState {
    /// `class Name(Base):` and its body; `decorators` are the lines before it.
    mutating func pyClassDecl(decorators: [(Expr, Loc)]) throws(SyntaxError) -> Stmt {
        let (kw, name, bases) = try classHeader()
        let outerClass = privateClass, outerOptions = fieldOptions, outerMarker = kwOnlyMarker
        privateClass = name
        fieldOptions = [:]
        kwOnlyMarker = false
        defer { privateClass = outerClass; fieldOptions = outerOptions; kwOnlyMarker = outerMarker }
        var members: [ClassMember] = []
        guard accept(.colon) else { try fail("':' to start the body of class '\(name)'") }
        if tok.isNewline {
            advance()
            guard at(.lbrace), tok.range.isEmpty else {
                try indentationError("expected an indented block for the body of class '\(name)'", at: tok.loc)
            }
            try open(skipsNewlines: false)
            while true {
                skipSeparators()
                if at(.rbrace) || tok.isEOF { break }
                members += try pyMember()
                if at(.rbrace) { break }
                try endOfStatement()
            }
            try close(.rbrace)
        } else {
            repeat { members += try pyMember() } while accept(.semicolon) && !tok.isNewline && !tok.isEOF
        }
        let flags = try checkDataclass(name, decorators, bases: bases, members: members, kw.loc)
        var c = ClassDecl(name: name, bases: bases, members: members, loc: kw.loc, python: true)
        if flags.kwOnly {
            for case .field(let n, _, _, _) in members { fieldOptions[n, default: FieldOptions()].kwOnly = true }
        }
        c.fieldOptions = fieldOptions
        c.frozen = flags.frozen
        return .classDecl(c)
    }

    /// A class is a cfy class only as a dataclass: `@dataclass`, `@dataclasses.dataclass(...)`,
    /// or (the same thing to Python) a subclass without fields of its own.
    /// Returns the `frozen=True` and `kw_only=True` of `@dataclass(...)`.
    mutating func checkDataclass(_ name: String, _ decorators: [(Expr, Loc)], bases: [Expr], members: [ClassMember],
                                 _ loc: Loc) throws(SyntaxError) -> (frozen: Bool, kwOnly: Bool) {
        var isDataclass = false
        var flags = (frozen: false, kwOnly: false)
        for (d, dloc) in decorators {
            var callee = d
            if case .call(let f, let args, _) = d {
                callee = f
                for a in args {
                    guard case .keyword(let k, let v, let kloc) = a else { notYet("`@dataclass` with positional arguments", at: dloc); continue }
                    if ["init", "repr", "eq"].contains(k) {
                        if case .literal(.bool(true), _) = v { continue }
                        notYet("`@dataclass(\(k)=...)`", at: kloc)
                    }
                    if k == "frozen" || k == "kw_only" {
                        guard case .literal(.bool(let b), _) = v else { notYet("`@dataclass(\(k)=...)` with a value other than True or False", at: kloc); continue }
                        if k == "frozen" { flags.frozen = b } else { flags.kwOnly = b }
                    }
                }
            }
            switch callee {
            case .name("dataclass", _), .attribute(_, "dataclass", _): isDataclass = true
            default: notYet("the class decorator `@\(dottedText(d))`", at: dloc)
            }
        }
        if isDataclass { return flags }
        let declares = members.contains { m in
            switch m {
            case .field, .assign: return true
            case .method: return false
            }
        }
        if declares || bases.isEmpty {
            notYet("a class without `@dataclass` ('\(name)': cfy classes are dataclasses, so its fields would "
                   + "not be what Python makes of them; add `@dataclass`)", at: loc)
        }
        return flags
    }

    /// One statement of a class body as members: fields, assignments, methods; nothing for
    /// `pass`, `...` and docstrings. Anything else cannot run yet (the class becomes unsupported).
    mutating func pyMember() throws(SyntaxError) -> [ClassMember] {
        let t = tok
        if case .name(let k) = t.kind, peek(1).isOp(.colon) {
            advance(); advance()
            let outer = inAnnotation
            inAnnotation = true
            let annotation = try expr()
            inAnnotation = outer
            let value = accept(.assign) ? try exprList() : nil
            let name = mangled(texts[k])
            // `ClassVar[...]` is a class attribute and `_: KW_ONLY` a marker, not fields.
            switch typingName(annotation) {
            case "ClassVar": return value.map { [.assign(name: name, value: $0, loc: t.loc)] } ?? []
            case "KW_ONLY":
                kwOnlyMarker = true
                return []
            case "InitVar":
                notYet("`InitVar` pseudo-fields", at: t.loc)
                return []
            default: return [try pyField(name, pyType(annotation), value, t.loc)]
            }
        }
        let saved = notRunnable
        let stmts = try pyStatement()
        notRunnable = saved
        var out: [ClassMember] = []
        // `@property def f` parses as `def f` then `f = <decorate>(property, f)`: a method that
        // knows its decorator. Any other decorator on a method cannot run yet.
        if stmts.count == 2, case .def(var d) = stmts[0], case .assign(_, let value, let loc) = stmts[1] {
            if case .call(.name("<decorate>", _), let args, _) = value, args.count == 2,
               case .positional(.name(let dec, _)) = args[0], case .positional(.name(d.name, _)) = args[1],
               let kind = MethodDecorator(rawValue: dec) {
                d.decorator = kind
                return [.method(d)]
            }
            notYet("this decorator on a method", at: loc)
            return []
        }
        for s in stmts {
            switch s {
            case .pass: break
            case .expr(.literal(.str, _), _): break
            case .def(let d): out.append(.method(d))
            case .assign(let targets, let value, _):
                guard targets.count == 1, case .name(let n, let l) = targets[0] else {
                    notYet("this assignment in a class body", at: s.loc)
                    break
                }
                out.append(.assign(name: n, value: value, loc: l))
            case .unsupported(let message, let loc):
                if notRunnable == nil { notRunnable = (message, loc) }
            default:
                notYet("this statement in a class body", at: s.loc)
            }
        }
        return out
    }

    /// A field; `field(default=d)` gives the default `d`, `field(default_factory=f)` the default
    /// `f()` (each instance gets its own copy, as with any cfy default).
    mutating func pyField(_ name: String, _ type: TypeExpr, _ value: Expr?, _ loc: Loc) throws(SyntaxError) -> ClassMember {
        if kwOnlyMarker { fieldOptions[name, default: FieldOptions()].kwOnly = true }
        guard case .call(let callee, let args, let cloc)? = value else {
            return .field(name: name, type: type, defaultValue: value, loc: loc)
        }
        switch callee {
        case .name("field", _), .attribute(_, "field", _): break
        default: return .field(name: name, type: type, defaultValue: value, loc: loc)
        }
        var defaultValue: Expr?, factory: Expr?
        for a in args {
            guard case .keyword(let k, let v, let kloc) = a else {
                notYet("`field()` with positional arguments", at: cloc)
                continue
            }
            switch k {
            case "default": defaultValue = v
            case "default_factory": factory = v
            case "hash", "metadata": break
            case "repr", "init", "kw_only", "compare":
                guard case .literal(.bool(let b), _) = v else { notYet("`field(\(k)=...)` with a value other than True or False", at: kloc); break }
                var o = fieldOptions[name] ?? FieldOptions()
                switch k {
                case "repr": o.repr = b
                case "init": o.initArg = b
                case "kw_only": o.kwOnly = b
                default: o.compare = b
                }
                fieldOptions[name] = o
            default: notYet("`field(\(k)=...)`", at: kloc)
            }
        }
        if defaultValue != nil, factory != nil { notYet("`field()` with both default and default_factory", at: cloc) }
        if let f = factory { defaultValue = .call(f, [], cloc) }
        if fieldOptions[name]?.initArg == false, defaultValue == nil {
            notYet("`field(init=False)` without a default (the field is unset until `__post_init__` sets it)", at: cloc)
        }
        return .field(name: name, type: type, defaultValue: defaultValue, loc: loc)
    }

    /// A Python annotation, parsed as the expression it is and read as a cfy type.
    mutating func pyTypeExpr() throws(SyntaxError) -> TypeExpr {
        let outer = inAnnotation
        inAnnotation = true
        defer { inAnnotation = outer }
        let e = try expr()
        return pyType(e)
    }

    /// `int`, `List[int]`, `Dict[str, float]`, `Optional[X]` (X: None fits every cfy field),
    /// `X | None`; what cfy has no type for (`Callable`, `Literal[...]`, other unions, `np.ndarray`,
    /// a string) is `any`, which, as in Python, checks nothing.
    mutating func pyType(_ e: Expr) -> TypeExpr {
        let any = TypeExpr.name("any", e.loc)
        switch e {
        case .name(let n, let l):
            switch n {
            case "int", "float", "str", "bool", "list", "dict", "tuple", "set", "frozenset": return .name(n, l)
            case "List": return .name("list", l)
            case "Set": return .name("set", l)
            case "FrozenSet": return .name("frozenset", l)
            case "Dict": return .name("dict", l)
            case "Tuple": return .name("tuple", l)
            case "Any", "Optional", "Union", "Callable", "None": return any
            // Python's own types cfy has no field type for, and typing's other names: no check.
            case "object", "type", "bytes", "bytearray", "complex",
                 "Iterable", "Iterator", "Sequence", "Mapping", "MutableMapping", "Type", "Literal", "Final",
                 "Hashable", "Generator", "Collection", "Container", "Deque", "DefaultDict", "OrderedDict", "Counter":
                return any
            default: return .name(n, l)
            }
        case .attribute(.name(let m, _), let n, let l) where ["typing", "t", "tp"].contains(m):
            return pyType(.name(n, l))
        case .index(let base, let idx, let l):
            var n = ""
            if case .name(let b, _) = base { n = b }
            if case .attribute(.name(let m, _), let b, _) = base, ["typing", "t", "tp"].contains(m) { n = b }
            var items = [idx]
            if case .tuple(let xs, _) = idx { items = xs }
            switch n {
            case "List", "list": return items.count == 1 ? .generic("list", [pyType(items[0])], l) : any
            case "Dict", "dict": return items.count == 2 ? .generic("dict", [pyType(items[0]), pyType(items[1])], l) : any
            case "Tuple", "tuple": return .name("tuple", l)
            case "Set", "set": return .name("set", l)
            case "FrozenSet", "frozenset": return .name("frozenset", l)
            case "Optional": return items.count == 1 ? pyType(items[0]) : any
            case "Union": return union(items, l)
            default: return any
            }
        case .binary(.or, _, _, let l):
            var items: [Expr] = []
            var rest = [e]
            while let x = rest.popLast() {
                if case .binary(.or, let a, let b, _) = x { rest += [b, a] } else { items.append(x) }
            }
            return union(items, l)
        default:
            return any
        }
    }

    /// `ClassVar` for `ClassVar`, `ClassVar[int]`, `typing.ClassVar[int]`, `dataclasses.KW_ONLY`...
    mutating func typingName(_ e: Expr) -> String {
        switch e {
        case .name(let n, _), .attribute(_, let n, _): return n
        case .index(let b, _, _): return typingName(b)
        default: return ""
        }
    }

    /// `Union[X, None]` is X; any other union is `any`.
    mutating func union(_ items: [Expr], _ l: Loc) -> TypeExpr {
        let rest = items.filter { if case .literal(.none, _) = $0 { return false }; return true }
        return rest.count == 1 ? pyType(rest[0]) : .name("any", l)
    }
}
