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

    @Test func unsupportedStatementsParse() {
        #expect(py("with a as b:\n    pass\n") == "(unsupported 1:1 cfy cannot run `with` statements yet)")
        #expect(py("try:\n    x\nexcept E as e:\n    y\nelse:\n    z\nfinally:\n    w\n")
                == "(unsupported 1:1 cfy cannot run `try` statements yet)")
        #expect(py("x = {1, 2}\n") == "(= x (set 1 2))")
        #expect(py("class A:\n    x: int = 1\n").hasPrefix("(unsupported 1:1 cfy cannot run a class without `@dataclass`"))
    }

    @Test func relativeImportsKeepTheirDots() {
        #expect(py("from . import a\nfrom ..b.c import d as e\n") == "(from . a)\n(from ..b.c d as e)")
    }

    @Test func indentationErrors() {
        #expect(py("x = 1\n  y = 2\n") == "2:3: IndentationError: unexpected indent")
        #expect(py("def f():\nreturn 1\n") == "2:1: IndentationError: expected an indented block for the body of 'f'")
    }
}
