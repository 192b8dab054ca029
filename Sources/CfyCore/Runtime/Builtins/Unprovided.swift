// Unprovided: Python's builtins that cfy does not have, and why: using one is the NameError it
// would be anyway, saying that cfy knows the name and does not run it (docs/python.md).

/// Python 3.11's builtin names cfy has no builtin for, with the reason shown after the NameError.
let unprovidedPythonBuiltins: [String: String] = {
    var reasons: [String: String] = [:]
    for n in ["exec", "eval", "compile"] { reasons[n] = "cfy does not run code given as text" }
    for n in ["open", "input"] { reasons[n] = "cfy reads no files and no input but the modules it imports" }
    for n in ["globals", "locals", "vars", "dir"] { reasons[n] = "cfy has no namespace objects" }
    for n in ["breakpoint", "help", "exit", "quit", "copyright", "credits", "license"] {
        reasons[n] = "it is for an interactive Python session"
    }
    reasons["id"] = "Python's answer is an address, which changes from one process to the next"
    for n in ["setattr", "delattr"] { reasons[n] = "assign to the attribute (`obj.x = v`) instead" }
    for n in ["object", "memoryview", "bytes", "bytearray", "complex", "slice", "aiter", "anext", "iter", "super",
              "property", "staticmethod", "classmethod"] where reasons[n] == nil {
        reasons[n] = "cfy does not provide it here"
    }
    return reasons
}()
