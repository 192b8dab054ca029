// SessionLog: what `:save` writes — each statement that ran to the end, followed by `#=> ` lines
// holding exactly what it printed, so the file replays with `cfy test` (and runs with `cfy run`).

import CfyCore

/// The statements of a session that succeeded, with their output.
///
/// ```swift
/// var log = SessionLog()
/// log.record(code: "x = 1\nx + 1", program: p, outputs: ["", "2\n"], failedAt: nil)
/// log.script()   // "x = 1\nx + 1\n#=> 2\n"
/// ```
struct SessionLog {
    struct Chunk {
        var code: String
        /// One output per statement (prints plus echo), as `cfy test` collects them.
        var outputs: [String]
        /// Where the code came from and where its imports were looked up (SaveCheck.swift).
        var origin: ChunkOrigin
        /// The modules its statements import (at any depth), with the line of each import.
        var imports: [(module: String, line: Int)]
    }

    private(set) var chunks: [Chunk] = []
    /// The imported files run again after they changed on disk (`:reload`, autoreload).
    private(set) var reloaded: [String] = []
    /// How many chunks ran before the last module reload: their output came from module files as
    /// they were then, which a replay (importing each module as it is now) cannot reproduce.
    private(set) var beforeReload = 0

    mutating func noteReload(_ file: String) {
        if !reloaded.contains(file) { reloaded.append(file) }
        beforeReload = chunks.count
    }

    var statementCount: Int { chunks.count }

    /// Records one input. When statement `failedAt` failed (or was interrupted), only the statements
    /// before it are kept: the text up to where statement `failedAt` starts (`y = 1; z = nope` keeps
    /// `y = 1`), if it parses as exactly those statements.
    mutating func record(code: String, program: Program, outputs: [String], failedAt: Int?,
                         origin: ChunkOrigin = ChunkOrigin()) {
        guard !program.statements.isEmpty else { return }
        var text = code
        if let k = failedAt {
            guard k > 0, k < program.statements.count else { return }
            var prefix = Self.text(code, before: program.statements[k].loc)
            while let last = prefix.unicodeScalars.last, last == " " || last == "\t" || last == ";" || last == "\n" {
                prefix.unicodeScalars.removeLast()
            }
            guard case .success(let p) = Parser.parse(Source(name: "<save>", text: prefix)),
                  p.statements.count == k else { return }
            text = prefix
        }
        text = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop { $0 == " " || $0 == "\t" }.hasPrefix("#=>") }
            .joined(separator: "\n")
        while text.hasSuffix("\n") || text.hasSuffix(" ") { text.removeLast() }
        let kept = program.statements.prefix(failedAt ?? program.statements.count)
        chunks.append(Chunk(code: text, outputs: Array(outputs.prefix(failedAt ?? outputs.count)),
                            origin: origin, imports: Self.imports(Array(kept))))
    }

    /// `code` before line `loc.line`, column `loc.col` (columns count Unicode scalars).
    static func text(_ code: String, before loc: Loc) -> String {
        var out = String.UnicodeScalarView()
        var line = 1, col = 1
        for u in code.unicodeScalars {
            if line > loc.line || (line == loc.line && col >= loc.col) { break }
            out.append(u)
            if u == "\n" { line += 1; col = 1 } else { col += 1 }
        }
        return String(out)
    }

    /// The `#=>` lines for a chunk's outputs, split exactly as `cfy test` splits output.
    static func expectation(_ outputs: [String]) -> [String] {
        var lines: [String] = []
        for o in outputs {
            var t = o
            if t.hasSuffix("\n") { t.removeLast() }
            if !t.isEmpty || o.hasSuffix("\n") {
                lines += t.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        return lines.map { $0.isEmpty ? "#=>" : "#=> " + $0 }
    }

    /// The whole session as a `cfy test` script.
    func script() -> String {
        var out = "# A cfy session saved with :save. Replay it: cfy test FILE (or cfy run FILE).\n"
        for (i, c) in chunks.enumerated() {
            out += c.code + "\n"
            let expected = Self.expectation(c.outputs)
            if i < beforeReload, !expected.isEmpty {
                // Printed before a module it may read was reloaded: kept as a comment; each line
                // is matched by `...` (any text), as a replay prints what the module says now.
                out += "# printed before \(reloaded.joined(separator: ", ")) changed on disk (not checked):\n"
                for l in expected {
                    let text = l.dropFirst(min(4, l.count))
                    out += (text.isEmpty ? "#" : "#    " + text) + "\n"
                }
                out += String(repeating: "#=> ...\n", count: expected.count)
                continue
            }
            for l in expected { out += l + "\n" }
        }
        return out
    }

    /// True when some saved code reads `_`, which only an echoing replay (`cfy test`) sets.
    var usesUnderscore: Bool {
        chunks.contains { c in
            let s = Array(c.code.unicodeScalars)
            var i = 0
            var quote: Unicode.Scalar?
            var comment = false
            while i < s.count {
                let ch = s[i]
                if comment { if ch == "\n" { comment = false } }
                else if let q = quote { if ch == "\\" { i += 1 } else if ch == q || ch == "\n" { quote = nil } }
                else if ch == "#" { comment = true }
                else if ch == "'" || ch == "\"" { quote = ch }
                else if ch == "_", i == 0 || !isIdentifier(s[i - 1]), i + 1 >= s.count || !isIdentifier(s[i + 1]) {
                    return true
                }
                i += 1
            }
            return false
        }
    }
}
