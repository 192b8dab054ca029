// Syntax: the tree the parser builds and the interpreter walks. No values, no behaviour.

/// A literal constant as written in source.
public enum Literal: Sendable {
    case none
    case bool(Bool)
    case int(Int64)
    case bigint(BigInt)
    case float(Double)
    case str(String)
}

public enum UnaryOp: String, Sendable { case neg = "-", pos = "+", not = "not", invert = "~" }

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case and = "&", or = "|", xor = "^", shl = "<<", shr = ">>"

    /// `& | ^ << >>`: ints only.
    public var isBitwise: Bool {
        switch self {
        case .and, .or, .xor, .shl, .shr: return true
        default: return false
        }
    }
}

public enum CompareOp: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// A call argument: `f(x)`, `f(k=x)`, `f(*xs)`, `f(**kw)`.
public enum Argument: Sendable {
    case positional(Expr)
    case keyword(String, Expr, Loc)
    case star(Expr)
    case doubleStar(Expr)
}

/// One parameter of a `def` or `lambda`.
public struct Param: Sendable {
    public enum Kind: Sendable { case normal, star, doubleStar }   // `a`, `*args`, `**kw`
    public var name: String
    public var defaultValue: Expr?
    public var kind: Kind
    public var loc: Loc
    /// Before a `/`: only positional arguments bind it.
    public var positionalOnly = false
    /// After `*` or `*args`: only keyword arguments bind it.
    public var keywordOnly = false
    public init(name: String, defaultValue: Expr?, kind: Kind = .normal, loc: Loc) {
        self.name = name; self.defaultValue = defaultValue; self.kind = kind; self.loc = loc
    }

    /// A parameter list as source text, the `/` and bare `*` markers put back where they were:
    /// `texts[k]` is parameter k's own text (`a`, `b=1`, `*args`).
    public static func join(_ params: [Param], _ texts: [String]) -> String {
        var out: [String] = []
        for (k, p) in params.enumerated() {
            if p.keywordOnly, k == 0 || !params[k - 1].keywordOnly, !params.contains(where: { $0.kind == .star }) {
                out.append("*")
            }
            out.append(k < texts.count ? texts[k] : p.name)
            if p.positionalOnly, k + 1 == params.count || !params[k + 1].positionalOnly { out.append("/") }
        }
        return out.joined(separator: ", ")
    }
}

/// A piece of an f-string: literal text, or `{expr!conv:spec}`.
public enum FStringPart: Sendable {
    case text(String)
    /// `conversion` is "r", "s", "a" or nil; `spec` is itself an f-string (it may hold `{}`),
    /// nil when absent. `debugText` is set for `{x=}` (the text "x=" to print before the value).
    case expr(Expr, conversion: Character?, spec: [FStringPart]?, debugText: String?)
}

/// A comprehension clause: `for TARGET in ITER` or `if COND`.
public enum CompClause: Sendable {
    case `for`(Target, Expr)
    case `if`(Expr)
}

/// An entry of a dict display with `**`: `k: v` or `**mapping`.
public enum DictItem: Sendable {
    case pair(Expr, Expr)
    case unpack(Expr, Loc)
}

/// Where an assignment or `for` stores: `x`, `a.b`, `a[i]`, `a, b`.
public indirect enum Target: Sendable {
    case name(String, Loc)
    case attribute(Expr, String, Loc)
    case index(Expr, Expr, Loc)
    case tuple([Target], Loc)
    /// `*rest` inside a tuple or list target: takes a list of what the others leave.
    case starred(Target, Loc)

    public var loc: Loc {
        switch self {
        case .name(_, let l), .attribute(_, _, let l), .index(_, _, let l), .tuple(_, let l), .starred(_, let l): return l
        }
    }
}

