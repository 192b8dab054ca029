// UnknownNameLint: a `--names` entry that names no args set.

/// `UnknownName`: each wanted name no set has, with the closest existing name.
enum UnknownNameLint {
    static func findings(_ names: [String], _ sets: [Instance], _ source: Source) -> [Diagnostic] {
        let all = sets.map(Checker.setName)
        return names.filter { !all.contains($0) }.map { n in
            Diagnostic("no args set named '\(pyEscaped(n))'" + didYouMean(n, all), at: .none, in: source, kind: .unknownName)
        }
    }
}
