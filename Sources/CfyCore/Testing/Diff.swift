// Diff: a unified diff of two short line lists (expected vs actual output of a test block).

public enum LineDiff {
    /// `--- expected` / `+++ actual` and one hunk covering both lists, lines prefixed ' ', '-', '+'.
    public static func unified(expected: [String], actual: [String], matches: (String, String) -> Bool = (==)) -> String {
        let a = expected, b = actual
        // Longest common subsequence table, from the end.
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = matches(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out = "--- expected\n+++ actual\n@@ -1,\(a.count) +1,\(b.count) @@\n"
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, matches(a[i], b[j]) { out += " " + b[j] + "\n"; i += 1; j += 1 }
            else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] { out += "-" + a[i] + "\n"; i += 1 }
            else { out += "+" + b[j] + "\n"; j += 1 }
        }
        return out
    }
}
