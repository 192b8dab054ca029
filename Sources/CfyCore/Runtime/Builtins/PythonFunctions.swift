// Python builtins: what the Python front end's desugaring calls (registered by registerBuiltins,
// outside builtinFunctionTables, so no listing shows them). `<decorate>` (a name no source
// can spell) applies one decorator to a `def`: the Python parser turns `@d def f` into `def f`
// and `f = <decorate>(d, f)`.

/// The Python front end's helpers.
let pythonFunctions: [BuiltinDecl] = [
    BuiltinDecl("<decorate>", "<decorate>(decorator, function, /)",
                "Applies a decorator; a decorator from a module cfy cannot run leaves the function as it is.") { i, a, l in
        try i.arity("<decorate>", a, 2...2, l)
        if case .builtin(let b) = a.positional[0], let o = b.opaque, o.pythonError == nil { return a.positional[1] }
        return try i.call(a.positional[0], Args([a.positional[1]]), l)
    },
]
