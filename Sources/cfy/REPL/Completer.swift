// Completer: what Tab offers. Pure: text before the cursor (and the statement's earlier lines) in,
// candidates out, so it is tested without a terminal.

import CfyCore
import Foundation

/// What Tab should do.
enum CompletionResult: Equatable, Sendable {
    /// Nothing to offer (inside a string or a comment, or no match).
    case none
    /// The cursor follows only blanks on its line: insert an indentation step.
    case indent
    /// The cursor is inside a string literal: Tab is a Tab (so a pasted Tab stays in the string).
    case tab
    /// Replacements for `word` (the text just before the cursor); `display` is what a listing shows.
    case words(word: String, candidates: [String], display: [String])

    /// The text Tab inserts: the candidates' common extension of `word` ("" when none).
    var insertion: String {
        guard case .words(let word, let cands, _) = self, let first = cands.first else { return "" }
        var common = Substring(first)
        for c in cands.dropFirst() {
            common = common.commonPrefix(with: c)[...]
        }
        return String(common.dropFirst(word.count))
    }
}

/// Tab completion over a session's live values.
///
/// ```swift
/// let c = Completer(session: s)
/// c.complete(pending: "", line: "base.l")   // .words(word: "l", candidates: ["layers", "lr"], ...)
/// c.complete(pending: "", line: "Args(se")  // ["seed="] first, then names starting with "se"
/// ```
struct Completer {
    let session: Session

    static let metaCommands = [":help", ":vars", ":dry", ":diff", ":hash", ":load", ":reload", ":autoreload", ":save", ":reset", ":quit"]
    static let keywords = ["and", "as", "assert", "break", "class", "continue", "def", "elif", "else", "except",
                           "False", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "None",
                           "nonlocal", "not", "or", "pass", "raise", "return", "True", "try", "while"]

