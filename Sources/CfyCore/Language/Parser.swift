// Parser: tokens → statements, by recursive descent (like Lua's lparser.c). Expressions are in
// ParserExpr.swift, string literals and f-string fields in ParserStrings.swift, `def`, `class`,
// parameters and types in ParserDecl.swift, the cursor and errors in ParserState.swift.

/// A parsed file or REPL entry.
public struct Program: Sendable {
    public var statements: [Stmt]
    /// `endLines[i]` is the last source line of `statements[i]`.
    public var endLines: [Int]
    public init(statements: [Stmt] = [], endLines: [Int] = []) {
        self.statements = statements
        self.endLines = endLines
    }
}

/// What the REPL does with its input so far.
public enum ParseOutcome: Sendable {
    case complete(Program)
    /// Ends inside a bracket, string or block, or after an operator: read another line.
    case incomplete
    case failure(Diagnostic)
}

/// Source text → syntax tree.
///
/// ```swift
/// let src = Source(name: "t.cfy", text: "x = [1, 2]\nif x { print(x) }\n")
/// switch Parser.parse(src) {
/// case .success(let p): p.statements.count    // 2
/// case .failure(let d): print(d)              // t.cfy:1:5: error: expected ...
/// }
/// Parser.parseInteractive(Source(name: "<stdin>", text: "x = [1,"))   // .incomplete
/// ```
public enum Parser {
    /// A whole file or string.
    public static func parse(_ source: Source) -> Result<Program, Diagnostic> {
        switch run(source) {
        case .success(let p): return .success(p)
        case .failure(let e): return .failure(e.diagnostic)
        }
    }

    /// REPL input: `.incomplete` when the text ends inside an open `( [ {`, a string, a block,
    /// or after a binary operator or `\`; otherwise like `parse`. (A finished `if x { }` is
    /// complete here; the REPL itself waits for one more line, which may go on with `elif` or
    /// `else`: REPL.swift.)
    public static func parseInteractive(_ source: Source) -> ParseOutcome {
        switch run(source) {
        case .success(let p): return .complete(p)
        case .failure(let e): return e.incomplete ? .incomplete : .failure(e.diagnostic)
        }
    }

    static func run(_ source: Source) -> Result<Program, SyntaxError> {
        var lexer = Lexer(source)
        let (tokens, error) = lexer.run()
        var p = ParserState(source: source, lexer: lexer, tokens: tokens, lexError: error)
        do {
            var program = try p.program()
            if source.isPython { program.statements = PyAliasing.check(program.statements) }
            return .success(program)
        } catch { return .failure(error) }
    }
}

extension ParserState {
    mutating func program() throws(SyntaxError) -> Program {
        var program = Program()
        while true {
            skipSeparators()
            if case .eof = tok.kind { return program }
            if at(.rbrace) { try raise("unmatched '}'", at: tok.loc) }
            let stmts = try statement()
            for s in stmts {
                program.statements.append(s)
                program.endLines.append(lastLine)
            }
            try endOfStatement()
        }
    }

    /// Statements are separated by newlines or `;`; the `}` of a block ends its last one.
    mutating func endOfStatement() throws(SyntaxError) {
        if tok.isNewline || at(.semicolon) { advance(); return }
        if case .eof = tok.kind { return }
        if at(.rbrace), openers.isEmpty { try raise("unmatched '}'", at: tok.loc) }
        try fail("newline or ';' after the statement")
    }

    /// `{ stmt \n stmt; stmt }`. `what` names the block in errors ("the if body").
    mutating func block(_ what: String) throws(SyntaxError) -> [Stmt] {
        if python { return try pyBlock(what) }
        try openBlock(what)
        return try blockBody()
    }

    /// The statements of an opened block and its closing `}` (an indented block's dedent in a `.py`
    /// file is the same token): both front ends.
    mutating func blockBody() throws(SyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        while true {
            skipSeparators()
            if at(.rbrace) || tok.isEOF { break }
            body += try statement()
            if at(.rbrace) { break }
            try endOfStatement()
        }
        try close(.rbrace)
        return body
    }

