// SetSelection: the options that choose and adjust the args sets a command works on, declared
// once for every command that takes them (hash, status, export, check).

import ArgumentParser

/// `--names` and `--overwrite`, as curifactory's experiment runner takes them.
///
/// ```swift
/// struct Hash: ParsableCommand {
///     @OptionGroup var selection: SetSelection     // cfy hash FILE --names base,fast --overwrite
/// }
/// ```
struct SetSelection: ParsableArguments {
    @Option(help: "Only these args sets (comma-separated names; the option may repeat).")
    var names: [String] = []

    @Flag(help: "Set overwrite=True on every args set, as curifactory's --overwrite does.")
    var overwrite = false
}

extension SetSelection {
    /// The names `--names` selects (commas split, blanks dropped), or nil when it was not given.
    var wanted: [String]? { names.isEmpty ? nil : names.flatMap(splitNames) }
}
