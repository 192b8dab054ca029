// Converter: `cfy convert` — a curifactory params or experiment file (`.py`, or `.cfy`) written
// as one self-contained `.cfy` file with the same args sets. The source is translated, not its
// values: every top-level definition the file's sets can need is printed (CfyPrinter) with
// Python's spellings replaced by cfy's (`cf.ExperimentArgs` is `ExperimentArgs`,
// `copy.deepcopy` is `deepcopy`); definitions imported from the project's modules are inlined;
// what uses a module cfy does not run (stages, `run()`, loggers) is left out, and an error when
// what the sets need depends on it. ConvertCheck.swift then runs the text and compares hashes.

import Foundation

public final class Converter {
    var modules: [ConvertModule] = []
    var modulesByPath: [String: ConvertModule] = [:]
    /// The directory of the file given (the project root for `.py` imports, as in Import.swift).
    let mainDirectory: String
    /// Every class declared in the files read, by name (for a Python class's inherited fields).
    var classes: [String: ClassDecl] = [:]
    /// Why each left-out statement of the file was left out (the first problem of each).
    public internal(set) var leftOut: [Diagnostic] = []

    /// ```swift
    /// let text = try Converter(mainDirectory: "proj").convert(source)   // the `.cfy` text
    /// ```
    public init(mainDirectory: String) {
        self.mainDirectory = URL(fileURLWithPath: mainDirectory).standardizedFileURL.path
    }

    /// The project files the conversion read (besides the file given).
    public var files: [String] { modules.dropFirst().map(\.path).filter { !$0.hasSuffix("/") } }

    func shortPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    /// The `.cfy` text for `source`; a Diagnostic at the construct that cannot be converted.
    public func convert(_ source: Source) throws -> String {
        let program: Program
        switch Parser.parse(source) {
        case .success(let p): program = p
        case .failure(let d): throw d
        }
        let main = ConvertModule(source: source, path: "<main>", index: 0, statements: program.statements)
        modules = [main]
        try bindImports(main)
        for m in modules {
            for u in m.units { for s in u.stmts { if case .classDecl(let c) = s, classes[c.name] == nil { classes[c.name] = c } } }
        }
        printAll()
        // Again, now that it is known which globals hold opaque values: calls of them that are
        // statements of their own are left out (CfyPrinterOpaque.swift).
        for m in modules {
            m.opaqueNames = Set(m.bindings.compactMap { n, b in
                if case .opaque = b, m.definers[n] == nil { return n }
                return nil
            })
            for (n, ds) in m.definers where ds.allSatisfy({ m.units[$0].problem != nil && m.units[$0].opaqueUse }) {
                m.opaqueNames.insert(n)
            }
        }
        printAll()
        return try assemble(main)
    }

    /// Prints every unit of every module (printing may read more modules, `pkg.mod.X`: until
    /// every module is printed), then spreads the problems to what needs them.
    func printAll() {
        var next = 0
        while next < modules.count {
            let m = modules[next]
            for i in m.units.indices { printUnit(m, i) }
            next += 1
        }
        spreadProblems()
    }

    // MARK: printing one unit

    /// Prints unit `i` of `m`, noting what it needs and what keeps it out of the `.cfy` file.
    func printUnit(_ m: ConvertModule, _ i: Int) {
        var u = m.units[i]
        if u.isImport || u.isMainGuard { return }
        let use = UnitUse()
        var printer = CfyPrinter()
        printer.hooks.name = { [unowned self] n, l in self.resolve(m, n, l, use, own: i) ?? n }
        printer.hooks.attribute = { [unowned self] base, attr, l in self.attribute(m, base, attr, l, use) }
        printer.hooks.dotted = { [unowned self] parts, l in self.dotted(m, parts, l, use) }
        printer.hooks.isBuiltin = { n in m.definers[n] == nil && m.bindings[n] == nil }
        printer.hooks.isOpaque = { n in m.opaqueNames.contains(n) }
        printer.hooks.dropsClassAssign = { [unowned self] bases, name in self.inheritedFields(bases).contains(name) }
        do {
            u.text = try u.stmts.map { try printer.stmt($0, 0) }.joined()
        } catch let e as PrintError {
            use.fail("cannot convert: " + e.message, e.loc)
        } catch {
            use.fail("cannot convert: \(error)", u.loc)
        }
        u.deps = use.deps
        u.uses = use.uses
        u.importLines = use.importLines
        u.builtins = use.builtins
        u.problem = nil
        u.opaqueUse = use.opaque
        if let (message, loc) = use.problem {
            u.problem = Diagnostic(message, at: loc, in: m.source, kind: .exportError)
        }
        m.units[i] = u
    }

