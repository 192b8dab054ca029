// LockFile: a hash lock file records every args set's hash and representation, so CI fails when an
// edit silently changes the hash (and so the cache) of an existing set, and says why, field by field.

import Foundation

/// One field of a locked set: its dotted path (`data.path` inside a nested dataclass), strategy,
/// representation as curifactory hashes it (`str(rep)`, nil when skipped), and for top-level fields
/// the repr of the class default.
public struct LockedField: Sendable, Equatable {
    public var path: String
    public var strategy: String
    public var rep: String?
    public var defaultRepr: String?
}

public struct LockedSet: Sendable {
    public var name: String
    public var file: String
    public var className: String
    public var hash: String
    public var fields: [LockedField]
}

public enum HashLock {
    public static let version = 1
    /// How deep nested dataclasses may go in a locked set: each field's path names every level,
    /// so a deeper set would make a lock file quadratic in its depth.
    public static let maxNesting = 100

    /// The lock entries of a checked file's sets.
    public static func entries(_ file: CheckedFile) throws -> [LockedSet] {
        let s = file.session
        return try file.sets.map { inst in
            var fields: [LockedField] = []
            func walk(_ dry: DryArgs, _ prefix: String, _ cls: ClassInfo?, _ level: Int = 0) throws {
                if level > maxNesting {
                    throw Diagnostic("\(Checker.setName(inst)) nests dataclasses more than \(maxNesting) levels deep; "
                                     + "a lock file records at most \(maxNesting) (each field's path names every level)",
                                     at: inst.origin?.loc ?? Loc(line: 1, col: 1), in: file.source, kind: .valueError)
                }
                for f in dry.fields {
                    let path = prefix + f.name
                    let label = Labels.text(f.name, f.rule.kind, dry.generation)
                    var dflt: String?
                    if let c = cls, let i = c.fieldIndex[f.name], let d = c.fields[i].defaultValue { dflt = try s.repr(d) }
                    if let nested = f.nested {
                        fields.append(LockedField(path: path, strategy: label, rep: nil, defaultRepr: dflt))
                        try walk(nested, path + ".", nil, level + 1)
                    } else {
                        let rep = f.rule.rep
                        fields.append(LockedField(path: path, strategy: label, rep: rep.isNone ? nil : try s.str(rep), defaultRepr: dflt))
                    }
                }
            }
            try walk(try s.dryArgs(inst), "", inst.cls)
            return LockedSet(name: Checker.setName(inst), file: file.source.name, className: inst.cls.name,
                             hash: try s.hash(inst), fields: fields)
        }
    }

