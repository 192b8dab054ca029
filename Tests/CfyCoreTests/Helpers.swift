import CfyCore

/// Runs `code` as the REPL would and returns its stdout text (prints plus echoed values), or
/// "error: MESSAGE" lines for errors.
func repl(_ code: String) -> String {
    let session = Session()
    var out = ""
    for r in session.run(Source(name: "<test>", text: code), echo: true) {
        out += r.output
        if let e = r.error { out += "error: \(e.message)\n" }
    }
    return out
}

/// The first error `code` raises, or nil.
func firstError(_ code: String) -> Diagnostic? {
    Session().run(Source(name: "t.cfy", text: code)).compactMap(\.error).first
}
