// PythonNesting: CPython's tokenizer refuses brackets nested more than 200 deep ("too many nested
// parentheses", MAXLEVEL in Parser/tokenizer.c); an exported module must stay within it.

/// The deepest bracket nesting CPython 3.11 compiles: 200 (`x = [[...1...]]` with 200 `[` compiles,
/// 201 does not; inside `return [Args(v=...)]` the two outer brackets count too).
public let pythonMaxNesting = 200

/// The deepest nesting of `(`, `[` and `{` in Python source `text` (outside string literals and
/// comments) and the 1-based line where it is first reached.
///
/// ```swift
/// pythonBracketDepth("x = [[1], '[[[']\n")   // (2, 1)
/// ```
func pythonBracketDepth(_ text: String) -> (depth: Int, line: Int) {
    let b = Array(text.utf8)
    var depth = 0, best = 0, bestLine = 1, line = 1
    var i = 0
    while i < b.count {
        let c = b[i]
        switch c {
        case 0x0A: line += 1
        case 0x23:                                          // '#': to the end of the line
            while i + 1 < b.count, b[i + 1] != 0x0A { i += 1 }
        case 0x27, 0x22:                                    // a string: ' " ''' """
            let triple = i + 2 < b.count && b[i + 1] == c && b[i + 2] == c
            i += triple ? 3 : 1
            while i < b.count {
                if b[i] == 0x5C { i += 2; continue }        // a backslash escapes the next byte
                if b[i] == 0x0A { line += 1 }
                if b[i] == c, !triple || (i + 2 < b.count && b[i + 1] == c && b[i + 2] == c) {
                    i += triple ? 2 : 0
                    break
                }
                i += 1
            }
        case 0x28, 0x5B, 0x7B:
            depth += 1
            if depth > best { best = depth; bestLine = line }
        case 0x29, 0x5D, 0x7D: depth -= 1
        default: break
        }
        i += 1
    }
    return (best, bestLine)
}
