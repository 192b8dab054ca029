// Access: attributes, items, slices and iteration.

extension Interpreter {
    // MARK: attributes

    func getAttr(_ v: Value, _ name: String, _ loc: Loc) throws -> Value {
        switch v {
        case .builtin(let b) where b.opaque != nil: return opaqueAttribute(v, name, loc)
        case .instance(let inst):
            if name == "args", let w = inst.cfysWords { throw exceptionTextUnknown(inst.cls.name, w, loc) }
            if let x = inst.get(name) { return x }
            if let f = inst.cls.method(name) {
                switch inst.cls.decorators[name] {
                case nil: return .method(BoundMethod(receiver: v, name: name, function: f))
                case .property?: return try callFunction(f, Args([v]), loc)
                case .staticmethod?: return .function(f)
                case .classmethod?: return .method(BoundMethod(receiver: .cls(inst.cls), name: name, function: f))
                }
            }
            if let x = inst.cls.attributes[name] { return x }
            if inst.cls.isArgs, name == inst.cls.generation.hashMethod { return .method(BoundMethod(receiver: v, name: name)) }
            throw fail("'\(inst.cls.name)' object has no attribute '\(name)'"
                       + didYouMean(name, inst.cls.fields.map(\.name) + inst.cls.methods.keys
                                    + (inst.cls.isArgs ? [inst.cls.generation.hashMethod] : [])), loc, .attributeError)
        case .module(let m):
            if let x = m.env.vars[name] { return x }
            if let x = opaqueMember(m, name, loc) { return x }
            throw fail("module '\(m.name)' has no attribute '\(name)'" + didYouMean(name, m.env.vars.keys),
                       loc, .attributeError)
        case .cls(let c):
            switch name {
            case "__name__": return .str(c.name)
            case "__qualname__": return .str(c.qualname)
            default: break
            }
            if let i = c.fieldIndex[name], let d = c.fields[i].defaultValue { return d }
            if let f = c.method(name) {
                if c.decorators[name] == .classmethod { return .method(BoundMethod(receiver: v, name: name, function: f)) }
                return .function(f)
            }
            if let x = c.attributes[name] { return x }
            throw fail("type object '\(c.name)' has no attribute '\(name)'"
                       + didYouMean(name, c.fields.map(\.name) + c.attributes.keys), loc, .attributeError)
        case .function(let f) where name == "__name__": return .str(f.name)
        case .function(let f) where name == "__qualname__": return .str(f.qualname)
        case .builtin(let b) where name == "__name__" || name == "__qualname__": return .str(b.name)
        case .type(let t) where name == "__name__" || name == "__qualname__": return .str(t.rawValue)
        case .type(let t) where methodTables[t.rawValue]?[name] != nil:
            return .method(BoundMethod(receiver: v, name: name))
        case .method(let m) where name == "__name__": return .str(m.name)
        case .method(let m) where name == "__qualname__": return .str(m.qualname)
        default:
            let table = methodTable(of: v)
            if table?[name] != nil { return .method(BoundMethod(receiver: v, name: name)) }
            throw fail("'\(v.typeName)' object has no attribute '\(name)'"
                       + didYouMean(name, table?.names ?? []), loc, .attributeError)
        }
    }

    func setAttr(_ obj: inout Value, _ name: String, _ v: Value, _ loc: Loc) throws {
        switch obj {
        case .instance(var inst):
            if inst.cls.frozen {
                throw fail("cannot assign to field '\(name)'", loc, .attributeError)
            }
            guard let i = inst.cls.fieldIndex[name] else {
                if inst.cls.decorators[name] == .property {
                    throw fail("property '\(name)' of '\(inst.cls.name)' object has no setter", loc, .attributeError)
                }
                var d = fail("cannot set unknown attribute '\(name)' on \(inst.cls.name)"
                             + didYouMean(name, inst.cls.fields.map(\.name)), loc, .attributeError)
                d.uncatchable = true        // Python sets it
                throw d
            }
            let checked = try checkField(inst.cls.fields[i], v, inst.cls, loc)
            obj = .none
            // Compared only for an args set with an explicit hash (or its `hash` itself).
            let changed = inst.cls.isArgs && (name == "hash" || !(inst.get("hash")?.isNone ?? true))
                && !valueEquals(inst[i], checked)
            inst[i] = checked
            if changed { markHashStaleness(&inst, assigned: name, loc) }
            obj = .instance(inst)
        case .module(let m):
            m.env.vars[name] = v
        case .function(let f) where name == "__qualname__" || name == "__name__":
            // A function is one object, shared as in Python: every name for it sees the change.
            guard case .str(let s) = v else {
                throw fail("\(name) must be set to a string object", loc, .typeError)
            }
            if name == "__name__" { f.name = s } else { f.qualname = s }
        default:
            throw fail("cannot set attribute '\(name)' on a value of type '\(obj.typeName)'", loc, .attributeError)
        }
    }

