// DuplicateNameLint: two args sets with one name (curifactory requires unique names).

/// `DuplicateName`: a set whose name an earlier set already has.
enum DuplicateNameLint {
    static func findings(_ sets: [Instance], _ source: Source) -> [Diagnostic] {
        var first: [String: Instance] = [:]
        var out: [Diagnostic] = []
        for s in sets {
            let n = Checker.setName(s)
            if let f = first[n] {
                let also = f.origin.map { "\($0.source?.name ?? source.name):\($0.loc.line):\($0.loc.col)" } ?? "another set"
                out.append(Diagnostic("two args sets are named '\(pyEscaped(n))' (the other is made at \(also)): curifactory requires unique names",
                                      at: s.origin?.loc ?? .none, in: s.origin?.source ?? source, kind: .duplicateName))
            } else { first[n] = s }
        }
        return out
    }
}