    /// What printing one unit found.
    final class UnitUse {
        var deps: [ConvertRef] = []
        var importLines: [String] = []
        /// Names read that no definition or import of the module provides (builtins).
        var builtins: Set<String> = []
        var problem: (String, Loc)?
        /// Whether the problem is a value of a module cfy does not run.
        var opaque = false
        func fail(_ message: String, _ loc: Loc, opaque: Bool = false) {
            if problem == nil { problem = (message, loc); self.opaque = opaque }
        }
        /// For each unit needed, the name read and where (the first use).
        var uses: [ConvertRef: (name: String, loc: Loc)] = [:]
        func need(_ r: ConvertRef, _ name: String, _ loc: Loc) {
            if !deps.contains(r) { deps.append(r); uses[r] = (name, loc) }
        }
    }

    /// The text for the name `n` read in module `m` (nil: as written), noting the units it needs.
    func resolve(_ m: ConvertModule, _ n: String, _ l: Loc, _ use: UnitUse, own: Int?) -> String? {
        if let ds = m.definers[n] {
            for d in ds where d != own { use.need(ConvertRef(module: m.index, unit: d), n, l) }
            // An imported name changed in place (`BASE.seed = 1`) needs its import too.
            guard m.bindings[n] != nil, !m.rebound.contains(n) else { return n }
        }
        guard let b = m.bindings[n] else {
            if own != nil { use.builtins.insert(n) }
            return own == nil ? nil : n
        }
        switch b {
        case .builtin(let x): return x
        case .kept(let line):
            if !use.importLines.contains(line) { use.importLines.append(line) }
            return n
        case .local(let other, let x):
            if let t = resolve(other, x, l, use, own: nil) { return t }
            use.fail("cannot convert: the module '\(other.source.name)' defines no '\(x)'", l)
        case .builtinModule(let mod):
            use.fail("cannot convert: the module '\(mod)' as a value has no .cfy spelling", l)
        case .localModule(let other):
            use.fail("cannot convert: the module '\(other.source.name)' as a value has no .cfy spelling", l)
        case .package(let name):
            use.fail("cannot convert: the module '\(name)' as a value has no .cfy spelling", l)
        case .opaque(let mod):
            use.fail("cannot convert: `\(n)` is from the module '\(mod)', which cfy does not run (it imports as opaque)", l, opaque: true)
        case .annotationOnly(let mod, let name):
            use.fail("cannot convert: `\(name)` (from \(mod)) works only where Python's parser gives it a meaning "
                     + "(a decorator, a field's default, an annotation)", l)
        case .unsupported(let message):
            use.fail("cannot convert: " + message, l)
        }
        return n
    }

    /// `base.attr` where `base` is a name: a member of a module becomes its `.cfy` spelling.
    func attribute(_ m: ConvertModule, _ base: String, _ attr: String, _ l: Loc, _ use: UnitUse) -> String? {
        guard m.definers[base] == nil, let b = m.bindings[base] else { return nil }
        switch b {
        case .builtinModule(let mod):
            if let x = builtinMember(mod, attr) { return x }
            if mod == "curifactory" {
                use.fail("cannot convert: `\(base).\(attr)` is a value of the module 'curifactory', which cfy does not run "
                         + "(it imports as opaque)", l, opaque: true)
            } else {
                use.fail("cannot convert: `\(mod).\(attr)` has no .cfy spelling", l)
            }
            return nil
        case .localModule(let other):
            if let t = resolve(other, attr, l, use, own: nil) { return t }
            use.fail("cannot convert: the module '\(other.source.name)' defines no '\(attr)'", l)
            return nil
        case .package:
            return dotted(m, [base, attr], l, use)
        case .opaque(let mod):
            use.fail("cannot convert: `\(base).\(attr)` is a value of the module '\(mod)', which cfy does not run "
                     + "(it imports as opaque)", l, opaque: true)
            return nil
        default:
            return nil
        }
    }