    /// After a field of an args set was assigned a new value: a set that carries an explicit `hash`
    /// now has parameters that hash did not stand for (a stale hash, as after `replace()`);
    /// assigning `hash` itself clears that. The set's origin (where lints point) becomes the assignment.
    private func markHashStaleness(_ inst: inout Instance, assigned name: String, _ loc: Loc) {
        let old = inst.origin
        if name == "hash" {
            if let o = old, o.staleHash { inst.origin = Origin(source: o.source, loc: o.loc, how: o.how) }
            return
        }
        guard !Strategy.blacklist.contains(name), old?.staleHash != true, !(inst.get("hash")?.isNone ?? true) else { return }
        inst.origin = Origin(source: source, loc: loc, how: "assigning its field '\(name)'", staleHash: true)
    }

    func modifyAttr(_ obj: inout Value, _ name: String, _ loc: Loc, _ f: (inout Value) throws -> Void) throws {
        // Bound by `if case` and consumed, then `obj` lets go: the storage is changed in place
        // (a `switch obj` binding would keep a second reference, and copy it on every change).
        if case .instance(let bound) = obj {
            var inst = consume bound
            guard let i = inst.cls.fieldIndex[name] else { obj = .instance(inst); _ = try getAttr(obj, name, loc); return }
            obj = .none
            defer { obj = .instance(inst) }
            // Kept only for a set with an explicit hash (keeping it makes the change copy the field).
            let before: Value? = inst.cls.isArgs && !(inst.get("hash")?.isNone ?? true) ? inst[i] : nil
            try inst.modify(i, f)
            if let before, !valueEquals(before, inst[i]) { markHashStaleness(&inst, assigned: name, loc) }
            return
        }
        switch obj {
        case .module(let m):
            guard var v = m.env.vars[name] else { _ = try getAttr(obj, name, loc); return }
            try f(&v)
            m.env.vars[name] = v
        default:
            var tmp = try getAttr(obj, name, loc)
            try f(&tmp)
        }
    }

    // MARK: items

    func index(_ i: Value, count: Int, _ what: String, _ loc: Loc) throws -> Int {
        guard let n = asInt(i) else {
            if case .bigint = i { throw fail("cannot fit 'int' into an index-sized integer", loc, .indexError) }
            throw fail("\(what) indices must be integers, not \(i.typeName)", loc, .typeError)
        }
        let j = n < 0 ? Int(n) + count : Int(n)
        if j < 0 || j >= count {
            throw fail("\(what) index out of range (index \(n), length \(count))", loc, .indexError)
        }
        return j
    }

    func getItem(_ v: Value, _ i: Value, _ loc: Loc) throws -> Value {
        switch v {
        case .list(let xs): return xs[try index(i, count: xs.count, "list", loc)]
        case .tuple(let xs): return xs[try index(i, count: xs.count, "tuple", loc)]
        case .str(let s):
            let scalars = Array(s.unicodeScalars)
            return .str(String(scalars[try index(i, count: scalars.count, "string", loc)]))
        case .range(let a, let b, let s):
            // In 128 bits: a range over the whole 64-bit line has 2**64 - 1 elements.
            let n = rangeCountExact(a, b, s)
            if case .bigint = i { throw fail("cannot fit 'int' into an index-sized integer", loc, .indexError) }
            guard let k = asInt(i) else { throw fail("range object indices must be integers, not \(i.typeName)", loc, .typeError) }
            let j = k < 0 ? Int128(k) + n : Int128(k)
            if j < 0 || j >= n { throw fail("range object index out of range (index \(k), length \(n))", loc, .indexError) }
            return .int(Int64(truncatingIfNeeded: Int128(a) + j * Int128(s)))
        case .dict(let d):
            guard let k = DictKey(i) else { throw fail("unhashable type: '\(i.typeName)'", loc, .typeError) }
            if let x = d.get(k) { return x }
            let names = d.liveKeys.compactMap { if case .str(let s) = $0 { return s } else { return nil } }
            var hint = ""
            if case .str(let s) = i { hint = didYouMean(s, names) }
            throw fail("key \(try repr(i)) not found in dict" + hint, loc, .keyError).pythonArgs([i])
        default:
            throw fail("'\(v.typeName)' object is not subscriptable", loc, .typeError)
        }
    }