public indirect enum Expr: Sendable {
    case literal(Literal, Loc)
    case name(String, Loc)
    case fstring([FStringPart], Loc)
    case list([Expr], Loc)
    case tuple([Expr], Loc)
    case dict([(key: Expr, value: Expr)], Loc)
    case unary(UnaryOp, Expr, Loc)
    case binary(BinaryOp, Expr, Expr, Loc)
    /// `a < b <= c`: the first operand, then each operator with its right operand (and its loc).
    case compare(Expr, [(op: CompareOp, rhs: Expr, loc: Loc)], Loc)
    case and(Expr, Expr, Loc)
    case or(Expr, Expr, Loc)
    case ternary(cond: Expr, then: Expr, else: Expr, Loc)
    case attribute(Expr, String, Loc)
    /// `a[i]`; a slice subscript is an `.slice` expression as the index.
    case index(Expr, Expr, Loc)
    /// `lo:hi:step` inside a subscript; each part optional.
    case slice(Expr?, Expr?, Expr?, Loc)
    case call(Expr, [Argument], Loc)
    case lambda([Param], Expr, Loc)
    case listComp(Expr, [CompClause], Loc)
    /// `(x for x in xs)`: evaluated to a list by cfy; a scope of its own (`<genexpr>`) as in Python.
    case genExpr(Expr, [CompClause], Loc)
    case dictComp(key: Expr, value: Expr, [CompClause], Loc)
    /// `name := value` (Python files): binds in the enclosing function, even from a comprehension.
    case walrus(String, Expr, Loc)
    /// `*x` as an item of a list, tuple or set display (an error anywhere else).
    case starred(Expr, Loc)
    /// A dict display with at least one `**mapping` entry (one without is `.dict`).
    case dictUnpack([DictItem], Loc)
    /// `{a, b}` (never empty: `{}` is a dict).
    case set([Expr], Loc)
    /// `{x for x in xs}`.
    case setComp(Expr, [CompClause], Loc)

    /// The location used for errors about this expression (the operator for binary forms).
    public var loc: Loc {
        switch self {
        case .literal(_, let l), .name(_, let l), .fstring(_, let l), .list(_, let l), .tuple(_, let l),
             .dict(_, let l), .unary(_, _, let l), .binary(_, _, _, let l), .compare(_, _, let l),
             .and(_, _, let l), .or(_, _, let l), .ternary(_, _, _, let l), .attribute(_, _, let l),
             .index(_, _, let l), .slice(_, _, _, let l), .call(_, _, let l), .lambda(_, _, let l),
             .listComp(_, _, let l), .genExpr(_, _, let l), .dictComp(_, _, _, let l), .walrus(_, _, let l),
             .starred(_, let l), .dictUnpack(_, let l), .set(_, let l), .setComp(_, _, let l):
            return l
        }
    }
}

/// A type annotation: `int`, `Data`, `list[int]`, `dict[str, float]`.
public indirect enum TypeExpr: Sendable {
    case name(String, Loc)
    case generic(String, [TypeExpr], Loc)
}

/// How a method of a Python class is decorated: `@property`, `@staticmethod`, `@classmethod`.
public enum MethodDecorator: String, Sendable { case property, staticmethod, classmethod }

/// `def name(params) { body }`.
public struct FunctionDecl: Sendable {
    public var name: String
    public var params: [Param]
    public var body: [Stmt]
    public var loc: Loc
    /// For a method: its decorator, when it has one of Python's method decorators.
    public var decorator: MethodDecorator?
    public init(name: String, params: [Param], body: [Stmt], loc: Loc) {
        self.name = name; self.params = params; self.body = body; self.loc = loc
    }
}

/// One line of a class body.
public enum ClassMember: Sendable {
    /// `name: type = default` or `name: type` (required).
    case field(name: String, type: TypeExpr, defaultValue: Expr?, loc: Loc)
    /// `name = expr`: re-sets an inherited field's default, or defines a class attribute.
    case assign(name: String, value: Expr, loc: Loc)
    case method(FunctionDecl)
}

/// What `field(repr=False, init=False)` says of a Python dataclass field.
public struct FieldOptions: Sendable, Equatable {
    /// Shown by the dataclass's repr (so in the repr of an instance nested in a hashed field).
    public var repr = true
    /// A parameter of `__init__` (and of `replace()`); with `init=False` it gets its default.
    public var initArg = true
    /// A keyword-only parameter of `__init__` (`kw_only=True`, after `_: KW_ONLY`).
    public var kwOnly = false
    /// Compared by `==` (`compare=False` leaves it out).
    public var compare = true
    public init() {}
}

