// Format: `format(value, spec)`, as each CPython 3.11 type's __format__ does: str, int and bool,
// float; every other type accepts only the empty spec. The spec grammar is in FormatSpec.swift,
// numbers in FormatNumber.swift and FloatDigits.swift, `str.format` fields in FormatFields.swift,
// `%` in PercentFormat.swift.

enum ValueFormat {
    /// `format(v, spec)`; `str` renders values that have no formatter of their own,
    /// `limit` is the longest result cfy builds (its memory guard).
    static func format(_ v: Value, _ spec: String, limit: Int, str: (Value) throws -> String) throws -> String {
        if spec.isEmpty { return try str(v) }
        switch v {
        case .str(let s):
            let f = try FormatSpec(spec, typeName: "str", defaultType: "s", defaultAlign: "<")
            try checkLimit(f, limit)
            return try string(s, f)
        case .float(let d):
            let f = try FormatSpec(spec, typeName: "float", defaultType: nil, defaultAlign: ">")
            try checkLimit(f, limit)
            guard f.type.map({ "eEfFgGn%".unicodeScalars.contains($0) }) ?? true else {
                throw FormatSpec.unknownType(f.type, "float")
            }
            return try NumberFormat.float(d, f)
        default:
            switch v {
            case .int, .bool, .bigint: break
            default: throw FormatFailure("unsupported format string passed to \(v.typeName).__format__", .typeError)
            }
            let f = try FormatSpec(spec, typeName: v.typeName, defaultType: "d", defaultAlign: ">")
            try checkLimit(f, limit)
            switch f.type {
            case "b", "c", "d", "o", "x", "X", "n": return try NumberFormat.integer(v, f, typeName: v.typeName)
            case "e", "E", "f", "F", "g", "G", "%":
                guard let d = try integerToDouble(v) else { throw FormatSpec.unknownType(f.type, v.typeName) }
                return try NumberFormat.float(d, f)
            default: throw FormatSpec.unknownType(f.type, v.typeName)
            }
        }
    }

    /// `format(str, spec)`: only fill, align (not `=`), width and precision apply.
    static func string(_ s: String, _ f: FormatSpec) throws(FormatFailure) -> String {
        guard f.type == "s" else { throw FormatSpec.unknownType(f.type, "str") }
        if f.sign != nil { throw FormatFailure("Sign not allowed in string format specifier") }
        if f.noNegZero { throw FormatFailure("Negative zero coercion (z) not allowed in string format specifier") }
        if f.alternate { throw FormatFailure("Alternate form (#) not allowed in string format specifier") }
        if f.align == "=" { throw FormatFailure("'=' alignment not allowed in string format specifier") }
        var cs = Array(s.unicodeScalars)
        if let p = f.precision, p < cs.count { cs.removeLast(cs.count - p) }
        let padding = max(0, (f.width ?? 0) - cs.count)
        let left = f.align == ">" ? padding : f.align == "^" ? padding / 2 : 0
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(f.fill, count: left))
        out.append(contentsOf: cs)
        out.append(contentsOf: repeatElement(f.fill, count: padding - left))
        return String(out)
    }

    /// Widths and precisions past cfy's memory guard are refused before anything is built.
    static func checkLimit(_ f: FormatSpec, _ limit: Int) throws(FormatFailure) {
        if let p = f.precision, p > Int(Int32.max), f.type.map({ "eEfFgGn%".unicodeScalars.contains($0) }) ?? true {
            throw FormatFailure("precision too big")
        }
        if let w = f.width, w > limit {
            throw FormatFailure("format width \(w) is too large for cfy (limit \(limit) characters)", .memoryError)
        }
        if let p = f.precision, p > limit, f.type != "s" {
            throw FormatFailure("format precision \(p) is too large for cfy (limit \(limit) characters)", .memoryError)
        }
    }
}

extension Interpreter {
    /// `format(v, spec)`, also each f-string and `str.format` field.
    func format(_ v: Value, _ spec: String, _ l: Loc) throws -> String {
        if case .instance(let inst) = v, let f = inst.cls.method("__format__") {     // a class's own __format__
            let r = try call(.method(BoundMethod(receiver: v, name: "__format__", function: f)), Args([.str(spec)]), l)
            guard case .str(let s) = r else { throw fail("__format__ must return a str, not \(r.typeName)", l, .typeError) }
            return s
        }
        if spec.isEmpty { return try str(v) }
        return try formatting(l) { try ValueFormat.format(v, spec, limit: Int(maxElements), str: { try self.str($0) }) }
    }

    /// Runs formatting code, turning its failures into errors at `l`.
    func formatting<T>(_ l: Loc, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as FormatFailure { throw fail(e.message, l, e.kind) }
    }
}
