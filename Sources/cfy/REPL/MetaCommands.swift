// MetaCommands: the REPL's `:` commands — :help :vars :dry :diff :hash :load :save :reset :quit
// (:reload and :autoreload are in Reload.swift).

import CEditLine
import CfyCore
import Foundation

enum CommandOutcome { case done, quit }

extension REPL {
    /// Runs one `:command args` line.
    func command(_ line: String) -> CommandOutcome {
        let name = String(line.prefix { $0 != " " && $0 != "\t" })
        let arg = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name {
        case ":help", ":h", ":?": out(MetaCommands.help(arg) ?? helpText(arg) ?? unknownTopic(arg))
        case ":vars": autoreloadIfChanged(); vars()
        case ":dry": autoreloadIfChanged(); dry(arg)
        case ":diff": autoreloadIfChanged(); diff(arg)
        case ":hash": autoreloadIfChanged(); hash(arg)
        case ":load": load(arg)
        case ":reload": reload(arg)
        case ":autoreload": setAutoreload(arg)
        case ":save": save(arg)
        case ":reset":
            session = newSession()
            log = SessionLog()
            reloader = Reloader(autoreload: reloader.autoreload)
            out("session reset: every variable is gone (history is kept)\n")
        case ":quit", ":q", ":exit":
            if arg.isEmpty { return .quit }
            commandError("\(name) takes no arguments (got '\(arg)'); the session goes on")
        default:
            commandError("unknown command '\(name)'" + didYouMean(name, Completer.metaCommands) + " (:help lists them)")
        }
        flushOut()
        return .done
    }

    private func unknownTopic(_ t: String) -> String {
        commandError("no help on '\(t)'" + didYouMean(t, MetaCommands.helpTopics))
        return ""
    }

    /// `:vars`: name, type, short value of every variable.
    func vars() {
        let names = session.globals.order.filter { $0 != "_" && $0 != "__" && session.globals.vars[$0] != nil }
        guard !names.isEmpty else { out("no variables yet\n"); return }
        var rows = [["name", "type", "value"].map(style.bold)]
        var cells: [(String, String, String)] = []
        for n in names {
            guard let v = session.globals.vars[n] else { continue }
            cells.append((n, typeLabel(v), summary(v)))
        }
        // The value column gets what the window leaves (at least 20 columns; 80 without a terminal).
        let width = interactive ? Int(cfy_terminal_columns(1)) : 80
        let used = (cells.map { displayWidth($0.0) }.max() ?? 4) + (cells.map { displayWidth($0.1) }.max() ?? 4) + 4
        for (n, t, s) in cells { rows.append([style.name(n), t, truncate(s, max(20, width - used))]) }
        show(table(rows, width: tableWidth, flexible: [2]))
    }

    private func typeLabel(_ v: Value) -> String {
        switch v {
        case .cls(let c): return c.isArgs ? "args class" : "class"
        case .instance(let i): return i.cls.isArgs ? "\(i.cls.name) (args set)" : i.cls.name
        default: return v.typeName
        }
    }

    private func summary(_ v: Value) -> String {
        switch v {
        case .cls(let c):
            let fields = c.fields.map(\.name).filter { !Strategy.blacklist.contains($0) }
            return (c.base.map { "\(c.name)(\($0.name))" } ?? c.name) + ": " + fields.joined(separator: ", ")
        case .function(let f):
            return "def \(f.name)(" + Param.join(f.params, f.params.map { p in
                (p.kind == .star ? "*" : p.kind == .doubleStar ? "**" : "") + p.name + (p.defaultValue == nil ? "" : "=…")
            }) + ")"
        default:
            return (try? session.repr(v)) ?? v.typeName
        }
    }

    /// The args sets an expression denotes: one instance, or a list/tuple of them.
    private func instances(_ text: String, _ cmd: String) -> [Instance]? {
        guard !text.isEmpty else { commandError("usage: \(cmd) EXPR (an args set, e.g. \(cmd) base)"); return nil }
        guard let v = evaluate(text) else { return nil }
        switch v {
        case .instance(let i): return [i]
        case .list(let xs), .tuple(let xs):
            let out = xs.compactMap { x -> Instance? in if case .instance(let i) = x { return i } else { return nil } }
            if !out.isEmpty, out.count == xs.count { return out }
        default: break
        }
        commandError("\(cmd) needs an args set (a dataclass instance) or a list of them; '\(text)' is \(article(v.typeName)) \(v.typeName)")
        return nil
    }

    func setName(_ i: Instance) -> String {
        if case .str(let n)? = i.get("name") { return n }
        return i.cls.name
    }

