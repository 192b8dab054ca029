import Testing
@testable import CfyCore

/// A `.py` program printed one statement per line (ParserTestSupport's `show`), or `L:C: message`.
private func py(_ text: String) -> String {
    switch Parser.parse(Source(name: "t.py", text: text)) {
    case .success(let prog): return prog.statements.map(show).joined(separator: "\n")
    case .failure(let d): return "\(d.loc): \(d.message)"
    }
}

@Suite struct PythonParserTests {
    @Test func blocksAreTheSameTreeAsBraces() {
        let cfy = Parser.parse(Source(name: "t.cfy", text: "if a { b = 1 } elif c { d } else { e }\n"))
        guard case .success(let tree) = cfy else { Issue.record("cfy parse failed"); return }
        #expect(py("if a:\n    b = 1\nelif c: d\nelse:\n    e\n") == tree.statements.map(show).joined(separator: "\n"))
    }

    @Test func dataclassFields() {
        #expect(py("@dataclass\nclass A(B):\n    '''doc'''\n    x: int = field(default=1)\n    y: List[int] = field(default_factory=list)\n    z: Optional[str] = None\n")
                == "(class A (B) [(field x int 1); (field y list[int] (call list)); (field z str None)])")
    }

    @Test func exceptionStatements() {
        #expect(py("try:\n    x\nexcept E as e:\n    y\nexcept (A, B):\n    pass\nexcept:\n    q\nelse:\n    z\nfinally:\n    w\n")
                == "(try [x] (except E as e [y]) (except (tuple A B) [pass]) (except [q]) else [z] finally [w])")
        #expect(py("try: x\nfinally: w\n") == "(try [x] finally [w])")
        #expect(py("raise\nraise E\nraise E('m') from c\n") == "(raise)\n(raise E)\n(raise (call E \"m\") from c)")
        #expect(py("try:\n    x\nexcept:\n    y\nexcept E:\n    z\n") == "3:1: default 'except:' must be last")
        #expect(py("try:\n    x\nexcept A, B:\n    y\n") == "3:8: multiple exception types must be parenthesized")
        #expect(py("try:\n    x\nelse:\n    y\n").hasPrefix("3:1: expected 'except' or 'finally' after the try body"))
        #expect(py("try:\n    x\nexcept* E:\n    y\n") == "(unsupported 3:7 cfy cannot run `except*` (exception groups) yet)")
    }

    @Test func delWithWalrus() {
        #expect(py("del a, b[1], c.d, e[1:2], (f, g)\n")
                == "(del a (idx b 1) (. c d) (idx e (slice 1 2 _)) (tuple f g))")
        #expect(py("del f()\n") == "1:5: cannot delete function call")
        #expect(py("with a as b, c:\n    pass\n") == "(with a as b c [pass])")
        #expect(py("with (a as b, c):\n    pass\n") == "(with a as b c [pass])")
        #expect(py("if (n := f(x)) > 1: pass\n") == "(if (cmp (:= n (call f x)) > 1) [pass])")
        #expect(py("(a.b := 1)\n") == "1:2: cannot use assignment expressions with expression")
    }

    @Test func unsupportedStatementsParse() {
        #expect(py("x = {1, 2}\n") == "(= x (set 1 2))")
        // A class cfy cannot run is still a class statement: it defines an opaque class.
        #expect(py("class A:\n    x: int = 1\n").contains("(not runnable 1:1 cfy cannot run a class without `@dataclass`"))
    }

    @Test func relativeImportsKeepTheirDots() {
        #expect(py("from . import a\nfrom ..b.c import d as e\n") == "(from . a)\n(from ..b.c d as e)")
    }

    @Test func indentationErrors() {
        #expect(py("x = 1\n  y = 2\n") == "2:3: IndentationError: unexpected indent")
        #expect(py("def f():\nreturn 1\n") == "2:1: IndentationError: expected an indented block for the body of 'f'")
    }
}
