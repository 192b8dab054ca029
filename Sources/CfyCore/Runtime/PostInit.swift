// PostInit: a class's `__post_init__`, run as a dataclass's generated `__init__` runs it, last:
// after `Cls(...)`, `replace()` (which calls `__init__` in Python) and for every `grid()`
// variant (made with `replace()` in Python); not after `copy`/`deepcopy`, which Python makes
// without calling `__init__`. The method may set fields (derived ones, `hash_representations`
// entries), assert or raise; its return value is ignored, as in Python.

extension Interpreter {
    /// `inst` after its class's `__post_init__(self)` ran on it. `derived` names the call
    /// (`replace()`, `grid()`) when Python would pass the source set's own values to `__init__`:
    /// a list, dict or nested set that `__post_init__` then changes in place is shared with the
    /// source in Python, which cfy cannot reproduce, so that is an error.
    func postInit(_ inst: Instance, _ loc: Loc, derived: String? = nil) throws -> Instance {
        guard let f = inst.cls.postInit else { return inst }
        let after: Value
        do { (_, after) = try callKeepingSelf(f, .instance(inst), Args(), loc) } catch var d as Diagnostic {
            // An args set's check that failed (`raise ValueError(...)`, `assert`): name the set.
            if inst.cls.isArgs, case .str(let n)? = inst.get("name"), let last = d.trace.last {
                d.trace[d.trace.count - 1].text = last.text + " (the args set '\(n)')"
            }
            throw d
        }
        guard case .instance(var out) = after, out.cls === inst.cls else {
            throw fail("\(inst.cls.name).__post_init__ rebound 'self' to a \(after.typeName); "
                       + "it may only change self's fields", f.loc, .typeError)
        }
        // Fields __post_init__ assigns are derived, not edits of a pinned set: its staleness stays.
        if out.origin !== inst.origin { out.origin = inst.origin }
        guard let derived else { return out }
        for name in inst.cls.postInitInPlace.sorted() {
            guard let i = inst.cls.fieldIndex[name] else { continue }
            switch inst[i] {
            case .list, .dict, .instance: break
            default: continue
            }
            if valueEquals(inst[i], out[i]) { continue }
            throw fail("\(inst.cls.name).__post_init__ changes self.\(name) in place, and after \(derived) Python's "
                       + "self.\(name) is the very \(inst[i].typeName) of the set it was derived from, so the change "
                       + "would reach that set (and its other variants) too, which cfy's copies cannot do; "
                       + "assign a new value instead (e.g. self.\(name) = " + newValueHint(name, inst[i]) + ")",
                       loc, .notImplementedError)
        }
        return out
    }
}

/// How to write a field's change as a new value, for the error above.
private func newValueHint(_ name: String, _ v: Value) -> String {
    switch v {
    case .dict: return "dict(self.\(name), key=value)"
    case .list: return "self.\(name) + [item]"
    default: return "replace(self.\(name), field=value)"
    }
}