    mutating func openBlock(_ what: String) throws(SyntaxError) {
        guard at(.lbrace) else {
            let hint = at(.colon) ? " (cfy blocks use braces: `if x { ... }`)" : ""
            try fail("'{' to start \(what)", hint: hint)
        }
        try open(skipsNewlines: false)
    }

    /// One statement (a few for `import a, b`).
    mutating func statement() throws(SyntaxError) -> [Stmt] {
        if python { return try pyStatement() }
        switch tok.kind {
        case .keyword(.if): return [try ifStatement()]
        case .keyword(.for): return [try forStatement()]
        case .keyword(.while): return [try whileStatement()]
        case .keyword(.def): return [.def(try funcDecl())]
        case .keyword(.class): return [.classDecl(try classDecl())]
        case .keyword(.try): return [try tryStatement()]
        case .keyword(.raise): return [try raiseStatement()]
        case .keyword: return try keywordStatement()
        default: return try simpleStatement()
        }
    }

    /// `pass break continue return assert global nonlocal import from`, misplaced `elif`/`else`,
    /// unsupported keywords; expression statements starting with `None`, `not`, `lambda`, ...
    mutating func keywordStatement() throws(SyntaxError) -> [Stmt] {
        let t = tok
        guard case .keyword(let kw) = t.kind else { return try simpleStatement() }
        switch kw {
        case .elif, .else: try raise("'\(kw.rawValue)' without a matching 'if'", at: t.loc)
        case .pass: advance(); return [.pass(t.loc)]
        case .break, .continue:
            if !inLoop { try raise("'\(kw.rawValue)' outside loop", at: t.loc) }
            advance()
            return [kw == .break ? .break(t.loc) : .continue(t.loc)]
        case .return:
            if !inFunction { try raise("'return' outside function", at: t.loc) }
            advance()
            return [.return(atStatementEnd ? nil : try exprList(), t.loc)]
        case .assert:
            advance()
            let cond = try expr()
            return [.assert(cond, message: accept(.comma) ? try expr() : nil, t.loc)]
        case .global, .nonlocal:
            if kw == .nonlocal, !inFunction {
                try raise("nonlocal declaration not allowed at module level", at: t.loc)
            }
            advance()
            var names = [mangled(try name("a name after '\(kw.rawValue)'"))]
            while accept(.comma) { names.append(mangled(try name("a name after ','"))) }
            return [kw == .global ? .global(names, t.loc) : .nonlocal(names, t.loc)]
        case .import: return try importStatement()
        case .from: return [try fromImport()]
        default:
            if kw.isUnsupported { try raise("'\(kw.rawValue)' is not supported in cfy", at: t.loc) }
            return try simpleStatement()
        }
    }

    mutating func whileStatement() throws(SyntaxError) -> Stmt {
        let kw = advance()
        let cond = try expr()
        return .while(cond, try loopBody("the while body"), kw.loc)
    }

    /// Python's private name mangling: inside a class body (and the functions in it) `__x` is
    /// `_Class__x`, the class name without its leading underscores; not `__x__`, nor in a class
    /// named only with underscores.
    mutating func mangled(_ name: String) -> String {
        guard let cls = privateClass, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
        let bare = cls.drop(while: { $0 == "_" })
        return bare.isEmpty ? name : "_" + bare + name
    }

    /// Consumes a name token.
    mutating func name(_ expected: String) throws(SyntaxError) -> String {
        guard case .name(let k) = tok.kind else { try fail(expected) }
        advance()
        return texts[k]
    }

    /// `if c { } elif c2 { } else { }`; `elif`/`else` may also start the line after `}`,
    /// and `else if` means `elif`.
    mutating func ifStatement() throws(SyntaxError) -> Stmt {
        let kw = advance()
        var branches: [(cond: Expr, body: [Stmt])] = []
        var cond = try expr()
        branches.append((cond, try block("the if body")))
        while true {
            let save = pos
            while toks[pos].isNewline { pos += 1 }
            if accept(.elif) || (at(.else) && peek(1).isKeyword(.if) && accept(.else) && accept(.if)) {
                cond = try expr()
                branches.append((cond, try block("the elif body")))
            } else if accept(.else) {
                return .if(branches, else: try block("the else body"), kw.loc)
            } else {
                pos = save
                return .if(branches, else: nil, kw.loc)
            }
        }
    }

