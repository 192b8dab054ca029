// Import: `import name` loads name.cfy beside the importing file, once, in its own namespace.

import Foundation

extension Interpreter {
    func importModule(_ name: String, _ loc: Loc) throws -> Module {
        let dir = source?.directory ?? FileManager.default.currentDirectoryPath
        let rel = name.split(separator: ".").joined(separator: "/") + ".cfy"
        let path = URL(fileURLWithPath: rel, relativeTo: URL(fileURLWithPath: dir, isDirectory: true))
            .standardizedFileURL.path
        if let m = modules[path] { return m }
        if loadingSet.contains(path), let i = loading.firstIndex(of: path) {
            let chain = (loading[i...] + [path]).map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            throw fail("circular import: " + chain.joined(separator: " -> "), loc, .importError)
        }
        let data: [UInt8]?
        do { data = try readFile(path, limit: ReadLimit.source) } catch {
            throw fail("cannot import '\(name)': \(error)", loc, .importError)
        }
        guard let data else {
            let near = (try? FileManager.default.contentsOfDirectory(atPath: dir))?
                .filter { $0.hasSuffix(".cfy") }.map { String($0.dropLast(4)) } ?? []
            throw fail("no module named '\(name)' (looked for \(rel) in \(dir))" + didYouMean(name, near), loc, .importError)
        }
        // A link may lead anywhere: only a .cfy file is source, so nothing of another file (say a
        // link to /etc/passwd) is ever quoted in an error.
        if let real = realPath(path), !real.hasSuffix(".cfy") {
            throw fail("cannot import '\(name)': \(rel) is a link to '\(real)', which is not a .cfy file", loc, .importError)
        }
        let src = try decodeSource(data, name: relativeName(path), directory: URL(fileURLWithPath: path).deletingLastPathComponent().path).get()
        let program = try Parser.parse(src).get()
        if stackIsLow() {
            throw fail("maximum recursion depth exceeded (imports nested too deeply)", loc, .recursionError)
        }
        loading.append(path)
        loadingSet.insert(path)
        let saved = (source, depth)
        defer { loadingSet.remove(loading.removeLast()); (source, depth) = saved }
        let env = Environment()
        let m = Module(name: name, path: path, env: env)
        source = src
        for stmt in program.statements {
            switch try compiler(env).stmt(stmt).exec(self, env) {
            case .normal: continue
            default: throw fail("'return', 'break' or 'continue' outside a function or loop", stmt.loc, .syntaxError)
            }
        }
        modules[path] = m
        return m
    }

    /// A path as short as possible for diagnostics (relative to the current directory when inside it).
    func relativeName(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}

/// The canonical path of `path` (links resolved), or nil when it cannot be resolved.
func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
}
