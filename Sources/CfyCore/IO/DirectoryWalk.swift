// DirectoryWalk: the files under a directory, with every directory that cannot be read reported
// (never skipped in silence).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The paths (relative to `root`, sorted) of the files under `root` whose names end with `suffix`,
/// searching subdirectories (symlinks to directories are not followed, so a link cycle cannot
/// loop), and an error for each directory that could not be read and each matching name that is
/// not a regular file (a FIFO, a device, a dangling link).
///
/// ```swift
/// let (files, problems) = filesUnder("Tests/Language", suffix: ".cfy")
/// // (["a.cfy", "sub/b.cfy"], [FileError: cannot read directory 'Tests/Language/locked': Permission denied])
/// ```
public func filesUnder(_ root: String, suffix: String) -> (files: [String], problems: [FileError]) {
    var files: [String] = []
    var problems: [FileError] = []
    var pending: [String] = [""]
    while let rel = pending.popLast() {
        let dirPath = rel.isEmpty ? root : root + "/" + rel
        guard let dir = opendir(dirPath) else {
            problems.append(FileError("cannot read directory", dirPath)); continue
        }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let child = rel.isEmpty ? name : rel + "/" + name
            let path = root + "/" + child
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            if st.st_mode & S_IFMT == S_IFDIR { pending.append(child); continue }
            guard name.hasSuffix(suffix) else { continue }
            // A FIFO or device (or a link to one) would block or never end: reported, not read.
            guard stat(path, &st) == 0 else { problems.append(FileError("cannot read", path)); continue }
            if st.st_mode & S_IFMT == S_IFREG { files.append(child) } else {
                problems.append(FileError(message: "cannot read '\(path)': it is \(fileKind(st.st_mode)), not a regular file"))
            }
        }
    }
    return (files.sorted(), problems.sorted { $0.description < $1.description })
}
