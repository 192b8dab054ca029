// CachePreview: what curifactory has cached for each args set. curifactory names every cached
// artifact `{prefix}_{hash}_{stage}_{object}` (prefix: the experiment name) under its cache
// directory or a subdirectory of it, and writes `..._{object}_metadata.json` beside it naming the
// stage and the object; a stage reuses its outputs unless the set has `overwrite`.

import Foundation

/// One cached artifact of an args set.
public struct CacheArtifact: Sendable, Equatable {
    /// The path relative to the cache directory.
    public var path: String
    /// The stage and object from the artifact's metadata file, when there is one.
    public var stage: String?
    public var object: String?
    /// The part of the name after `{prefix}_{hash}_` (`{stage}_{object}`, with any extension).
    public var rest: String
}

/// What curifactory will do with an args set's cached artifacts.
public enum CacheVerdict: String, Sendable {
    case cached = "cached"
    case willRun = "will run"
    case willOverwrite = "will be overwritten"

    public static func of(artifacts: Int, overwrite: Bool) -> CacheVerdict {
        artifacts == 0 ? .willRun : (overwrite ? .willOverwrite : .cached)
    }
}

/// The artifacts under a cache directory that belong to one experiment prefix, by hash.
///
/// ```swift
/// let index = try CacheIndex(directory: "data/cache", prefix: "sweep")
/// index.artifacts(for: "1e91cdfe9631961f09b07a80eedeca724")   // [CacheArtifact(path: "sweep_1e91..._train_model.pkl", ...)]
/// ```
public struct CacheIndex: Sendable {
    public let directory: String
    public let prefix: String
    /// (path relative to the directory, file name) of every entry named `{prefix}_...`.
    private var entries: [(path: String, name: String)] = []
    /// Metadata file stem (its path without `_metadata.json`) → (stage, object).
    private var metadata: [String: (stage: String?, object: String?)] = [:]

    /// Scans `directory` and its subdirectories once. A directory named like an artifact (a
    /// cacher that writes a folder) is one artifact; its contents are not searched.
    public init(directory: String, prefix: String) throws {
        self.directory = directory
        self.prefix = prefix
        guard isDirectory(directory) else {
            throw Diagnostic.file(directory, "the cache directory does not exist", kind: .fileNotFoundError)
        }
        // Walked by hand (FileManager's enumerator skips an unreadable folder without a word): a
        // folder that cannot be listed is an error naming it, not a silently partial answer.
        let start = prefix + "_"
        var pending = [""]
        while let dir = pending.popLast() {
            let full = dir.isEmpty ? directory : directory + "/" + dir
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: full).sorted() } catch {
                throw Diagnostic.file(full, "cannot read this folder of the cache directory (permission denied?)")
            }
            for name in names {
                let rel = dir.isEmpty ? name : dir + "/" + name
                guard name.hasPrefix(start) else {
                    // Real folders only: a link to a folder is not followed (a link cycle never ends).
                    var st = stat()
                    if lstat(directory + "/" + rel, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { pending.append(rel) }
                    continue
                }
                if name.hasSuffix("_metadata.json") {
                    let stem = String(rel.dropLast("_metadata.json".count))
                    metadata[stem] = try Self.readMetadata(directory + "/" + rel)
                } else {
                    entries.append((rel, name))
                }
            }
        }
        entries.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The stage and object a metadata file names; nil fields when it is not JSON. A metadata
    /// file that is not a regular file, or over `ReadLimit.metadata`, is an error naming it.
    private static func readMetadata(_ path: String) throws -> (stage: String?, object: String?) {
        let bytes: [UInt8]?
        do { bytes = try readFile(path, limit: ReadLimit.metadata) } catch {
            throw Diagnostic.file(path, "\(error)")
        }
        guard let bytes, let text = String(validating: bytes, as: UTF8.self),
              let doc = try? PyJSON.parse(text) else { return (nil, nil) }
        return (doc["stage"]?.string, doc["artifact_name"]?.string)
    }

    /// The artifacts of the set with this hash, in path order.
    public func artifacts(for hash: String) -> [CacheArtifact] {
        let start = prefix + "_" + hash + "_"
        return entries.filter { $0.name.hasPrefix(start) }.map { e in
            var a = CacheArtifact(path: e.path, stage: nil, object: nil, rest: String(e.name.dropFirst(start.count)))
            // The metadata file of `X.ext` is `X_metadata.json`: take the longest stem that fits.
            var stem = Substring(e.path)
            while true {
                if let info = metadata[String(stem)] { a.stage = info.stage; a.object = info.object; break }
                guard let dot = stem.lastIndex(of: "."), stem.distance(from: stem.startIndex, to: dot) > e.path.count - e.name.count + start.count
                else { break }
                stem = stem[..<dot]
            }
            return a
        }
    }
}
