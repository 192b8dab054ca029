// Shared helpers for the REPL tests.

import Foundation

/// A new empty directory under /tmp.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "cfy-repl-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return (path as NSString).standardizingPath
}
