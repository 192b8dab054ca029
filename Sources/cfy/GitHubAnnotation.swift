// GitHubAnnotation: one GitHub Actions workflow command (`::error file=F,line=L,col=C::MESSAGE`),
// as `cfy check --format github` and `cfy diff --format github` print them, escaped as the
// runner reads them: `%`, CR and LF in the message; also `:` and `,` in a property.

struct GitHubAnnotation {
    /// `error`, `warning` or `notice`.
    var level: String
    var message: String
    var file: String?
    var line: Int?
    var col: Int?

    /// The command as one line, ending in a newline.
    var text: String {
        var props: [String] = []
        if let file { props.append("file=" + Self.escapedProperty(file)) }
        if file != nil, let line { props.append("line=\(line)") }
        if file != nil, line != nil, let col { props.append("col=\(col)") }
        return "::\(level)\(props.isEmpty ? "" : " " + props.joined(separator: ","))::\(Self.escaped(message))\n"
    }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapedProperty(_ s: String) -> String {
        escaped(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