    func setItem(_ obj: inout Value, _ i: Value, _ v: Value, _ loc: Loc) throws {
        // `if case` + consume, then `obj` lets go: changed in place (see modifyAttr).
        if case .list(let bound) = obj {
            var xs = consume bound
            obj = .none
            defer { obj = .list(xs) }
            let j = try index(i, count: xs.count, "list assignment", loc)
            xs[j] = v
            return
        }
        if case .dict(let bound) = obj {
            var d = consume bound
            obj = .none
            defer { obj = .dict(d) }
            guard let k = DictKey(i) else { throw fail("unhashable type: '\(i.typeName)'", loc, .typeError) }
            if d.count >= maxElements { try checkSize(d.count + 1, loc) }
            d.set(k, key: i, value: v)
            return
        }
        throw fail("'\(obj.typeName)' object does not support item assignment", loc, .typeError)
    }

    func modifyItem(_ obj: inout Value, _ i: Value, _ loc: Loc, _ f: (inout Value) throws -> Void) throws {
        if case .list(let bound) = obj {
            var xs = consume bound
            obj = .none
            defer { obj = .list(xs) }
            let j = try index(i, count: xs.count, "list", loc)
            try f(&xs[j])
            return
        }
        if case .dict(let bound) = obj {
            var d = consume bound
            obj = .none
            defer { obj = .dict(d) }
            guard let k = DictKey(i), var x = d.get(k) else { obj = .dict(d); _ = try getItem(obj, i, loc); return }
            d.set(k, key: i, value: .none)      // the dict lets go of the item: changed in place too
            defer { d.set(k, key: i, value: x) }
            try f(&x)
            return
        }
        var tmp = try getItem(obj, i, loc)
        try f(&tmp)
    }

    // MARK: slices

    /// The indices Python's `slice(lo, hi, step).indices(count)` selects.
    /// Python's `slice.indices` for `count` elements, in 128 bits (no overflow for any 64-bit
    /// bounds): the first index, the step and how many indices there are.
    func sliceSpan(_ lo: Value?, _ hi: Value?, _ st: Value?, count: Int128, _ loc: Loc) throws
        -> (start: Int128, step: Int128, n: Int128) {
        let (start, _, step, n) = try sliceBounds(lo, hi, st, count: count, loc)
        try checkSize((Int64(clamping: n), false), loc)
        return (start, step, n)
    }

    /// `slice(lo, hi, st).indices(count)` and the number of indices it selects.
    func sliceBounds(_ lo: Value?, _ hi: Value?, _ st: Value?, count: Int128, _ loc: Loc) throws
        -> (start: Int128, stop: Int128, step: Int128, n: Int128) {
        func num(_ v: Value?) throws -> Int128? {
            guard let v, !v.isNone else { return nil }
            if case .bigint(let b) = v { return b.negative ? -(1 << 100) : 1 << 100 }   // clamped, as Python
            guard let n = asInt(v) else { throw fail("slice indices must be integers or None", loc, .typeError) }
            return Int128(n)
        }
        let step = try num(st) ?? 1
        if step == 0 { throw fail("slice step cannot be zero", loc, .valueError) }
        func adjust(_ x: Int128?, _ dflt: Int128) -> Int128 {
            guard var x else { return dflt }
            if x < 0 { x += count; if x < 0 { x = step < 0 ? -1 : 0 } }
            else if x >= count { x = step < 0 ? count - 1 : count }
            return x
        }
        let start = adjust(try num(lo), step < 0 ? count - 1 : 0)
        let stop = adjust(try num(hi), step < 0 ? -1 : count)
        let n: Int128 = step > 0 ? (start < stop ? (stop - start - 1) / step + 1 : 0)
                                 : (start > stop ? (start - stop - 1) / -step + 1 : 0)
        return (start, stop, step, n)
    }