    /// `:dry X`: the hash of X explained field by field.
    func dry(_ arg: String) {
        guard let sets = instances(arg, ":dry") else { return }
        for (k, i) in sets.enumerated() {
            if sets.count > 1 { out((k > 0 ? "\n" : "") + style.bold("\(arg)[\(k)]  \(setName(i))") + "\n") }
            do { show(try dryReport(i, session: session, style: style, width: tableWidth)) } catch { reportThrown(error) }
        }
    }

    /// `:hash X`: args_hash() of X, or of each set in a list.
    func hash(_ arg: String) {
        guard let sets = instances(arg, ":hash") else { return }
        do {
            if sets.count == 1, let i = sets.first { out(style.hash(try session.hash(i)) + "\n"); return }
            var rows: [[String]] = []
            for i in sets {
                let ow = i.get("overwrite")?.truthy == true
                rows.append([setName(i), style.hash(try session.hash(i)), ow ? "overwrite" : ""])
            }
            show(table(rows, width: tableWidth))
        } catch { reportThrown(error) }
    }

    /// `:diff A B`: which fields differ and whether each changes the hash.
    func diff(_ arg: String) {
        let parts = splitArguments(arg)
        guard parts.count == 2 else { commandError("usage: :diff A B (two args sets, e.g. :diff base fast)"); return }
        guard let a = instances(parts[0], ":diff")?.first, let b = instances(parts[1], ":diff")?.first else { return }
        do {
            show(try diffReport(a, b, names: (truncate(parts[0], 24), truncate(parts[1], 24)), session: session, style: style,
                                width: tableWidth))
        } catch { reportThrown(error) }
    }

    /// `:load FILE`: runs a file in this session, as if its statements were typed (`again`: by
    /// `:reload`; `quiet`: by autoreload, without the closing line). The file is remembered for
    /// `:reload` even when it fails, to run it once fixed.
    func load(_ arg: String, again: Bool = false, quiet: Bool = false) {
        guard !arg.isEmpty else { commandError("usage: :load FILE"); return }
        let before = Set(session.globals.order)
        let path = NSString(string: arg).expandingTildeInPath
        if FileStamp(path) != nil {
            reloader.noteLoad(shown: arg, path: URL(fileURLWithPath: path).standardizedFileURL.path)
        }
        switch loadSource(path) {
        case .failure(let d): fail(d)
        case .success(let src):
            switch Parser.parse(src) {
            case .failure(let d): fail(d)
            case .success(let program):
                let ok = run(program, src, record: true, from: arg)
                let added = session.globals.order.filter { !before.contains($0) && $0 != "_" && $0 != "__" }
                let verb = again ? "reloaded" : "loaded"
                if ok, !quiet { out(style.dim("\(verb) \(arg)" + (added.isEmpty ? "" : ": " + added.joined(separator: ", "))) + "\n") }
            }
        }
    }

    /// `:save FILE`: the session so far as a `cfy test` script.
    func save(_ arg: String) {
        guard !arg.isEmpty else { commandError("usage: :save FILE"); return }
        let path = NSString(string: arg).expandingTildeInPath
        if let problem = log.replayProblem(savingTo: path, shown: arg) {
            commandError("not saved: " + problem)
            return
        }
        let existed = FileManager.default.fileExists(atPath: path)
        do { try writeFile(path, Array(log.script().utf8)) } catch {
            commandError("\(error)")
            return
        }
        let n = log.statementCount
        out("saved \(n) input\(n == 1 ? "" : "s") to \(arg)\(existed ? " (replaced)" : ""); replay: cfy test \(arg)\n")
        if !log.reloaded.isEmpty {
            report(Diagnostic("the session reloaded \(log.reloaded.joined(separator: ", ")) after a change on disk, and "
                              + "`cfy test` imports each module as it is now: what the inputs before the reload printed "
                              + "is saved as comments, and each of its lines matches any text ('#=> ...')", at: .none, in: nil, kind: .warning, severity: .warning))
        }
        if log.usesUnderscore {
            report(Diagnostic("the saved code reads '_', which `cfy test` sets but `cfy run` does not",
                              at: .none, in: nil, kind: .warning, severity: .warning))
        }
    }

    func reportThrown(_ error: Error) {
        if let d = error as? Diagnostic { fail(d) } else { commandError("\(error)") }
    }
}

/// `a b`, `a, b`, `xs[0] xs[1]`: expressions split at top-level blanks or commas.
func splitArguments(_ s: String) -> [String] {
    splitTopLevel(s, at: [" ", "\t", ","], keepEmpty: false)
}

/// "a" or "an" for a type name.
func article(_ word: String) -> String {
    guard let f = word.lowercased().first else { return "a" }
    return "aeiou".contains(f) ? "an" : "a"
}
