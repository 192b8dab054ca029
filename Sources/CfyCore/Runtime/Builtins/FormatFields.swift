// FormatFields: `str.format`, as CPython's Objects/stringlib/unicode_format.h parses it: literal
// text with `{{` and `}}`, replacement fields `{name!conv:spec}` where name is `''` (automatic
// numbering), a number or a keyword, followed by `.attr` and `[key]` lookups (a key of decimal
// digits is an int), and a spec that may itself hold replacement fields (two levels at most).

/// The state of automatic field numbering across one `str.format` call.
private struct AutoNumber {
    enum State { case unset, automatic, manual }
    var state = State.unset
    var next = 0
}

/// One `{...}` field, split: the field name, the conversion, the spec and whether the spec holds
/// nested fields.
private struct MarkupField {
    var name: ArraySlice<Unicode.Scalar>
    var conversion: Unicode.Scalar?
    var spec: ArraySlice<Unicode.Scalar>
    var specNested = false
}

extension Interpreter {
    /// `"...{}...{name:spec}...".format(*args, **kwargs)`.
    func strFormat(_ s: String, _ a: Args, _ l: Loc) throws -> String {
        var auto = AutoNumber()
        return try buildFormat(Array(s.unicodeScalars)[...], a, depth: 2, &auto, l)
    }

    private func buildFormat(_ input: ArraySlice<Unicode.Scalar>, _ a: Args, depth: Int, _ auto: inout AutoNumber,
                             _ l: Loc) throws -> String {
        if depth <= 0 { throw fail("Max string recursion exceeded", l, .valueError) }
        var out: [Unicode.Scalar] = []
        var k = input.startIndex
        let end = input.endIndex
        while k < end {
            // Literal text up to a brace; a doubled brace is one literal brace.
            var c: Unicode.Scalar = "\0"
            let start = k
            var markup = false
            while k < end {
                c = input[k]; k += 1
                if c == "{" || c == "}" { markup = true; break }
            }
            let atEnd = k >= end
            var literalEnd = k
            if markup {
                if c == "}" && (atEnd || input[k] != "}") {
                    throw fail("Single '}' encountered in format string", l, .valueError)
                }
                if atEnd && c == "{" { throw fail("Single '{' encountered in format string", l, .valueError) }
                if input[k] == c { k += 1; markup = false } else { literalEnd -= 1 }
            }
            out.append(contentsOf: input[start..<literalEnd])
            if !markup { continue }
            let field = try parseField(input, &k, l)
            var v = try fieldValue(field.name, a, &auto, l)
            if let conv = field.conversion {
                switch conv {
                case "r": v = .str(try repr(v))
                case "s": v = .str(try str(v))
                case "a": v = .str(try asciiRepr(v))
                default:
                    let shown = conv.value > 32 && conv.value < 127 ? String(Character(conv)) : "\\x" + String(conv.value, radix: 16)
                    throw fail("Unknown conversion specifier \(shown)", l, .valueError)
                }
            }
            let spec = field.specNested ? try buildFormat(field.spec, a, depth: depth - 1, &auto, l)
                                        : String(String.UnicodeScalarView(field.spec))
            out.append(contentsOf: try format(v, spec, l).unicodeScalars)
            if out.count > maxElements { try checkSize(out.count, l) }
        }
        return String(String.UnicodeScalarView(out))
    }

    /// After a field's `{` at `k`: its name, `!conversion` and `:spec`, up to its closing `}`.
    private func parseField(_ s: ArraySlice<Unicode.Scalar>, _ k: inout Int, _ l: Loc) throws -> MarkupField {
        let end = s.endIndex
        let nameStart = k
        var c: Unicode.Scalar = "\0"
        scan: while k < end {
            c = s[k]; k += 1
            switch c {
            case "{": throw fail("unexpected '{' in field name", l, .valueError)
            case "[": while k < end, s[k] != "]" { k += 1 }
            case "}", ":", "!": break scan
            default: break
            }
        }
        var field = MarkupField(name: s[nameStart..<max(nameStart, k - 1)], conversion: nil, spec: s[k..<k])
        if c == "!" || c == ":" {
            if c == "!" {
                guard k < end else { throw fail("end of string while looking for conversion specifier", l, .valueError) }
                field.conversion = s[k]; k += 1
                if k < end {
                    let next = s[k]; k += 1
                    if next == "}" { return field }
                    if next != ":" { throw fail("expected ':' after conversion specifier", l, .valueError) }
                }
            }
            let specStart = k
            var count = 1
            while k < end {
                let d = s[k]; k += 1
                if d == "{" { field.specNested = true; count += 1 }
                else if d == "}" {
                    count -= 1
                    if count == 0 { field.spec = s[specStart..<(k - 1)]; return field }
                }
            }
            throw fail("unmatched '{' in format spec", l, .valueError)
        }
        if c != "}" { throw fail("expected '}' before end of string", l, .valueError) }
        return field
    }

    /// The object a field name denotes: an argument, then each `.attr` and `[key]` lookup.
    private func fieldValue(_ name: ArraySlice<Unicode.Scalar>, _ a: Args, _ auto: inout AutoNumber,
                            _ l: Loc) throws -> Value {
        var k = name.startIndex
        while k < name.endIndex, name[k] != ".", name[k] != "[" { k += 1 }
        let first = name[name.startIndex..<k]
        var index = try formatIndex(first, l)
        if first.isEmpty || index != nil {
            if auto.state == .unset { auto.state = first.isEmpty ? .automatic : .manual }
            if auto.state == .manual && first.isEmpty {
                throw fail("cannot switch from manual field specification to automatic field numbering", l, .valueError)
            }
            if auto.state == .automatic && !first.isEmpty {
                throw fail("cannot switch from automatic field numbering to manual field specification", l, .valueError)
            }
            if first.isEmpty { index = auto.next; auto.next += 1 }
        }
        var v: Value
        if let i = index {
            guard i < a.positional.count else {
                throw fail("Replacement index \(i) out of range for positional args tuple", l, .indexError)
            }
            v = a.positional[i]
        } else {
            let key = String(String.UnicodeScalarView(first))
            guard let kv = a.keyword(key) else { throw fail("'\(key)'", l, .keyError) }
            v = kv
        }
        while k < name.endIndex {
            let c = name[k]; k += 1
            let part: ArraySlice<Unicode.Scalar>
            if c == "." {
                let s = k
                while k < name.endIndex, name[k] != ".", name[k] != "[" { k += 1 }
                part = name[s..<k]
            } else if c == "[" {
                let s = k
                while k < name.endIndex, name[k] != "]" { k += 1 }
                guard k < name.endIndex else { throw fail("Missing ']' in format string", l, .valueError) }
                part = name[s..<k]
                k += 1
            } else {
                throw fail("Only '.' or '[' may follow ']' in format field specifier", l, .valueError)
            }
            if part.isEmpty { throw fail("Empty attribute in format string", l, .valueError) }
            let text = String(String.UnicodeScalarView(part))
            if c == "." { v = try getAttr(v, text, l) }
            else if let i = try formatIndex(part, l) { v = try getItem(v, .int(Int64(i)), l) }
            else { v = try getItem(v, .str(text), l) }
        }
        return v
    }

    /// A field name or key made only of decimal digits, as an index.
    private func formatIndex(_ s: ArraySlice<Unicode.Scalar>, _ l: Loc) throws -> Int? {
        guard !s.isEmpty, s.allSatisfy({ decimalValue($0) != nil }) else { return nil }
        var pos = 0
        return try formatting(l) { try FormatSpec.integer(Array(s), &pos) }
    }
}
