// Import: `import name` loads a module once per session, in its own namespace. A `.cfy` file
// imports `name.cfy` (or `name.py`) beside it; a `.py` file finds modules as Python does when
// curifactory's `experiment` runs from the project root: dotted names under the main file's
// directory, then the current directory, packages with `__init__.py`, relative imports
// (`from . import x`) against the importing file's package. A name no file provides may be one
// of cfy's built-in Python modules (PythonModules.swift). docs/python.md says all this.

import Foundation

/// Where `import name` looks, as Python does from the project root: the directories to search, in
/// order (a relative name: the importing file's package, one level up per extra dot; from a `.py`
/// file: the project root, then the current directory; from a `.cfy` file: its own directory), and
/// the name's parts (`a.b` → ["a", "b"]; `..x` → ["x"]). `curifactory` and its submodules are
/// never read from files: cfy is the curifactory whose hashes it gives, so a checkout of
/// curifactory's own source beside the file (its repository, a vendored copy) does not replace it.
func moduleSearch(_ name: String, here: String, main: String?, python: Bool) -> (roots: [String], parts: [String], dots: Int) {
    let dots = name.prefix(while: { $0 == "." }).count
    let parts = name.dropFirst(dots).split(separator: ".").map(String.init)
    var roots: [String]
    if dots == 0, parts.first == "curifactory" {
        roots = []
    } else if dots > 0 {
        var dir = URL(fileURLWithPath: here, isDirectory: true)
        for _ in 1..<dots { dir = dir.deletingLastPathComponent() }
        roots = [dir.path]
    } else if python {
        roots = [main ?? here, FileManager.default.currentDirectoryPath]
    } else {
        roots = [here]
    }
    return (roots.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }, parts, dots)
}

extension Interpreter {
    /// The module `name` (dotted, or with leading dots: relative), loaded once.
    func importModule(_ name: String, _ loc: Loc) throws -> Module {
        if mainDirectory == nil { mainDirectory = source?.directory ?? FileManager.default.currentDirectoryPath }
        let python = source?.isPython ?? false
        let here = source?.directory ?? FileManager.default.currentDirectoryPath
        let (roots, parts, dots) = moduleSearch(name, here: here, main: mainDirectory, python: python)
        for root in roots {
            if let m = try importFile(name, parts, root: root, python: python, loc) { return m }
        }
        if dots == 0, let m = builtinPythonModule(name) { return m }
        let rel = parts.joined(separator: "/")
        let tried = python ? "\(rel).py or \(rel)/__init__.py" : "\(rel).cfy"
        let near = (roots.first.map(options.files.list) ?? [])
            .filter { $0.hasSuffix(".cfy") || (python && $0.hasSuffix(".py")) }
            .map { String($0.dropLast($0.hasSuffix(".py") ? 3 : 4)) }
        if python, dots == 0, let m = opaqueModule(name, parts, roots: roots, near: near, loc) { return m }
        let shown = python ? roots.map { $0 == FileManager.default.currentDirectoryPath ? "." : relativeName($0) } : roots
        let looked = roots.isEmpty ? "" : " (looked for \(tried) in \(shown.joined(separator: ", ")))"
        throw fail("no module named '\(name)'" + looked + didYouMean(name, near), loc, .importError)
    }

    /// `name` as a file under `root`: `a/b.cfy`, `a/b.py` or the package `a/b/__init__.py` (for a
    /// Python importer `.py` first); nil when there is none. A `.py` module in a package runs the
    /// package's `__init__.py` first and becomes an attribute of it, as in Python.
    func importFile(_ name: String, _ parts: [String], root: String, python: Bool, _ loc: Loc) throws -> Module? {
        let base = URL(fileURLWithPath: root, isDirectory: true)
        let rel = parts.joined(separator: "/")
        var candidates = [rel + ".py", rel + "/__init__.py"]
        candidates.insert(rel + ".cfy", at: python ? 2 : 0)
        if parts.isEmpty { candidates = ["__init__.py"] }
        for c in candidates {
            let path = base.appendingPathComponent(c).standardizedFileURL.path
            if let m = modules[path] { return m }
            guard options.files.exists(path) else { continue }
            var package: Module?
            if c.hasSuffix(".py"), parts.count > 1 {
                package = try importPackage(Array(parts.dropLast()), root: root, loc)
            }
            // The package's __init__.py may have imported this very module.
            let m = try modules[path] ?? load(name, path: path, rel: c, loc)
            if let package, let last = parts.last, package.env.vars[last] == nil { package.env.vars[last] = .module(m) }
            return m
        }
        // A directory without __init__.py is a namespace package (for a Python importer).
        if parts.isEmpty || python { return try importPackage(parts, root: root, loc) }
        return nil
    }