    /// The lock file text: stable (sets sorted by name, fields in order) and one field per line.
    public static func text(_ sets: [LockedSet]) -> String {
        func opt(_ s: String?) -> String { s.map { jsonString($0) } ?? "null" }
        var out = "{\n  \"cfy_lock_version\": \(version),\n  \"sets\": ["
        for (i, s) in sets.sorted(by: { $0.name < $1.name }).enumerated() {
            out += i == 0 ? "\n" : ",\n"
            out += "    {\n      \"name\": \(jsonString(s.name)),\n      \"file\": \(jsonString(s.file)),\n"
            out += "      \"class\": \(jsonString(s.className)),\n      \"hash\": \(jsonString(s.hash)),\n      \"fields\": ["
            out += s.fields.enumerated().map { j, f in
                (j == 0 ? "\n" : "") + "        [\(jsonString(f.path)), \(jsonString(f.strategy)), \(opt(f.rep)), \(opt(f.defaultRepr))]"
            }.joined(separator: ",\n")
            out += s.fields.isEmpty ? "]\n    }" : "\n      ]\n    }"
        }
        return out + (sets.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    }

    /// Reads a lock file; a file that is not JSON (with the line and column where reading stopped),
    /// or of another version, is an error naming it.
    public static func parse(_ text: String, path: String) -> Result<[LockedSet], Diagnostic> {
        let source = Source(name: path, text: text)
        func bad(_ why: String, at loc: Loc = .none) -> Result<[LockedSet], Diagnostic> {
            .failure(Diagnostic("\(path) is not a valid cfy lock file: \(why)", at: loc, in: source, kind: .lockError))
        }
        do { _ = try PyJSON.parse(text) } catch let e as PyJSONError {
            return bad("invalid JSON at line \(e.line) column \(e.column) (\(e.message))", at: Loc(line: e.line, col: e.column))
        } catch { return bad("invalid JSON") }
        guard let data = text.data(using: .utf8),
              let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return bad("it is not a JSON object")
        }
        guard let v = top["cfy_lock_version"] as? Int else { return bad("it has no \"cfy_lock_version\"") }
        guard v == version else { return bad("version \(v) is not supported (this cfy reads version \(version))") }
        guard let sets = top["sets"] as? [[String: Any]] else { return bad("\"sets\" is not a list of objects") }
        var out: [LockedSet] = []
        for (i, s) in sets.enumerated() {
            guard let name = s["name"] as? String, let hash = s["hash"] as? String,
                  let fields = s["fields"] as? [[Any]] else { return bad("set #\(i + 1) lacks name, hash or fields") }
            var fs: [LockedField] = []
            for f in fields {
                guard f.count == 4, let p = f[0] as? String, let st = f[1] as? String else { return bad("a field of '\(name)' is malformed") }
                fs.append(LockedField(path: p, strategy: st, rep: f[2] as? String, defaultRepr: f[3] as? String))
            }
            out.append(LockedSet(name: name, file: s["file"] as? String ?? "", className: s["class"] as? String ?? "",
                                 hash: hash, fields: fs))
        }
        return .success(out)
    }

    /// Why a set's hash changed, one line per field that moved.
    public static func explain(old: LockedSet, new: LockedSet) -> [String] {
        let before = Dictionary(old.fields.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.fields.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [String] = []
        for f in new.fields {
            guard let o = before[f.path] else {
                if let r = f.rep {
                    out.append("field '\(f.path)' was added with representation \(r) (it counts toward the hash); "
                               + "a new field that defaults to None, or is excluded with hash_representations, keeps old hashes")
                }
                continue
            }
            if o.strategy == f.strategy && o.rep == f.rep { continue }
            if o.strategy != f.strategy && !(Labels.external(o.strategy) == .repr && Labels.external(f.strategy) == .repr) {
                out.append("field '\(f.path)': hashed by \(o.strategy) before, by \(f.strategy) now"
                           + (Labels.mentionsHashRepresentations(f.strategy) || Labels.mentionsHashRepresentations(o.strategy)
                              ? " (hash_representations changed)" : ""))
            } else if let a = o.rep, let b = f.rep, isIntText(a), isFloatText(b), Double(a) == Double(b) {
                out.append("field '\(f.path)' changed type int -> float (\(a) -> \(b)): curifactory hashes their reprs, which differ")
            } else if let od = o.defaultRepr, let nd = f.defaultRepr, od != nd, o.rep == od, f.rep == nd {
                out.append("the default of field '\(f.path)' changed from \(od) to \(nd)")
            } else {
                out.append("field '\(f.path)' changed from \(o.rep ?? "None (not hashed)") to \(f.rep ?? "None (not hashed)")")
            }
        }
        for o in old.fields where after[o.path] == nil && o.rep != nil {
            out.append("field '\(o.path)' was removed (it contributed \(o.rep ?? ""))")
        }
        return out
    }

    /// An int's repr (of any size): an optional minus and decimal digits.
    static func isIntText(_ s: String) -> Bool {
        let body = s.utf8.first == UInt8(ascii: "-") ? s.utf8.dropFirst() : s.utf8[...]
        return !body.isEmpty && body.allSatisfy { (48...57).contains($0) }
    }
    static func isFloatText(_ s: String) -> Bool { !isIntText(s) && Double(s) != nil }
}
