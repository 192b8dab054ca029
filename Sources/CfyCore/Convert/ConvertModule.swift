// ConvertModule: one file `cfy convert` reads (the file given, or a project module it imports),
// its top-level statements grouped into units (a `def` with its decorators is one unit), and
// what each name its imports bind stands for in `.cfy` (ConvertBinding).

import Foundation

/// What a name bound by an import means for the `.cfy` text.
enum ConvertBinding {
    /// A cfy builtin under this name (`from copy import deepcopy as dc`: `dc` is `deepcopy`).
    case builtin(String)
    /// `import copy`, `import curifactory as cf`, `import dataclasses`, `import typing`: members
    /// that are cfy builtins are written bare (`cf.ExperimentArgs` is `ExperimentArgs`).
    case builtinModule(String)
    /// A name only the parser gives a meaning (`dataclass`, `field`, typing's names).
    case annotationOnly(module: String, name: String)
    /// `import itertools as it`, `from math import sqrt`: cfy has the module; the import is kept.
    case kept(line: String)
    /// `from experiments.knn import Params as P`: the definition is inlined; `P` is `Params`.
    case local(ConvertModule, String)
    /// `from experiments import knn`: `knn.X` is the inlined `X`.
    case localModule(ConvertModule)
    /// `import experiments.knn` binds `experiments`: `experiments.knn.X` is the inlined `X`.
    case package(String)
    /// A module cfy does not run (numpy, sklearn, curifactory's stages...).
    case opaque(module: String)
    /// An import cfy convert cannot rewrite (the message says why), an error when used.
    case unsupported(String)
}

/// A top-level statement (or a `def` and its decorator assignment) of a module.
struct ConvertUnit {
    var stmts: [Stmt]
    /// The global names it binds.
    var defines: [String]
    var loc: Loc
    /// Its `.cfy` text (nil until printed, or when it cannot be written).
    var text: String?
    /// Why it cannot be in the `.cfy` file: its own problem, or one of a unit it needs.
    var problem: Diagnostic?
    /// Whether its own problem is a use of a module cfy does not run.
    var opaqueUse = false
    /// The units it needs (module index, unit index), found while printing.
    var deps: [ConvertRef] = []
    /// For each unit needed, the name it reads and where.
    var uses: [ConvertRef: (name: String, loc: Loc)] = [:]
    /// Import lines of cfy's stdlib modules it needs (`import itertools`).
    var importLines: [String] = []
    /// The builtins it reads (a definition of the same name elsewhere in the file would change them).
    var builtins: Set<String> = []
    /// An import statement (it binds names; the `.cfy` text needs no line for it).
    var isImport = false
    /// `if __name__ == "__main__":`, which never runs when curifactory imports the file.
    var isMainGuard = false
}

/// A unit of a module: (module index, unit index).
struct ConvertRef: Hashable { var module: Int; var unit: Int }

final class ConvertModule {
    let source: Source
    let path: String
    let index: Int
    var units: [ConvertUnit] = []
    var bindings: [String: ConvertBinding] = [:]
    /// Globals that hold values of modules cfy does not run (found after a first printing).
    var opaqueNames: Set<String> = []
    /// For each global name, the units that bind it, in source order.
    var definers: [String: [Int]] = [:]
    /// The global names some statement (not an import) binds anew, rather than only changing
    /// in place: such a name is the module's own even if an import bound it first.
    var rebound: Set<String> = []

    init(source: Source, path: String, index: Int, statements: [Stmt]) {
        self.source = source; self.path = path; self.index = index
        var i = 0
        while i < statements.count {
            let s = statements[i]
            var stmts = [s]
            // `@d def f` is `def f` then `f = <decorate>(d, f)`: one unit.
            if case .def(let f) = s, i + 1 < statements.count, case .assign(let ts, .call(.name("<decorate>", _), _, _), _) = statements[i + 1],
               ts.count == 1, case .name(f.name, _) = ts[0] {
                stmts.append(statements[i + 1])
                i += 1
            }
            var u = ConvertUnit(stmts: stmts, defines: [], loc: s.loc)
            var names: Set<String> = []
            for st in stmts { Self.bound(st, into: &u.defines, rebinding: &names) }
            switch s {
            case .import, .fromImport: break
            default: rebound.formUnion(names)
            }
            switch s {
            case .import, .fromImport: u.isImport = true
            case .if(let branches, _, _): u.isMainGuard = branches.first.map { Self.isMainGuard($0.cond) } ?? false
            default: break
            }
            if !u.isImport { for n in u.defines { definers[n, default: []].append(units.count) } }
            units.append(u)
            i += 1
        }
    }

    /// `__name__ == "__main__"` (either way round).
    static func isMainGuard(_ e: Expr) -> Bool {
        guard case .compare(let a, let rest, _) = e, rest.count == 1, rest[0].op == .eq else { return false }
        switch (a, rest[0].rhs) {
        case (.name("__name__", _), .literal(.str("__main__"), _)), (.literal(.str("__main__"), _), .name("__name__", _)): return true
        default: return false
        }
    }

    /// The global names a top-level statement binds or changes in place (`BASE.seed = 3`,
    /// `SETS.append(x)`: needing the name needs these too); not those inside its functions.
    static func bound(_ s: Stmt, into out: inout [String], rebinding names: inout Set<String>) {
        func add(_ n: String) { if !out.contains(n) { out.append(n) } }
        func root(_ e: Expr) -> String? {
            switch e {
            case .name(let n, _): return n
            case .attribute(let b, _, _), .index(let b, _, _): return root(b)
            case .call(let f, _, _): return root(f)
            default: return nil
            }
        }
        func target(_ t: Target) {
            switch t {
            case .name(let n, _): add(n); names.insert(n)
            case .tuple(let ts, _): ts.forEach(target)
            case .starred(let inner, _): target(inner)
            case .attribute(let b, _, _), .index(let b, _, _): if let n = root(b) { add(n) }
            }
        }
        switch s {
        case .expr(.call(.attribute(let b, _, _), _, _), _): if let n = root(b) { add(n) }
        case .assign(let ts, _, _): ts.forEach(target)
        case .augAssign(let t, _, _, _): target(t)
        case .def(let f): target(.name(f.name, f.loc))
        case .classDecl(let c): target(.name(c.name, c.loc))
        case .for(let t, _, let body, _):
            target(t)
            body.forEach { bound($0, into: &out, rebinding: &names) }
        case .while(_, let body, _): body.forEach { bound($0, into: &out, rebinding: &names) }
        case .if(let branches, let els, _):
            branches.forEach { $0.body.forEach { bound($0, into: &out, rebinding: &names) } }
            els?.forEach { bound($0, into: &out, rebinding: &names) }
        case .import(let m, let alias, let l): target(.name(alias ?? String(m.split(separator: ".").first ?? ""), l))
        case .fromImport(_, let names, let l): names.forEach { target(.name($0.alias ?? $0.name, l)) }
        default: break
        }
    }
}