    /// The package `parts` under `root`: its `__init__.py`, or a namespace package (an empty
    /// module) for a directory without one; nil when there is no such directory.
    func importPackage(_ parts: [String], root: String, _ loc: Loc) throws -> Module? {
        let dir = URL(fileURLWithPath: root, isDirectory: true).appendingPathComponent(parts.joined(separator: "/"))
            .standardizedFileURL.path
        guard options.files.isDirectory(dir) else { return nil }
        let initPath = dir + "/__init__.py"
        if let m = modules[initPath] ?? modules[dir + "/"] { return m }
        let name = parts.joined(separator: ".")
        if options.files.exists(initPath) {
            return try importFile(name, parts, root: root, python: true, loc)
        }
        let m = Module(name: name, path: dir + "/", env: Environment())
        modules[dir + "/"] = m
        if parts.count > 1, let parent = try importPackage(Array(parts.dropLast()), root: root, loc),
           let last = parts.last, parent.env.vars[last] == nil {
            parent.env.vars[last] = .module(m)
        }
        return m
    }

    /// Runs the module file at `path` in a namespace of its own.
    func load(_ name: String, path: String, rel: String, _ loc: Loc) throws -> Module {
        if loadingSet.contains(path), let i = loading.firstIndex(of: path) {
            let chain = (loading[i...] + [path]).map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            throw fail("circular import: " + chain.joined(separator: " -> "), loc, .importError)
        }
        let (src, program) = try moduleProgram(name, path: path, rel: rel, loc)
        if stackIsLow() {
            throw fail("maximum recursion depth exceeded (imports nested too deeply)", loc, .recursionError)
        }
        loading.append(path)
        loadingSet.insert(path)
        let saved = (source, depth)
        defer { loadingSet.remove(loading.removeLast()); (source, depth) = saved }
        let env = Environment()
        let m = Module(name: name, path: path, env: env)
        if src.isPython {
            // As Python does (sys.modules first): a circular import gets the partly run module.
            env.vars["__name__"] = .str(name)
            m.initializing = true
            modules[path] = m
        }
        source = src
        do {
            for stmt in program.statements {
                switch try compiler(env).stmt(stmt).exec(self, env) {
                case .normal: continue
                default: throw fail("'return', 'break' or 'continue' outside a function or loop", stmt.loc, .syntaxError)
                }
            }
        } catch {
            if src.isPython { modules[path] = nil }
            throw error
        }
        m.initializing = false
        modules[path] = m
        moduleOrder.removeAll { $0 == path }
        moduleOrder.append(path)
        return m
    }

    /// The source and statements of the module file at `path` (read, decoded, parsed).
    func moduleProgram(_ name: String, path: String, rel: String, _ loc: Loc) throws -> (Source, Program) {
        let data: [UInt8]?
        do { data = try options.files.read(path) } catch {
            throw fail("cannot import '\(name)': \(error)", loc, .importError)
        }
        guard let data else { throw fail("cannot import '\(name)': \(rel) cannot be read", loc, .importError) }
        // A link may lead anywhere: only a .cfy or .py file is source, so nothing of another file
        // (say a link to /etc/passwd) is ever quoted in an error.
        let suffix = path.hasSuffix(".py") ? ".py" : ".cfy"
        if let real = options.files.linkTarget(path), !real.hasSuffix(suffix) {
            throw fail("cannot import '\(name)': \(rel) is a link to '\(real)', which is not a \(suffix) file", loc, .importError)
        }
        let src = try decodeSource(data, name: options.files.displayName(path) ?? relativeName(path), directory: URL(fileURLWithPath: path).deletingLastPathComponent().path).get()
        return (src, try Parser.parse(src).get())
    }

    /// Python's `importlib.reload`: runs the module file at `path` again in the namespace it
    /// already has, so whatever holds the module sees the new definitions. Names the file no longer
    /// defines stay, and values taken from the module before (`from m import X`, instances of its
    /// classes) keep the old ones, as in Python. A file that no longer reads or parses leaves the
    /// module as it was; an error while it runs leaves it partly run (as in Python).
    func reloadModule(_ path: String) throws {
        guard let m = modules[path], !loadingSet.contains(path) else { return }
        source = nil
        let (src, program) = try moduleProgram(m.name, path: path, rel: relativeName(path), .none)
        loading.append(path)
        loadingSet.insert(path)
        defer { loadingSet.remove(loading.removeLast()) }
        for stmt in program.statements { _ = try run(stmt, source: src, in: m.env) }
    }

    /// `from module import name`: a name the module defines, or else its submodule `name`
    /// (`from experiments import knn`); nil when neither exists.
    func importedName(_ m: Module, _ module: String, _ name: String, _ loc: Loc) throws -> Value? {
        if let v = m.env.vars[name] { return v }
        if let v = opaqueMember(m, name, loc) { return v }
        guard m.path.hasSuffix("__init__.py") || m.path.hasSuffix("/") else { return nil }
        let sub = module.hasSuffix(".") ? module + name : module + "." + name
        guard let s = try? importModule(sub, loc) else { return nil }
        return .module(s)
    }

    /// `import a.b.c` binds `a`: the top package, with `b` (and `b.c`) as attributes.
    func topPackage(_ name: String, _ loc: Loc) throws -> Module {
        let leaf = try importModule(name, loc)
        guard let top = name.split(separator: ".").first, top != Substring(name) else { return leaf }
        return try importModule(String(top), loc)
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
