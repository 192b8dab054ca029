// The parser on bad input (messages and places) and the locations and end lines it records.

import Testing
@testable import CfyCore

@Suite struct ParserErrorTests {
    // MARK: - errors

    @Test(arguments: [
        // brackets and statements
        ("x = (1, 2", "1:10: expected ',' or ')' to close '(' at 1:5, found end of input"),
        ("x = [1,\ny = 2", "2:3: expected ',' or ']' to close '[' at 1:5, found '='"),
        ("x = [1,", "1:8: expected an expression, found end of input ('[' at 1:5 is not closed)"),
        ("f(1 2)", "1:5: expected ',' or ')' to close '(' at 1:2, found '2'"),
        ("(1 2)", "1:4: expected ')' to close '(' at 1:1, found '2'"),
        ("x = {'a': 1", "1:12: expected ',' or '}' to close '{' at 1:5, found end of input"),
        ("x = 1 2", "1:7: expected newline or ';' after the statement, found '2'"),
        ("x = ", "1:5: expected an expression, found end of input"),
        ("x = )", "1:5: expected an expression, found ')'"),
        ("}", "1:1: unmatched '}'"),
        ("x = 1 }", "1:7: unmatched '}'"),
        ("a.", "1:3: expected an attribute name after '.', found end of input"),
        ("a.1", "1:2: expected newline or ';' after the statement, found '.1'"),
        ("a[]", "1:3: expected an expression, found ']'"),
        ("x = 1 if y", "1:11: expected 'else' in the conditional expression, found end of input"),
        ("x = 1 +\n", "1:8: expected an expression, found end of input"),
        ("x = a +\ny = 2", "1:5: cannot assign to expression"),
        ("x = a is\nnot b", "2:1: expected an expression, found 'not'"),
        ("lambda x 1", "1:10: expected ':' after the lambda parameters, found '1'"),
        // blocks
        ("if x:\n  pass", "1:5: expected '{' to start the if body, found ':' (cfy blocks use braces: `if x { ... }`)"),
        ("if x\n{ }", "1:5: expected '{' to start the if body, found newline"),
        ("while x: pass", "1:8: expected '{' to start the while body, found ':' (cfy blocks use braces: `if x { ... }`)"),
        ("for x { }", "1:7: expected 'in' after the for target, found '{'"),
        ("for x in y", "1:11: expected '{' to start the for body, found end of input"),
        ("for f() in z { }", "1:5: cannot assign to function call"),
        ("if x { 1 } else", "1:16: expected '{' to start the else body, found end of input"),
        ("else { }", "1:1: 'else' without a matching 'if'"),
        ("elif x { }", "1:1: 'elif' without a matching 'if'"),
        ("if x { y = 1 z = 2 }", "1:14: expected newline or ';' after the statement, found 'z'"),
        ("def f(x) {\n  return x\n", "2:11: expected '}' to close the block opened at 1:10, found end of input"),
        ("def (x) { }", "1:5: expected a function name after 'def', found '('"),
        ("def f { }", "1:7: expected '(' after the function name, found '{'"),
        ("return 1", "1:1: 'return' outside function"),
        ("if x { return }", "1:8: 'return' outside function"),
        ("class A { x = 1 }\nreturn", "2:1: 'return' outside function"),
        ("break", "1:1: 'break' outside loop"),
        ("if x { continue }", "1:8: 'continue' outside loop"),
        ("while x { def f() { break } }", "1:21: 'break' outside loop"),
        ("def f() { for x in y { }; break }", "1:27: 'break' outside loop"),
        ("nonlocal x", "1:1: nonlocal declaration not allowed at module level"),
        // assignment
        ("1 = x", "1:1: cannot assign to literal"),
        ("None = 1", "1:1: cannot assign to None"),
        ("True = 1", "1:1: cannot assign to True"),
        ("f() = 3", "1:1: cannot assign to function call"),
        ("a.b() = 3", "1:1: cannot assign to function call"),
        ("a + 1 = 2", "1:1: cannot assign to expression"),
        ("x = f() = 1", "1:5: cannot assign to function call"),
        ("a < b = 1", "1:1: cannot assign to comparison"),
        ("f'{x}' = 1", "1:1: cannot assign to f-string expression"),
        ("[x for x in y] = 1", "1:1: cannot assign to list comprehension"),
        ("{} = 1", "1:1: cannot assign to dict literal"),
        ("(lambda: 1) = 1", "1:2: cannot assign to lambda"),
        ("a, f() = 1, 2", "1:4: cannot assign to function call"),
        ("x, y += 1", "1:1: 'tuple' is an illegal target for augmented assignment"),
        ("[x] += 1", "1:1: 'list' is an illegal target for augmented assignment"),
        ("f() += 1", "1:1: cannot assign to function call"),
        ("x := 1", "1:3: ':=' (assignment expression) is not supported in cfy"),
        ("(1).x: int = 1", "1:6: only a name can be annotated"),
        // calls and parameters
        ("f(k=1, 2)", "1:8: positional argument follows keyword argument"),
        ("f(**k, x)", "1:8: positional argument follows keyword argument unpacking"),
        ("f(a=1, a=2)", "1:8: keyword argument repeated: 'a'"),
        ("f(x for x in y, 1)", "1:3: a generator expression must be parenthesized unless it is the only argument"),
        ("f(1, x for x in y)", "1:6: a generator expression must be parenthesized unless it is the only argument"),
        ("f(a.b=1)", "1:6: expected ',' or ')' to close '(' at 1:2, found '='"),
        ("def f(a=1, b) { }", "1:12: non-default argument follows default argument"),
        ("def f(a, a) { }", "1:10: duplicate argument 'a' in function definition"),
        ("def f(*) { }", "1:7: named arguments must follow bare *"),
        ("def f(*, **k) { }", "1:7: named arguments must follow bare *"),
        ("def f(/, a) { }", "1:7: at least one argument must precede /"),
        ("def f(a, /, b, /) { }", "1:16: / may appear only once"),
        ("def f(*, a, /) { }", "1:13: / must be ahead of *"),
        ("def f(*a, *b) { }", "1:11: * argument may appear only once"),
        ("def f(*a=1) { }", "1:9: var-positional argument cannot have default value"),
        ("def f(**k, a) { }", "1:12: arguments cannot follow var-keyword argument"),
        ("def f(1) { }", "1:7: expected a parameter name, found '1'"),
        ("lambda a=1, b: 0", "1:13: non-default argument follows default argument"),
        // unsupported Python
        ("{1: 2, 3}", "1:9: expected ':' after the dict key, found '}'"),
        ("*a = c", "1:1: starred assignment target must be in a list or tuple"),
        ("a, *b, *c = d", "1:1: multiple starred expressions in assignment"),
        ("[*a for a in b]", "1:2: iterable unpacking cannot be used in comprehension"),
        ("{**a for a in b}", "1:2: dict unpacking cannot be used in dict comprehension"),
        ("x[*a]", "1:3: '*' unpacking is only supported in call arguments"),
        ("print(...)", "1:7: '...' (Ellipsis) is not supported in cfy"),
        ("a @ b", "1:3: the matrix operator '@' is not supported in cfy"),
        ("x @= 1", "1:3: operator '@=' is not supported in cfy"),
        ("@dec\ndef f() {}", "1:1: decorators are not supported in cfy"),
        ("del x", "1:1: 'del' is not supported in cfy"),
        ("try { }", "1:8: expected 'except' or 'finally' after the try body, found end of input"),
        ("try { } except { } except E { }", "1:9: default 'except:' must be last"),
        ("x = yield", "1:5: 'yield' is not supported in cfy"),
        ("with f { }", "1:1: 'with' is not supported in cfy"),
        ("x = await f()", "1:5: 'await' is not supported in cfy"),
        ("from . import x", "1:6: relative imports are not supported in cfy; write the module name"),
        ("from a import *", "1:15: 'from a import *' is not supported in cfy; name what you import"),
        ("from a import", "1:14: expected a name to import, found end of input"),
        ("from a x", "1:8: expected 'import' after the module name, found 'x'"),
        ("import", "1:7: expected a module name after 'import', found end of input"),
        ("global", "1:7: expected a name after 'global', found end of input"),
        ("global a,", "1:10: expected a name after ',', found end of input"),
        // class bodies
        ("class A { x + 1 }", "1:13: a class body may contain only fields (`name: type = default`), assignments (`name = value`), methods (`def`) and `pass`; found '+' after 'x'"),
        ("class A { 1 }", "1:11: a class body may contain only fields (`name: type = default`), assignments (`name = value`), methods (`def`) and `pass`; found '1'"),
        ("class A { class B {} }", "1:11: a class body may contain only fields (`name: type = default`), assignments (`name = value`), methods (`def`) and `pass`; found 'class'"),
        ("class A { if x { } }", "1:11: a class body may contain only fields (`name: type = default`), assignments (`name = value`), methods (`def`) and `pass`; found 'if'"),
        ("class A { 'doc' + x }", "1:11: a class body may contain only fields (`name: type = default`), assignments (`name = value`), methods (`def`) and `pass`; found a string"),
        ("class A { x: int = 1 = 2 }", "1:22: a field takes one default value"),
        ("class A { x = y = 2 }", "1:17: chained assignment is not allowed in a class body"),
        ("class A { x: 1 }", "1:14: expected a type (such as int, str, list[int] or a class name), found '1'"),
        ("class A { x: list[] }", "1:19: expected a type (such as int, str, list[int] or a class name), found ']'"),
        ("class A { x: int y: int }", "1:18: expected newline or ';' after the statement, found 'y'"),
        ("class { }", "1:7: expected a class name after 'class', found '{'"),
        ("class A:\n  x: int", "1:8: expected '{' to start the body of class 'A', found ':' (cfy blocks use braces: `if x { ... }`)"),
        // f-string fields are parsed with locations in the source
        ("x = f\"{a +}\"", "1:11: expected an expression, found the end of the f-string field"),
        ("x = f\"{a b}\"", "1:10: expected '}' to end the f-string expression, found 'b'"),
        ("x = f'''\n{a $}'''", "2:4: unexpected character '$'"),
        ("x = f\"{a:{b c}}\"", "1:13: expected '}' to end the f-string expression, found 'c'"),
        ("x = 'a' f'{)}'", "1:12: expected an expression, found ')'"),
        // lexer errors surface where the parser meets them
        ("x = )\ny = 'unterminated", "1:5: expected an expression, found ')'"),
        ("x = 1\ny = 'unterminated", "2:5: unterminated string literal"),
        ("x = 12abc", "1:7: invalid decimal literal"),
    ])
    func errors(text: String, message: String) {
        #expect(p(text) == message)
    }