    /// `for x in xs { }`, `for i, x in enumerate(xs) { }`.
    mutating func forStatement() throws(SyntaxError) -> Stmt {
        let kw = advance()
        let target = try targetList()
        guard at(.in) else { try fail("'in' after the for target") }
        advanceOperator()
        let iter = try exprList()
        return .for(target, iter, try loopBody("the for body"), kw.loc)
    }

    /// A block in which `break` and `continue` are allowed.
    mutating func loopBody(_ what: String) throws(SyntaxError) -> [Stmt] {
        let outer = inLoop
        inLoop = true
        defer { inLoop = outer }
        return try block(what)
    }

    /// `import a`, `import a.b as c`, `import a, b` (one statement per module).
    mutating func importStatement() throws(SyntaxError) -> [Stmt] {
        let kw = advance()
        var out: [Stmt] = []
        repeat {
            let module = try dottedName("a module name after 'import'")
            let alias = accept(.as) ? try name("a name after 'as'") : nil
            out.append(.import(module: module, alias: alias, kw.loc))
        } while accept(.comma)
        return out
    }

    /// `from a import x, y as z` or `from a import (x, y)`.
    mutating func fromImport() throws(SyntaxError) -> Stmt {
        if python { return try pyFromImport() }
        let kw = advance()
        if at(.dot) || at(.ellipsis) {
            try raise("relative imports are not supported in cfy; write the module name", at: tok.loc)
        }
        let module = try dottedName("a module name after 'from'")
        guard accept(.import) else { try fail("'import' after the module name") }
        if at(.star) { try raise("'from \(module) import *' is not supported in cfy; name what you import", at: tok.loc) }
        return .fromImport(module: module, names: try importedNames(), kw.loc)
    }

    /// `a, b as c` or `(a, b as c,)` after `from M import` (both front ends).
    mutating func importedNames() throws(SyntaxError) -> [(name: String, alias: String?)] {
        let parens = at(.lparen)
        if parens { try open() }
        var names: [(name: String, alias: String?)] = []
        repeat {
            if parens, at(.rparen), !names.isEmpty { break }
            let n = try name("a name to import")
            names.append((n, accept(.as) ? try name("a name after 'as'") : nil))
        } while accept(.comma)
        if parens { try close(.rparen, or: "','") }
        return names
    }

    mutating func dottedName(_ expected: String) throws(SyntaxError) -> String {
        var s = try name(expected)
        while at(.dot), case .name = peek(1).kind {
            advance()
            s += "." + (try name(expected))
        }
        return s
    }

    /// Expression statement, `a = b = e`, `x += e`, or `name: type = e`.
    mutating func simpleStatement() throws(SyntaxError) -> [Stmt] {
        if at(.at) { try raise("decorators are not supported in cfy", at: tok.loc) }
        let start = tok.loc
        let first = try exprList()
        let t = tok
        switch t.kind {
        case .op(.assign):
            var exprs = [first]
            while accept(.assign) { exprs.append(try exprList()) }
            let value = exprs.removeLast()
            var targets: [Target] = []
            for e in exprs { targets.append(try target(e)) }
            return [.assign(targets, value, start)]
        case .op(let op) where op.augmented != nil:
            advance()
            let tgt = try target(first, augmented: true)
            return [.augAssign(tgt, op.augmented ?? .add, try exprList(), t.loc)]
        case .op(.atEq) where python:
            advance()
            notYet("the matrix operator `@=`", at: t.loc)
            _ = try exprList()
            return [.pass(start)]
        case .op(.atEq):
            try raise("operator '@=' is not supported in cfy", at: t.loc)
        case .op(.colon) where python:
            // Python also annotates attributes and items (`self.x: int = 5`).
            advance()
            _ = try typeExpr()
            guard accept(.assign) else { return [.pass(start)] }
            return [.assign([try target(first)], try exprList(), start)]
        case .op(.colon):
            // `x: int = 5` outside a class: the annotation is checked for syntax and dropped.
            guard case .name(let n, let l) = first else { try raise("only a name can be annotated", at: t.loc) }
            advance()
            _ = try typeExpr()
            guard accept(.assign) else { return [.pass(start)] }
            return [.assign([.name(n, l)], try exprList(), start)]
        case .op(.walrus) where !python:
            try raise("':=' (assignment expression) is not supported in cfy", at: t.loc)
        default:
            return [.expr(first, start)]
        }
    }