    func sliceIndices(_ lo: Value?, _ hi: Value?, _ st: Value?, count: Int, _ loc: Loc) throws -> [Int] {
        let (start, step, n) = try sliceSpan(lo, hi, st, count: Int128(count), loc)
        return (0..<Int(n)).map { Int(truncatingIfNeeded: start + Int128($0) * step) }
    }

    func slice(_ v: Value, _ lo: Value?, _ hi: Value?, _ st: Value?, _ loc: Loc) throws -> Value {
        switch v {
        case .list(let xs): return .list(try sliceIndices(lo, hi, st, count: xs.count, loc).map { xs[$0] })
        case .tuple(let xs): return .tuple(try sliceIndices(lo, hi, st, count: xs.count, loc).map { xs[$0] })
        case .str(let s):
            let cs = Array(s.unicodeScalars)
            var out = String.UnicodeScalarView()
            for i in try sliceIndices(lo, hi, st, count: cs.count, loc) { out.append(cs[i]) }
            return .str(String(out))
        case .range(let a, let b, let s):
            return try rangeSlice(a, b, s, lo, hi, st, loc)
        default:
            throw fail("'\(v.typeName)' object is not subscriptable", loc, .typeError)
        }
    }

    /// `range(a, b, s)[lo:hi:st]`, a range as in Python: `slice.indices` on the range's exact
    /// length, mapped through the range (`range(10)[::-1]` is `range(9, -1, -1)`).
    func rangeSlice(_ a: Int64, _ b: Int64, _ s: Int64, _ lo: Value?, _ hi: Value?, _ st: Value?,
                    _ loc: Loc) throws -> Value {
        let (start, stop, step, _) = try sliceBounds(lo, hi, st, count: rangeCountExact(a, b, s), loc)
        let r = (Int128(a) + start * Int128(s), Int128(a) + stop * Int128(s), step * Int128(s))
        guard let x = Int64(exactly: r.0), let y = Int64(exactly: r.1), let z = Int64(exactly: r.2) else {
            throw fail("range slice: a bound does not fit in 64 bits (cfy's ranges are 64-bit)", loc, .overflowError)
        }
        return .range(start: x, stop: y, step: z)
    }

    // MARK: iteration

    /// Calls `body` with each element of `v`; stops early when `body` returns false.
    func iterate(_ v: Value, _ loc: Loc, _ body: (Value) throws -> Bool) throws {
        switch v {
        case .list(let xs), .tuple(let xs):
            for x in xs where !(try body(x)) { return }
        case .str(let s):
            for c in s.unicodeScalars where !(try body(.str(String(c)))) { return }
        case .dict(let d):
            for k in d.liveKeys where !(try body(k)) { return }
        case .set(let s):
            for x in try orderedElements(s, loc) where !(try body(x)) { return }
        case .iter(let it):
            try it.take(body)
        case .range(let a, let b, let s):
            var i = a
            for k in 0..<rangeCount(a, b, s) {
                if k & 0xFFFF == 0xFFFF { try tick(loc) }
                if !(try body(.int(i))) { return }
                i &+= s
            }
        default:
            throw fail("'\(v.typeName)' object is not iterable", loc, .typeError)
        }
    }

    /// All elements of an iterable as an array.
    func elements(_ v: Value, _ loc: Loc) throws -> [Value] {
        switch v {
        case .list(let xs), .tuple(let xs): return xs
        case .range(let a, let b, let s):
            try checkSize((rangeCount(a, b, s), false), loc)
            var out: [Value] = []
            out.reserveCapacity(Int(rangeCount(a, b, s)))
            try iterate(v, loc) { out.append($0); return true }
            return out
        default:
            var out: [Value] = []
            try iterate(v, loc) { out.append($0); return true }
            return out
        }
    }
}
