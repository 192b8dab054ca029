// ConvertImports: what each import of a converted file binds (ConvertBinding), found as cfy's
// runtime finds modules (Runtime/Import.swift): the project's files first (`a/b.py`,
// `a/b/__init__.py`, `a/b.cfy` under the main file's directory, then the current directory;
// relative imports against the importing file), then cfy's built-in Python modules, else opaque.

import Foundation

extension Converter {
    /// The module in the file at `path`, read and parsed once.
    func module(at path: String, loc: Loc, from importer: ConvertModule) throws -> ConvertModule {
        if let m = modulesByPath[path] { return m }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic("cannot convert: cannot read \(path)", at: loc, in: importer.source, kind: .exportError)
        }
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let shown = shortPath(path)
        let src: Source
        switch decodeSource(Array(data), name: shown, directory: dir) {
        case .success(let s): src = s
        case .failure(let d): throw d
        }
        let program: Program
        switch Parser.parse(src) {
        case .success(let p): program = p
        case .failure(let d): throw d
        }
        let m = ConvertModule(source: src, path: path, index: modules.count, statements: program.statements)
        modules.append(m)
        modulesByPath[path] = m
        try bindImports(m)
        return m
    }

    /// Fills `m.bindings` from its top-level import statements.
    func bindImports(_ m: ConvertModule) throws {
        for u in m.units where u.isImport {
            for s in u.stmts {
                switch s {
                case .import(let name, let alias, let l):
                    let bound = alias ?? String(name.split(separator: ".").first ?? "")
                    if let file = try find(name, from: m, l) {
                        if alias == nil, name.contains(".") {
                            _ = try module(at: file, loc: l, from: m)
                            m.bindings[bound] = .package(bound)
                        } else {
                            m.bindings[bound] = .localModule(try module(at: file, loc: l, from: m))
                        }
                    } else {
                        m.bindings[bound] = builtinModuleBinding(name, alias: alias)
                    }
                case .fromImport(let name, let names, let l):
                    let file = try find(name, from: m, l)
                    let local = try file.map { try module(at: $0, loc: l, from: m) }
                    var names = names
                    if names.count == 1, names[0].name == "*" {
                        // `from m import *`: its public names, as the runtime binds them.
                        let all = local.map { Array(Set($0.definers.keys).union($0.bindings.keys)) }
                            ?? Interpreter.pythonModules[name].map { $0 + (name == "curifactory" ? Interpreter.curifactoryOpaqueNames : []) }
                            ?? pythonStdlib[name].map { Array($0.keys) } ?? []
                        names = all.filter { !$0.hasPrefix("_") }.sorted().map { ($0, nil) }
                    }
                    for (n, alias) in names {
                        let bound = alias ?? n
                        if let local {
                            // `from pkg import mod`: a submodule unless the package defines the name.
                            if local.definers[n] == nil, local.bindings[n] == nil,
                               let sub = try find(name.hasSuffix(".") ? name + n : name + "." + n, from: m, l) {
                                m.bindings[bound] = .localModule(try module(at: sub, loc: l, from: m))
                            } else {
                                m.bindings[bound] = .local(local, n)
                            }
                        } else {
                            m.bindings[bound] = builtinNameBinding(name, n, alias: alias)
                        }
                    }
                default: break
                }
            }
        }
    }

    /// `import name [as alias]` of a module no project file provides.
    func builtinModuleBinding(_ name: String, alias: String?) -> ConvertBinding {
        if ["curifactory", "dataclasses", "copy", "typing", "__future__"].contains(name) { return .builtinModule(name) }
        if pythonStdlib[name] != nil { return .kept(line: "import \(name)" + (alias.map { " as \($0)" } ?? "")) }
        return .opaque(module: name)
    }

    /// `from module import name [as alias]` of a module no project file provides.
    func builtinNameBinding(_ module: String, _ name: String, alias: String?) -> ConvertBinding {
        if let members = Interpreter.pythonModules[module] {
            guard members.contains(name) else { return .opaque(module: module) }
            if let builtin = builtinMember(module, name) { return .builtin(builtin) }
            return .annotationOnly(module: module, name: name)
        }
        if pythonStdlib[module] != nil {
            return .kept(line: "from \(module) import \(name)" + (alias.map { " as \($0)" } ?? ""))
        }
        return .opaque(module: module)
    }

    /// The cfy builtin a member of a built-in module is (`copy.deepcopy` is `deepcopy`), or nil
    /// for a member with no value in cfy (`dataclass`, `field`, typing's names).
    func builtinMember(_ module: String, _ name: String) -> String? {
        let members: [String: Set<String>] = [
            "curifactory": ["ExperimentArgs", "ExperimentParameters", "set_hash_functions"],
            "dataclasses": ["replace", "asdict", "fields"],
            "copy": ["copy", "deepcopy"],
        ]
        return members[module]?.contains(name) == true ? name : nil
    }

    /// The file of the project module `name` imported from `m`, or nil when no file provides it.
    func find(_ name: String, from m: ConvertModule, _ loc: Loc) throws -> String? {
        let fm = FileManager.default
        let here = m.source.directory ?? fm.currentDirectoryPath
        let (roots, parts, _) = moduleSearch(name, here: here, main: mainDirectory, python: m.source.isPython)
        let rel = parts.joined(separator: "/")
        var candidates = parts.isEmpty ? ["__init__.py"] : [rel + ".py", rel + "/__init__.py"]
        if !parts.isEmpty { candidates.insert(rel + ".cfy", at: m.source.isPython ? 2 : 0) }
        for root in roots {
            for c in candidates {
                let path = URL(fileURLWithPath: root, isDirectory: true).appendingPathComponent(c).standardizedFileURL.path
                if fm.fileExists(atPath: path) { return path }
            }
            // A directory without __init__.py: a namespace package, with nothing in it to inline.
            if parts.isEmpty { return try emptyPackage(URL(fileURLWithPath: root).standardizedFileURL.path) }
            var isDir: ObjCBool = false
            let dir = URL(fileURLWithPath: root, isDirectory: true).appendingPathComponent(rel).standardizedFileURL.path
            if m.source.isPython, !parts.isEmpty, fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue {
                return try emptyPackage(dir)
            }
        }
        return nil
    }

    /// `dir` as a namespace package when it is a directory, else nil.
    func emptyPackageIfDirectory(_ dir: String) throws -> String? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { return nil }
        return try emptyPackage(dir)
    }

    /// A namespace package: an empty module, so `from pkg import mod` finds `pkg/mod.py`.
    func emptyPackage(_ dir: String) throws -> String {
        let key = dir + "/"
        if modulesByPath[key] == nil {
            let m = ConvertModule(source: Source(name: shortPath(dir), text: "", directory: dir), path: key,
                                  index: modules.count, statements: [])
            modules.append(m)
            modulesByPath[key] = m
        }
        return key
    }
}
