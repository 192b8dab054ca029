// RunOptions: what the command line decides for a whole run, fixed when the session starts.

/// Settings of a run that change what the program computes (not how it is shown).
///
/// ```swift
/// let s = Session(options: RunOptions(overwrite: true))   // `cfy hash --overwrite FILE`
/// ```
public struct RunOptions: Sendable {
    /// `--overwrite`: every args set built gets `overwrite=True` (curifactory's `--overwrite`).
    public var overwrite: Bool
    /// Where `import` reads module files (the file system, or a git revision for `cfy diff`).
    public var files: any SourceFiles

    /// `cfy run FILE FIELD=VALUE`: every args set built (by its constructor) gets these values,
    /// as if they were passed to it.
    public var fields: [(name: String, value: Value)]

    public init(overwrite: Bool = false, fields: [(name: String, value: Value)] = [], files: any SourceFiles = LocalFiles()) {
        self.overwrite = overwrite
        self.fields = fields
        self.files = files
    }
}
