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

    public init(overwrite: Bool = false, files: any SourceFiles = LocalFiles()) {
        self.overwrite = overwrite
        self.files = files
    }
}