    @Test func diagnosticsAreSyntaxErrorsWithSource() {
        guard case .failure(let d) = Parser.parse(Source(name: "params.cfy", text: "x = 1\nf(a, b\n")) else {
            Issue.record("expected failure"); return
        }
        #expect(d.kind == .syntaxError)
        #expect(d.severity == .error)
        #expect(d.description == "params.cfy:2:7: error: expected ',' or ')' to close '(' at 2:2, found end of input\n    f(a, b\n          ^")
    }

    // MARK: - locations

    @Test func locations() {
        func stmt(_ text: String) -> Stmt? { program(text)?.statements.first }
        // binary forms: the operator; calls, indexes, attributes: the ( [ .
        #expect(firstExpr("a + b")?.loc == Loc(line: 1, col: 3))
        #expect(firstExpr("a < b < c")?.loc == Loc(line: 1, col: 3))
        #expect(firstExpr("a and b")?.loc == Loc(line: 1, col: 3))
        #expect(firstExpr("f(x)")?.loc == Loc(line: 1, col: 2))
        #expect(firstExpr("obj.attr")?.loc == Loc(line: 1, col: 4))
        #expect(firstExpr("d [k]")?.loc == Loc(line: 1, col: 3))
        #expect(firstExpr("2 ** 3")?.loc == Loc(line: 1, col: 3))
        // everything else: its first token
        #expect(firstExpr("  -x")?.loc == Loc(line: 1, col: 3))
        #expect(firstExpr("x if c else y")?.loc == Loc(line: 1, col: 1))
        #expect(firstExpr("[1]")?.loc == Loc(line: 1, col: 1))
        #expect(firstExpr("1, 2")?.loc == Loc(line: 1, col: 1))
        #expect(firstExpr("(1, 2)")?.loc == Loc(line: 1, col: 1))
        #expect(firstExpr("(  x  )")?.loc == Loc(line: 1, col: 4))
        #expect(firstExpr("lambda: 0")?.loc == Loc(line: 1, col: 1))
        #expect(firstExpr("'é' + f\"{x}\"")?.loc == Loc(line: 1, col: 5))
        if case .call(_, let args, _)? = firstExpr("f(a, k=1)"), case .keyword(_, _, let l) = args[1] {
            #expect(l == Loc(line: 1, col: 6))
        } else {
            Issue.record("call")
        }
        // f-string fields point into the source
        if case .fstring(let parts, _)? = firstExpr("  f'ab{x + y}'"), case .expr(let e, _, _, _) = parts[1] {
            #expect(e.loc == Loc(line: 1, col: 10))
        } else {
            Issue.record("fstring")
        }
        if case .fstring(let parts, _)? = firstExpr("f'''\n  {\n  z}'''"), case .expr(let e, _, _, _) = parts[1] {
            #expect(e.loc == Loc(line: 3, col: 3))
        } else {
            Issue.record("fstring 2")
        }
        // statements: their first token; augmented assignment: the operator
        #expect(stmt("x = 1")?.loc == Loc(line: 1, col: 1))
        #expect(stmt("x += 1")?.loc == Loc(line: 1, col: 3))
        #expect(stmt("\n  if x { }")?.loc == Loc(line: 2, col: 3))
        #expect(stmt("def f() { }")?.loc == Loc(line: 1, col: 1))
        if case .def(let f)? = stmt("def f(a, *b) { }") {
            #expect(f.params.map(\.loc) == [Loc(line: 1, col: 7), Loc(line: 1, col: 11)])
        } else {
            Issue.record("def")
        }
        if case .classDecl(let c)? = stmt("class A {\n  x: int\n  y = 1\n}") {
            #expect(c.loc == Loc(line: 1, col: 1))
            if case .field(_, let t, _, let l) = c.members[0], case .name(_, let tl) = t {
                #expect(l == Loc(line: 2, col: 3) && tl == Loc(line: 2, col: 6))
            } else {
                Issue.record("field")
            }
            if case .assign(_, _, let l) = c.members[1] { #expect(l == Loc(line: 3, col: 3)) }
        } else {
            Issue.record("class")
        }
        if case .assign(let ts, _, _)? = stmt("a.b, c[0] = 1, 2"), case .tuple(let items, _) = ts[0] {
            #expect(items.map(\.loc) == [Loc(line: 1, col: 2), Loc(line: 1, col: 7)])
        } else {
            Issue.record("assign")
        }
    }

    @Test func endLines() {
        let prog = program("x = 1\ny = [\n  1,\n]\nif x {\n}\nelse {\n}\n\nz = '''a\nb'''; w = 2\n")
        #expect(prog?.endLines == [1, 4, 8, 11, 11])
    }
}