    /// `x`, `a, b`, `(a, b)`, `o.f`, `d[k]` in a `for` (parsed below comparisons, so `in` stops it).
    mutating func targetList() throws(SyntaxError) -> Target {
        let start = tok.loc
        var items = [try targetItem()]
        var comma = false
        while accept(.comma) {
            comma = true
            if at(.in) { break }
            items.append(try targetItem())
        }
        return try target(items.count == 1 && !comma ? items[0] : .tuple(items, start))
    }

    /// One name of a `for` target list: `x`, `a.b`, `*rest`.
    mutating func targetItem() throws(SyntaxError) -> Expr {
        guard at(.star) else { return try postfix() }
        let t = advanceOperator()
        return .starred(try postfix(), t.loc)
    }

    /// An expression on the left of `=` as a `Target`, or "cannot assign to function call".
    mutating func target(_ e: Expr, augmented: Bool = false, inSequence: Bool = false) throws(SyntaxError) -> Target {
        switch e {
        case .name(let n, let l): return .name(n, l)
        case .attribute(let o, let n, let l): return .attribute(o, n, l)
        case .index(let o, let i, let l): return .index(o, i, l)
        case .starred(let x, let l):
            if augmented { try raise("'starred' is an illegal expression for augmented assignment", at: l) }
            guard inSequence else { try raise("starred assignment target must be in a list or tuple", at: l) }
            return .starred(try target(x), l)
        case .tuple(let xs, let l), .list(let xs, let l):
            if augmented {
                let kind = if case .list = e { "list" } else { "tuple" }
                try raise("'\(kind)' is an illegal target for augmented assignment", at: l)
            }
            var ts: [Target] = []
            var starred = false
            for x in xs {
                if case .starred = x {
                    if starred { try raise("multiple starred expressions in assignment", at: l) }
                    starred = true
                }
                ts.append(try target(x, inSequence: true))
            }
            return .tuple(ts, l)
        default:
            try raise("cannot assign to \(describe(e))", at: startLoc(e))
        }
    }

    /// Where `e` begins in the source (`e.loc` is the operator for binary forms and calls).
    mutating func startLoc(_ e: Expr) -> Loc {
        var e = e
        while true {
            switch e {
            case .binary(_, let l, _, _), .compare(let l, _, _), .and(let l, _, _), .or(let l, _, _),
                 .attribute(let l, _, _), .index(let l, _, _), .call(let l, _, _):
                e = l
            default:
                return e.loc
            }
        }
    }

    /// What an expression is, for "cannot assign to ...".
    mutating func describe(_ e: Expr) -> String {
        switch e {
        case .literal(.none, _): return "None"
        case .literal(.bool(let b), _): return b ? "True" : "False"
        case .literal: return "literal"
        case .fstring: return "f-string expression"
        case .call: return "function call"
        case .compare: return "comparison"
        case .lambda: return "lambda"
        case .ternary: return "conditional expression"
        case .listComp: return "list comprehension"
        case .genExpr: return "generator expression"
        case .dictComp: return "dict comprehension"
        case .dict, .dictUnpack: return "dict literal"
        case .set: return "set display"
        case .setComp: return "set comprehension"
        default: return "expression"
        }
    }
}
