// CfyPrinterText: literals as `.cfy` source — ints in decimal, floats as repr (exact: repr
// round-trips), strings with cfy's escapes (language.md, "Values"), f-strings with their fields.

extension CfyPrinter {
    func literal(_ lit: Literal, _ l: Loc) throws -> (String, Int) {
        switch lit {
        case .none: return ("None", Prec.atom)
        case .bool(let b): return (b ? "True" : "False", Prec.atom)
        case .int(let n): return (String(n), n < 0 ? Prec.unary : Prec.atom)
        case .bigint(let b):
            guard let text = b.decimal else { throw PrintError(message: "an int literal too long to write", loc: l) }
            return (text, text.hasPrefix("-") ? Prec.unary : Prec.atom)
        case .float(let d):
            if d.isNaN { return ("float(\"nan\")", Prec.postfix) }
            if d.isInfinite { return (d < 0 ? "-float(\"inf\")" : "float(\"inf\")", d < 0 ? Prec.unary : Prec.postfix) }
            return (pyFloatRepr(d), d.sign == .minus ? Prec.unary : Prec.atom)
        case .str(let s): return (stringLiteral(s), Prec.atom)
        }
    }

    /// A string literal: double quotes (single ones when the text holds `"` and no `'`, and
    /// always inside an f-string's field), escapes for the quote, `\`, and what is not printable.
    func stringLiteral(_ s: String) -> String {
        let q: Character = inFString || (s.contains("\"") && !s.contains("'")) ? "'" : "\""
        return String(q) + escaped(s, quote: q, braces: false) + String(q)
    }

    /// `s` with `\`, the quote and non-printable code points escaped (and `{` `}` doubled in an
    /// f-string's text), as every literal cfy writes (Repr/StringRepr.swift).
    func escaped(_ s: String, quote: Character, braces: Bool) -> String {
        pyLiteralBody(s, quote: quote.unicodeScalars.first ?? "\"", braces: braces)
    }

    /// `f"text {expr!r:spec}"`; a field's expression is written in parentheses unless it is a
    /// plain name, attribute, call or subscript, so `:` `!` and `{` inside it stay its own.
    func fstring(_ parts: [FStringPart], _ l: Loc) throws -> String {
        if inFString { throw PrintError(message: "cfy convert cannot write an f-string inside an f-string's field", loc: l) }
        return "f\"" + (try fstringBody(parts)) + "\""
    }

    private func fstringBody(_ parts: [FStringPart]) throws -> String {
        var inner = self
        inner.inFString = true
        var out = ""
        for p in parts {
            switch p {
            case .text(let t): out += escaped(t, quote: "\"", braces: true)
            case .expr(let e, let conversion, let spec, let debugText):
                var text: String
                switch e {
                case .name, .attribute, .call, .index, .literal(.int, _), .literal(.str, _): text = try inner.expr(e, Prec.postfix)
                default: text = "(" + (try inner.expr(e)) + ")"
                }
                if let debugText {
                    // `{x=}`: the text before the value is what was written; keep it when it is
                    // what the expression prints as.
                    var written = Substring(debugText)
                    while written.last == " " || written.last == "=" { written.removeLast() }
                    if written == text {
                        text = debugText
                    } else {
                        throw PrintError(message: "cfy convert cannot write this `{...=}` f-string field", loc: e.loc)
                    }
                }
                out += "{" + text
                if let conversion { out += "!" + String(conversion) }
                if let spec { out += ":" + (try fstringBody(spec)) }
                out += "}"
            }
        }
        return out
    }
}
