// SourceFiles: where `import` finds and reads module files. The default is the file system; the
// command line's `cfy diff REV:PATH` passes one that reads a git revision, so that the imports of a
// file in a revision come from the same revision. The runtime itself only reads through this.

import Foundation

/// The files module finding sees, by absolute path.
public protocol SourceFiles: AnyObject, Sendable {
    /// Whether a file (or directory) exists at `path`.
    func exists(_ path: String) -> Bool
    /// Whether `path` is a directory.
    func isDirectory(_ path: String) -> Bool
    /// The bytes of the file at `path`, nil when there is none.
    func read(_ path: String) throws -> [UInt8]?
    /// The names of the entries of the directory `path` (empty when there is none).
    func list(_ directory: String) -> [String]
    /// The canonical path of `path` with links resolved (nil when it has none to check).
    func linkTarget(_ path: String) -> String?
    /// The name a module file read from here has in messages (nil: its path, as on disk).
    func displayName(_ path: String) -> String?
}

extension SourceFiles {
    public func displayName(_ path: String) -> String? { nil }
}

/// The file system.
public final class LocalFiles: SourceFiles {
    public init() {}
    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
    public func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
    public func read(_ path: String) throws -> [UInt8]? { try readFile(path, limit: ReadLimit.source) }
    public func list(_ directory: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    }
    public func linkTarget(_ path: String) -> String? { realPath(path) }
}