    /// `pkg.mod.X` after `import pkg.mod` (or `alias.sub.X` after `from . import pkg as alias`):
    /// the inlined `X`, found by walking the chain through packages and their modules.
    func dotted(_ m: ConvertModule, _ parts: [String], _ l: Loc, _ use: UnitUse) -> String? {
        guard m.definers[parts[0]] == nil, let b = m.bindings[parts[0]] else { return nil }
        var start: ConvertModule
        switch b {
        case .package(let top):
            guard let file = try? find(top, from: m, l), let top = try? module(at: file, loc: l, from: m) else {
                use.fail("cannot convert: `\(parts[0])` names no module of the project", l)
                return nil
            }
            start = top
        case .localModule(let other): start = other
        default: return nil
        }
        return member(of: start, Array(parts.dropFirst()), l, use)
    }

    /// `rest[0]` of `module` (then the attributes after it), or of its submodule `rest[0]`.
    func member(of module: ConvertModule, _ rest: [String], _ l: Loc, _ use: UnitUse) -> String? {
        guard let first = rest.first else {
            use.fail("cannot convert: the module '\(module.source.name)' as a value has no .cfy spelling", l)
            return nil
        }
        if module.definers[first] != nil || module.bindings[first] != nil {
            if case .localModule(let sub)? = module.bindings[first], module.definers[first] == nil {
                return member(of: sub, Array(rest.dropFirst()), l, use)
            }
            guard let t = resolve(module, first, l, use, own: nil) else { return nil }
            return ([t] + rest.dropFirst()).joined(separator: ".")
        }
        let dir = module.path.hasSuffix("/") ? String(module.path.dropLast())
            : URL(fileURLWithPath: module.path).deletingLastPathComponent().path
        let isPackage = module.path.hasSuffix("/") || module.path.hasSuffix("/__init__.py")
        for c in [first + ".py", first + "/__init__.py"] where isPackage {
            let path = dir + "/" + c
            if FileManager.default.fileExists(atPath: path), let sub = try? self.module(at: path, loc: l, from: module) {
                return member(of: sub, Array(rest.dropFirst()), l, use)
            }
        }
        if isPackage, let sub = try? emptyPackageIfDirectory(dir + "/" + first), let m = try? self.module(at: sub, loc: l, from: module) {
            return member(of: m, Array(rest.dropFirst()), l, use)
        }
        use.fail("cannot convert: the module '\(module.source.name)' defines no '\(first)'", l)
        return nil
    }

    /// The fields a class with these bases inherits (by the classes' names; curifactory's two).
    func inheritedFields(_ bases: [String]) -> Set<String> {
        var out: Set<String> = []
        var seen: Set<String> = []
        var todo = bases
        while let b = todo.popLast() {
            guard seen.insert(b).inserted else { continue }
            if b == "ExperimentArgs" || b == "ExperimentParameters" {
                out.formUnion(["name", "hash", "overwrite", "hash_representations"])
            } else if let c = classes[b] {
                for m in c.members { if case .field(let name, _, _, _) = m { out.insert(name) } }
                for e in c.bases {
                    switch e {
                    case .name(let n, _), .attribute(_, let n, _): todo.append(n)
                    default: break
                    }
                }
            }
        }
        return out
    }

    // MARK: which units go in

    /// A unit that needs a unit with a problem cannot be converted either: its problem is at
    /// its use of that unit's name, and says why the name cannot be converted.
    func spreadProblems() {
        var changed = true
        while changed {
            changed = false
            for m in modules {
                for i in m.units.indices where m.units[i].problem == nil {
                    for d in m.units[i].deps {
                        let dep = modules[d.module].units[d.unit]
                        guard let p = dep.problem else { continue }
                        let (name, loc) = m.units[i].uses[d] ?? ("?", m.units[i].loc)
                        let place = d.module == m.index ? "line \(dep.loc.line)" : "\(modules[d.module].source.name):\(dep.loc.line)"
                        var why = p.message
                        if why.hasPrefix("cannot convert: ") { why.removeFirst("cannot convert: ".count) }
                        if why.hasPrefix("it uses `") {
                            // Already a chain: keep the root cause only.
                            why = why.components(separatedBy: "), which cannot be converted: ").dropFirst().joined()
                        }
                        m.units[i].problem = Diagnostic("cannot convert: it uses `\(name)` (\(place)), which cannot be converted: " + why,
                                                        at: loc, in: m.source, kind: .exportError)
                        changed = true
                        break
                    }
                }
            }
        }
    }
}
