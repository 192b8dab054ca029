// SetOverrides: command-line overrides `FIELD=EXPR` (Hydra's syntax) applied to a params file's
// args sets, as `replace()` applies them, and `--multirun` comma lists expanded as `grid()` does.

/// Overrides as typed on the command line: `lr=0.1`, `'layers=[64, 64]'`, with `multirun`
/// `seed=1,2,3`.
///
/// ```swift
/// let o = SetOverrides(["lr=0.1", "seed=1,2"], multirun: true)
/// let sets = try session.apply(o, to: session.argsSets(source: src))   // base_seed=1, base_seed=2
/// ```
public struct SetOverrides: Sendable {
    public var items: [String]
    public var multirun: Bool

    public init(_ items: [String], multirun: Bool) {
        self.items = items
        self.multirun = multirun
    }

    public var isEmpty: Bool { items.isEmpty }

    /// Whether a command-line argument is an override (`NAME=...` with NAME an identifier)
    /// rather than a file name.
    public static func isOverride(_ arg: String) -> Bool {
        guard let eq = arg.firstIndex(of: "="), eq != arg.startIndex else { return false }
        let name = arg[..<eq]
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }

    /// One override after parsing: the field, its value expressions (one unless multirun), and
    /// where to point errors.
    struct Parsed {
        var field: String
        var values: [Expr]
        /// The value wrapped in brackets, as parsed (the expressions' locations are in it).
        var wrapped: Source
        /// The override as typed, for messages.
        var shown: Source
    }

    /// Parses every override; a syntax error, a missing value, or (without multirun) several
    /// comma-separated values is a Diagnostic naming the override: a usage error.
    public func check() throws {
        _ = try parse()
    }

    func parse() throws -> [Parsed] {
        var out: [Parsed] = []
        for item in items {
            let shown = Source(name: "<override>", text: item)
            guard SetOverrides.isOverride(item), let eq = item.firstIndex(of: "=") else {
                throw Diagnostic("override '\(item)' is not of the form FIELD=VALUE", at: Loc(line: 1, col: 1), in: shown, kind: .syntaxError)
            }
            let field = String(item[..<eq]), text = String(item[item.index(after: eq)...])
            let valueCol = field.count + 2
            if out.contains(where: { $0.field == field }) {
                throw Diagnostic("override '\(item)': field '\(field)' is overridden twice", at: Loc(line: 1, col: 1), in: shown, kind: .syntaxError)
            }
            let wrapped = Source(name: "<override>", text: "[" + text + "]")
            let program: Program
            switch Parser.parse(wrapped) {
            case .success(let p): program = p
            case .failure(let d):
                let col = min(max(valueCol, d.loc.col + valueCol - 2), item.count + 1)
                let at = d.loc.line == 1 ? Loc(line: 1, col: col) : d.loc
                throw Diagnostic("override '\(item)' does not parse: \(d.message)", at: at, in: d.loc.line == 1 ? shown : wrapped, kind: .syntaxError)
            }
            guard program.statements.count == 1, case .expr(.list(let values, _), _) = program.statements[0] else {
                throw Diagnostic("override '\(item)': the value must be one expression", at: Loc(line: 1, col: valueCol), in: shown, kind: .syntaxError)
            }
            if values.isEmpty {
                throw Diagnostic("override '\(item)' has no value" + (multirun ? " (an empty list of values)" : ""),
                                 at: Loc(line: 1, col: valueCol), in: shown, kind: .syntaxError)
            }
            if values.count > 1, !multirun {
                throw Diagnostic("override '\(item)' has \(values.count) comma-separated values: pass --multirun to sweep them, or write a tuple as (a, b)",
                                 at: Loc(line: 1, col: valueCol), in: shown, kind: .syntaxError)
            }
            out.append(Parsed(field: field, values: values, wrapped: wrapped, shown: shown))
        }
        return out
    }
}

