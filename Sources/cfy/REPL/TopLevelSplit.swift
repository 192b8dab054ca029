// TopLevelSplit: REPL text split at separators that stand outside brackets and string quotes
// (`:diff a, b`'s arguments, a call's arguments for completion).

/// `s` split at `separators` outside `()[]{}` and quotes. `keepEmpty`: every part, as
/// `str.split(",")` would give it; otherwise runs of separators count as one and empty parts go.
///
/// ```swift
/// splitTopLevel("f(a, b), c", at: [","])                        // ["f(a, b)", " c"]
/// splitTopLevel("xs[0]  'a b'", at: [" ", "\t", ","], keepEmpty: false)   // ["xs[0]", "'a b'"]
/// ```
func splitTopLevel(_ s: String, at separators: Set<Character>, keepEmpty: Bool = true) -> [String] {
    var parts: [String] = []
    var cur = ""
    var depth = 0
    var quote: Character?
    for ch in s {
        if let q = quote {
            if ch == q { quote = nil }
        } else if ch == "'" || ch == "\"" {
            quote = ch
        } else if "([{".contains(ch) {
            depth += 1
        } else if ")]}".contains(ch) {
            depth -= 1
        } else if depth == 0, separators.contains(ch) {
            if keepEmpty || !cur.isEmpty { parts.append(cur) }
            cur = ""
            continue
        }
        cur.append(ch)
    }
    if keepEmpty || !cur.isEmpty { parts.append(cur) }
    return parts
}