/// `class Name(Base) { members }`.
public struct ClassDecl: Sendable {
    public var name: String
    public var bases: [Expr]
    public var members: [ClassMember]
    public var loc: Loc
    /// Written in Python (a `.py` file): `name = value` for an inherited field leaves the field's
    /// default alone, as a Python dataclass does (in `.cfy` it re-sets the default).
    public var python: Bool
    /// Why cfy cannot run this Python class (no `@dataclass`, `field(repr=False)`, a metaclass...),
    /// and where: the class statement then defines an opaque class (Runtime/PythonOpaque.swift).
    public var notRunnable: (message: String, loc: Loc)?
    /// The fields declared with `field(repr=False)` or `field(init=False)` (Python classes).
    public var fieldOptions: [String: FieldOptions] = [:]
    /// `@dataclass(frozen=True)`: assigning a field is an error.
    public var frozen = false
    public init(name: String, bases: [Expr], members: [ClassMember], loc: Loc, python: Bool = false) {
        self.name = name; self.bases = bases; self.members = members; self.loc = loc; self.python = python
    }
}

/// One `except` clause: the class (or tuple of classes) it catches, nil for a bare `except:`;
/// the name `as` binds; its body.
public struct ExceptClause: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var loc: Loc
    public init(type: Expr?, name: String?, body: [Stmt], loc: Loc) {
        self.type = type; self.name = name; self.body = body; self.loc = loc
    }
}

/// `try: body except ...: ... else: ... finally: ...` (`.cfy`: `try { } except X as e { } ...`).
public struct TryBlock: Sendable {
    public var body: [Stmt]
    public var handlers: [ExceptClause]
    public var orElse: [Stmt]?
    public var finally: [Stmt]?
    public var loc: Loc
    public init(body: [Stmt], handlers: [ExceptClause], orElse: [Stmt]?, finally: [Stmt]?, loc: Loc) {
        self.body = body; self.handlers = handlers; self.orElse = orElse; self.finally = finally; self.loc = loc
    }
}

/// One item of a `with` statement: the context expression and the `as` target.
public struct WithItem: Sendable {
    public var context: Expr
    public var target: Target?
    public init(context: Expr, target: Target?) { self.context = context; self.target = target }
}

public indirect enum Stmt: Sendable {
    case expr(Expr, Loc)
    /// `a = b = value`: every target gets the value.
    case assign([Target], Expr, Loc)
    case augAssign(Target, BinaryOp, Expr, Loc)
    case def(FunctionDecl)
    case classDecl(ClassDecl)
    /// `if c { } elif c2 { } else { }`: the (condition, body) branches, then the else body.
    case `if`([(cond: Expr, body: [Stmt])], else: [Stmt]?, Loc)
    case `for`(Target, Expr, [Stmt], Loc)
    case `while`(Expr, [Stmt], Loc)
    case `break`(Loc)
    case `continue`(Loc)
    case pass(Loc)
    case `return`(Expr?, Loc)
    case assert(Expr, message: Expr?, Loc)
    case global([String], Loc)
    case nonlocal([String], Loc)
    /// `import a` or `import a as b`.
    case `import`(module: String, alias: String?, Loc)
    /// `from a import x, y as z`.
    case fromImport(module: String, names: [(name: String, alias: String?)], Loc)
    /// `raise`, `raise X`, `raise X from Y`.
    case raise(Expr?, cause: Expr?, Loc)
    case `try`(TryBlock)
    /// `del a, d[k], xs[i:j]`.
    case del([Target], Loc)
    /// `with a as x, b: body` (Python files only).
    case with([WithItem], [Stmt], Loc)
    /// Python syntax that parses but that cfy cannot run yet (`with`, `try`, `yield`...): running
    /// it is an error with this message, at its line.
    case unsupported(String, Loc)

    public var loc: Loc {
        switch self {
        case .expr(_, let l), .assign(_, _, let l), .augAssign(_, _, _, let l), .if(_, _, let l),
             .for(_, _, _, let l), .while(_, _, let l), .break(let l), .continue(let l), .pass(let l),
             .return(_, let l), .assert(_, _, let l), .global(_, let l), .nonlocal(_, let l),
             .import(_, _, let l), .fromImport(_, _, let l), .unsupported(_, let l), .raise(_, _, let l),
             .del(_, let l), .with(_, _, let l):
            return l
        case .try(let t): return t.loc
        case .def(let f): return f.loc
        case .classDecl(let c): return c.loc
        }
    }
}
