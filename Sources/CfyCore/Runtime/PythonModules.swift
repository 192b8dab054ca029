// PythonModules: the modules a Python params file imports that cfy provides itself —
// `curifactory` (the args API), `dataclasses`, `typing`, `copy`, `__future__`, and `itertools`,
// `math`, `functools` (their members: Builtins/PythonStdlib.swift). Their names are
// cfy's builtins; `dataclass`, `field` and the typing names work where the parser gives them a
// meaning (a class decorator, a field's default, an annotation) and say so if called elsewhere.

extension Interpreter {
    /// The names of each built-in module: a builtin of the same name, or nil for a placeholder.
    static let pythonModules: [String: [String]] = [
        "curifactory": ["ExperimentArgs", "ExperimentParameters", "set_hash_functions"],
        "dataclasses": ["dataclass", "field", "replace", "asdict", "fields", "KW_ONLY", "InitVar"],
        "typing": ["Any", "Callable", "ClassVar", "Dict", "Final", "Iterable", "List", "Literal", "Mapping", "Optional",
                   "Sequence", "Set", "FrozenSet", "Tuple", "Type", "Union"],
        "copy": ["copy", "deepcopy"],
        "__future__": ["annotations"],
    ]

    /// What `from curifactory import *` binds besides the args API: curifactory 0.13.2's other public
    /// names, each an opaque value (PythonOpaque.swift).
    static let curifactoryOpaqueNames = [
        "args", "caching", "docker", "experiment", "hashing", "manager", "procedure", "record", "reporting", "staging",
        "store", "utils", "Lazy", "ArtifactManager", "Procedure", "Record", "CachersMismatchError", "EmptyCachersError",
        "InputSignatureError", "OutputSignatureError", "aggregate", "stage",
    ]

    /// `__name__` of a `.py` file run from the command line: its module name, as when curifactory
    /// imports it (so an `if __name__ == "__main__":` block does not run; docs/python.md).
    func setModuleName(_ source: Source) {
        guard globals.vars["__name__"] == nil else { return }
        let file = source.name.split(separator: "/").last.map(String.init) ?? source.name
        globals.vars["__name__"] = .str(String(file.dropLast(3)))
    }

    /// The built-in module `name`, made once per session; nil when cfy has none by that name.
    func builtinPythonModule(_ name: String) -> Module? {
        let key = "<builtin>/" + name
        if let m = modules[key] { return m }
        if let members = pythonStdlib[name] {
            let env = Environment()
            for (n, v) in members { env.vars[n] = v }
            let m = Module(name: name, path: key, env: env)
            modules[key] = m
            return m
        }
        guard let names = Self.pythonModules[name] else { return nil }
        let env = Environment()
        for n in names {
            env.vars[n] = builtins[n] ?? .builtin(Builtin(n, kind: .pythonFunction) { i, _, l in
                throw i.fail("cfy cannot call \(name).\(n) here yet: it works as "
                             + (n == "dataclass" ? "a class decorator" : n == "field" ? "a field's default in a dataclass"
                                : "an annotation"), l, .notImplementedError)
            })
        }
        let m = Module(name: name, path: key, env: env)
        modules[key] = m
        return m
    }
}