extension Session {
    /// The overrides' values, evaluated in this session: one list per override, in order (one
    /// value unless multirun).
    public func values(_ overrides: SetOverrides) throws -> [(name: String, values: [Value])] {
        try overrides.parse().map { p in (p.field, try evaluate(p)) }
    }

    private func evaluate(_ p: SetOverrides.Parsed) throws -> [Value] {
        var values: [Value] = []
        for e in p.values {
            let r = execute(.expr(e, e.loc), source: p.wrapped, echo: false)
            if !r.printed.isEmpty { stream?(r.printed) }
            if let d = r.error { throw wrap(d, p, col: p.field.count + 2) }
            values.append(r.value ?? .none)
        }
        return values
    }

    /// The sets with the overrides applied: the values are evaluated in this session (after the
    /// params file ran, so its names are in scope); single values replace the field on every
    /// set as `replace()` does (the set's name kept, `__post_init__` run, an explicit `hash`
    /// kept and so stale); under multirun, fields with several values expand each set as
    /// `grid(set, field=[...], ...)` does, in the order given.
    public func apply(_ overrides: SetOverrides, to sets: [Instance]) throws -> [Instance] {
        if overrides.isEmpty { return sets }
        let parsed = try overrides.parse()
        var plain: [(name: String, value: Value)] = [], axes: [(name: String, value: Value)] = []
        for p in parsed {
            let values = try evaluate(p)
            if values.count == 1 { plain.append((p.field, values[0])) } else { axes.append((p.field, .list(values))) }
        }
        let at = Loc(line: 1, col: 1)
        // What replace() and grid() record as the sets' origin (where a stale hash or a warning
        // points): the one override, or all of them as typed.
        let saved = interpreter.source
        defer { interpreter.source = saved }
        let typed = parsed.count == 1 ? parsed[0].shown : Source(name: "<override>", text: overrides.items.joined(separator: " "))
        var out: [Instance] = []
        for s in sets {
            var v = Value.instance(s)
            if !plain.isEmpty {
                interpreter.source = typed
                do { v = try interpreter.replaceFields(v, plain, at) } catch let d as Diagnostic {
                    throw wrap(d, parsed.first { d.message.contains("'\($0.field)'") } ?? parsed[0])
                }
            }
            if axes.isEmpty {
                if case .instance(let i) = v { out.append(i) }
                continue
            }
            let first = parsed.first { $0.field == axes[0].name }
            interpreter.source = typed
            do {
                for x in try interpreter.elements(try interpreter.grid(Args([v], axes), at), at) {
                    if case .instance(let i) = x { out.append(i) }
                }
            } catch let d as Diagnostic {
                throw wrap(d, parsed.first { d.message.contains("'\($0.field)'") } ?? first ?? parsed[0])
            }
        }
        return out
    }

    /// An error while evaluating or applying an override, named by it and pointing at it.
    private func wrap(_ d: Diagnostic, _ p: SetOverrides.Parsed, col: Int = 1) -> Diagnostic {
        var w = Diagnostic("override '\(p.shown.text)': \(d.message)", at: Loc(line: 1, col: col), in: p.shown, kind: d.kind)
        w.trace = d.trace
        return w
    }
}

extension Interpreter {
    /// `cfy run FILE FIELD=VALUE`: the overridden fields of an args set being constructed take
    /// the command line's values (checked against the field's type, before `__post_init__`).
    func overrideFields(_ cls: ClassInfo, _ values: inout [Value], _ loc: Loc) throws {
        for f in cls.fields { builtFields.insert(f.name) }
        for (k, v) in options.fields {
            guard let i = cls.fieldIndex[k], cls.fields[i].initArg else { continue }
            do { values[i] = try checkField(cls.fields[i], v, cls, loc) } catch var d as Diagnostic {
                d.message = "the command-line override of '\(k)': " + d.message
                throw d
            }
            overriddenFields.insert(k)
        }
    }
}
