// Registry: curifactory's params registry, `DIR/params_registry.json` — hash → the string
// representation of the args set (see StringRepresentation.swift). Read as Python's json.load
// reads it, written as `json.dump(registry, f, indent=4, default=str)` writes it.

/// The params registry in a directory (curifactory's `manager_cache_path`, `data/runs` by default).
///
/// ```swift
/// let reg = ParamsRegistry(directory: "data/runs")
/// try reg.merge([(hash, entry)])          // under a lock, atomically; other entries are kept
/// try reg.load().entries?.map(\.key)      // the hashes, in file order
/// ```
public struct ParamsRegistry: Sendable {
    public static let fileName = "params_registry.json"
    public let directory: String
    public var path: String { directory.hasSuffix("/") ? directory + Self.fileName : directory + "/" + Self.fileName }

    public init(directory: String) { self.directory = directory }

    /// An error about the registry file itself (no line in a cfy source).
    func problem(_ message: String, text: String? = nil, line: Int = 0, col: Int = 0) -> Diagnostic {
        Diagnostic(message, at: Loc(line: line, col: col), in: Source(name: path, text: text ?? ""), kind: .registryError)
    }

    /// The registry as an object (empty when the file does not exist yet). A file that is not
    /// JSON, not an object, or holds an entry that is not an object is an error.
    public func load() throws -> PyJSON {
        guard isDirectory(directory) else {
            throw Diagnostic.file(directory, "the registry directory does not exist", kind: .fileNotFoundError)
        }
        let bytes: [UInt8]?
        do { bytes = try readFile(path, limit: ReadLimit.data) } catch { throw problem("\(error)") }
        guard let bytes else { return .object([]) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw problem("the registry is not valid UTF-8; it was left unchanged")
        }
        let doc: PyJSON
        do { doc = try PyJSON.parse(text) } catch let e as PyJSONError {
            throw problem("the registry is not valid JSON (\(e.message)); it was left unchanged", text: text,
                          line: e.line, col: e.column)
        }
        guard let entries = doc.entries else {
            throw problem("the registry must be a JSON object (hash → args set), not \(kind(doc)); it was left unchanged")
        }
        for (hash, entry) in entries where entry.entries == nil {
            throw problem("registry entry '\(hash)' is \(kind(entry)), not an object; the registry was left unchanged")
        }
        return doc
    }

    /// Adds or replaces entries as curifactory does (`registry[hash] = rep`, in order), holding
    /// an advisory lock on the directory from read to write, and writing with `writeFile` (a symlinked
    /// registry is written through the link, as curifactory does; a regular file is replaced atomically).
    public func merge(_ new: [(hash: String, entry: PyJSON)]) throws {
        do {
            try withDirectoryLock(directory) {
                var doc = try load()
                for (h, e) in new { doc.set(h, e) }
                try writeFile(path, Array(doc.dumped(indent: 4).utf8))
            }
        } catch let e as FileError {
            if !isDirectory(directory) {
                throw Diagnostic.file(directory, "the registry directory does not exist", kind: .fileNotFoundError)
            }
            throw problem("\(e)")
        }
    }

    /// The entry for `hash`, or for the one hash that starts with it. Errors name the closest
    /// hashes or the ambiguous ones.
    public func find(_ hash: String) throws -> (hash: String, entry: PyJSON) {
        let entries = try load().entries ?? []
        if let e = entries.last(where: { strEq($0.key, hash) }) { return (e.key, e.value) }
        let matches = entries.filter { $0.key.hasPrefix(hash) }
        if matches.count == 1 { return (matches[0].key, matches[0].value) }
        if matches.count > 1 {
            throw problem("'\(hash)' matches \(matches.count) entries: " + matches.prefix(5).map(\.key).joined(separator: ", "))
        }
        throw problem("no entry '\(hash)' in the registry (\(entries.count) entr\(entries.count == 1 ? "y" : "ies"))"
                      + didYouMean(hash, entries.map(\.key)))
    }

    func kind(_ j: PyJSON) -> String {
        switch j {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .float: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

extension PyJSON {
    /// A one-line summary of a registry entry: the set's name, or what an aggregate combines.
    public var registrySummary: String {
        if let n = self["name"] {
            if case .string(let s) = n { return s }
            return n.dumped(indent: nil)
        }
        if case .array(let xs)? = self["arg_list"] { return "(aggregate of \(xs.count) sets)" }
        return "-"
    }
}