    /// `pending`: the earlier lines of a statement still being typed; `line`: the current line up to
    /// the cursor.
    func complete(pending: String, line: String) -> CompletionResult {
        if pending.isEmpty, line.drop(while: { $0 == " " }).hasPrefix(":") {
            return completeMeta(String(line.drop(while: { $0 == " " })))
        }
        if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return .indent }
        return completeCode(pending + line)
    }

    // MARK: meta-commands

    func completeMeta(_ line: String) -> CompletionResult {
        guard let space = line.firstIndex(of: " ") else {
            // A command Tab completes is followed by a space, ready for its argument.
            let cands = Self.metaCommands.filter { $0.hasPrefix(line) }.sorted()
            return cands.isEmpty ? .none : .words(word: line, candidates: cands.map { $0 + " " }, display: cands)
        }
        let cmd = String(line[..<space])
        let arg = String(line[line.index(after: space)...])
        switch cmd {
        case ":load", ":save":
            let word = String(arg.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
            return completePath(word, cfyOnly: cmd == ":load")
        case ":help":
            return words(arg, MetaCommands.helpTopics)
        case ":dry", ":diff", ":hash":
            // A variable's name (of an args set, usually); an expression after a dot.
            let word = String(arg.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
            return word.unicodeScalars.allSatisfy(isIdentifier) ? words(word, variableNames()) : completeCode(arg)
        default:
            return .none
        }
    }

    /// `cfyOnly` (for `:load`): directories and the files `:load` reads, `.cfy` and `.py`.
    func completePath(_ word: String, cfyOnly: Bool) -> CompletionResult {
        let slash = word.lastIndex(of: "/")
        let dirPart = slash.map { String(word[...$0]) } ?? ""
        let base = slash.map { String(word[word.index(after: $0)...]) } ?? word
        var dir = dirPart.isEmpty ? "." : dirPart
        if dir.hasPrefix("~") { dir = NSString(string: dir).expandingTildeInPath }
        guard let items = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return .none }
        var cands: [String] = []
        var shown: [String] = []
        for name in items.sorted() where name.hasPrefix(base) {
            if name.hasPrefix("."), !base.hasPrefix(".") { continue }
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent(name), isDirectory: &isDir)
            if cfyOnly, !isDir.boolValue, !name.hasSuffix(".cfy"), !name.hasSuffix(".py") { continue }
            let shownName = name + (isDir.boolValue ? "/" : "")
            cands.append(dirPart + shownName)
            shown.append(shownName)
        }
        return cands.isEmpty ? .none : .words(word: word, candidates: cands, display: shown)
    }

    // MARK: code

    func completeCode(_ text: String) -> CompletionResult {
        let s = Array(text.unicodeScalars)
        let scan = Scan(s)
        if scan.inString { return .tab }
        if scan.inComment { return .none }
        var i = s.count
        while i > 0, isIdentifier(s[i - 1]) { i -= 1 }
        let word = String(String.UnicodeScalarView(s[i...]))
        if let f = word.unicodeScalars.first, f.properties.numericType != nil { return .none }
        if i > 0, s[i - 1] == "." {
            guard let chain = dottedChain(s, end: i - 1), let v = resolve(chain) else { return .none }
            return words(word, attributes(of: v))
        }
        var keywordArgs: [String] = []
        if let open = scan.openBrackets.last, s[open] == "(", atArgumentStart(s, i, open),
           let params = parameters(s, open) {
            let (positional, given) = givenArguments(String(String.UnicodeScalarView(s[(open + 1)..<i])))
            keywordArgs = params.dropFirst(positional).filter { !$0.isEmpty && !given.contains($0) }.map { $0 + "=" }
            if word.isEmpty { return words(word, keywordArgs, sorted: false) }
        }
        if word.isEmpty { return .none }
        // Inside `Args(`, a field that matches wins over other names: `Args(l` → `lr=`.
        let matching = keywordArgs.filter { $0.hasPrefix(word) }
        if !matching.isEmpty { return .words(word: word, candidates: matching, display: matching) }
        return words(word, names())
    }

    /// The cursor at `i` starts an argument of the call opened at `open` (after `(` or `,`).
    func atArgumentStart(_ s: [Unicode.Scalar], _ i: Int, _ open: Int) -> Bool {
        var j = i
        while j > open + 1, s[j - 1] == " " || s[j - 1] == "\n" || s[j - 1] == "\t" { j -= 1 }
        return j == open + 1 || s[j - 1] == ","
    }

    /// Keyword names the call opened at `open` accepts: a class's fields, a function's parameters,
    /// the fields of `replace(x, ...)` / `grid(x, ...)`'s first argument, `dry` for `args_hash(`.
    func parameters(_ s: [Unicode.Scalar], _ open: Int) -> [String]? {
        var end = open
        while end > 0, s[end - 1] == " " { end -= 1 }
        guard let chain = dottedChain(s, end: end) else { return nil }
        if chain == ["replace"] || chain == ["grid"], session.globals.vars[chain[0]] == nil {
            var j = open + 1
            var depth = 0
            while j < s.count {
                if "([{".unicodeScalars.contains(s[j]) { depth += 1 }
                if ")]}".unicodeScalars.contains(s[j]) { depth -= 1 }
                if s[j] == ",", depth == 0 { break }
                j += 1
            }
            guard j < s.count else { return nil }   // still typing the first argument
            let first = String(String.UnicodeScalarView(s[(open + 1)..<j])).trimmingCharacters(in: .whitespaces)
            let parts = first.split(separator: ".").map(String.init)
            guard let v = resolve(parts), case .instance(let inst) = v else { return nil }
            return [""] + inst.cls.fields.map(\.name)      // "": the object itself, given positionally
        }
        if chain.last == "args_hash" || chain.last == "params_hash" { return ["dry"] }
        guard let (v, bound) = resolveBound(chain) else { return nil }
        switch v {
        case .cls(let c): return c.fields.map(\.name)
        case .function(let f): return Array(f.params.filter { $0.kind == .normal }.map(\.name).dropFirst(bound ? 1 : 0))
        default: return nil
        }
    }

    /// The arguments already typed before the current one: how many are positional, and the
    /// names given as `name=` (neither is offered again).
    func givenArguments(_ args: String) -> (positional: Int, keywords: Set<String>) {
        var keywords: Set<String> = []
        var positional = 0
        for arg in splitTopLevel(args, at: [","]).dropLast() {
            let a = Array(arg.unicodeScalars.drop { $0 == " " || $0 == "\n" || $0 == "\t" })
            var j = 0
            while j < a.count, isIdentifier(a[j]) { j += 1 }
            var k = j
            while k < a.count, a[k] == " " { k += 1 }
            if j > 0, k < a.count, a[k] == "=", k + 1 >= a.count || a[k + 1] != "=" {
                keywords.insert(String(String.UnicodeScalarView(a[0..<j])))
            } else {
                positional += 1
            }
        }
        return (positional, keywords)
    }

    /// `a.b.c` ending at `end` (exclusive), as names; nil when what precedes is not a plain chain
    /// (a call, an index, a literal), since completion never evaluates code.
    func dottedChain(_ s: [Unicode.Scalar], end: Int) -> [String]? {
        var names: [String] = []
        var j = end
        while true {
            let stop = j
            while j > 0, isIdentifier(s[j - 1]) { j -= 1 }
            guard j < stop, s[j].properties.numericType == nil else { return nil }
            names.insert(String(String.UnicodeScalarView(s[j..<stop])), at: 0)
            if j > 0, s[j - 1] == "." { j -= 1; continue }
            return names
        }
    }

    /// The value a chain of names denotes in the session, without running any code.
    func resolve(_ chain: [String]) -> Value? { resolveBound(chain)?.value }

    /// Like `resolve`; `bound` is true for a method reached through an instance (its `self` is given).
    func resolveBound(_ chain: [String]) -> (value: Value, bound: Bool)? {
        guard let first = chain.first, var v = session.globals.vars[first] else { return nil }
        var bound = false
        for name in chain.dropFirst() {
            bound = false
            switch v {
            case .instance(let inst):
                if let x = inst.get(name) { v = x }
                else if let f = inst.cls.method(name) { v = .function(f); bound = true }
                else if let x = inst.cls.attributes[name] { v = x }
                else { return nil }
            case .module(let m):
                guard let x = m.env.vars[name] else { return nil }
                v = x
            case .cls(let c):
                if let i = c.fieldIndex[name], let d = c.fields[i].defaultValue { v = d }
                else if let f = c.method(name) { v = .function(f) }
                else if let x = c.attributes[name] { v = x }
                else { return nil }
            default:
                return nil
            }
        }
        return (v, bound)
    }

    /// Attribute names `x.` offers for a value.
    func attributes(of v: Value) -> [String] {
        switch v {
        case .instance(let inst):
            var names = inst.cls.fields.map(\.name) + inst.cls.methods.keys + inst.cls.attributes.keys
            if inst.cls.isArgs { names.append(inst.cls.generation.hashMethod) }
            return names
        case .module(let m):
            return Array(m.env.vars.keys)
        case .cls(let c):
            return c.fields.filter { $0.defaultValue != nil }.map(\.name) + c.methods.keys + c.attributes.keys
                + ["__name__", "__qualname__"]
        case .function, .builtin, .type, .method:
            return ["__name__", "__qualname__"]
        default:
            return methodTables[v.typeName]?.names ?? []
        }
    }

    /// Variables, builtins, classes and keywords.
    func names() -> [String] {
        Array(Set(variableNames() + session.interpreter.builtinNames + Self.keywords)).sorted()
    }

    func variableNames() -> [String] {
        session.globals.order.filter { session.globals.vars[$0] != nil }
    }

    func words(_ word: String, _ all: [String], sorted: Bool = true) -> CompletionResult {
        var seen: Set<String> = []
        var cands = all.filter { $0.hasPrefix(word) && seen.insert($0).inserted }
        if sorted { cands.sort() }
        return cands.isEmpty ? .none : .words(word: word, candidates: cands, display: cands)
    }
}

func isIdentifier(_ u: Unicode.Scalar) -> Bool {
    u == "_" || (u.value < 128 ? (u.properties.isAlphabetic || ("0"..."9").contains(u)) : u.properties.isXIDContinue)
}

/// The lexical state at the end of some code: open brackets (offsets), inside a string or comment.
struct Scan {
    var openBrackets: [Int] = []
    var inString = false
    var inComment = false

    init(_ s: [Unicode.Scalar]) {
        var quote: Unicode.Scalar?
        var i = 0
        while i < s.count {
            let c = s[i]
            if inComment {
                if c == "\n" { inComment = false }
            } else if let q = quote {
                if c == "\\" { i += 1 }
                else if c == q || c == "\n" { quote = nil }
            } else {
                switch c {
                case "#": inComment = true
                case "'", "\"": quote = c
                case "(", "[", "{": openBrackets.append(i)
                case ")", "]", "}": if !openBrackets.isEmpty { openBrackets.removeLast() }
                default: break
                }
            }
            i += 1
        }
        inString = quote != nil
    }
}
