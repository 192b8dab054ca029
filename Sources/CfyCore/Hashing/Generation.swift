// Generation: the two generations of curifactory's parameter-set API.

/// The two generations of curifactory's parameter-set API. The hashes are identical; only the
/// names and the dry labels (Labels.swift) differ.
///
/// ```swift
/// Generation.experimentArgs.hashMethod         // "args_hash"   (curifactory 0.13)
/// Generation.experimentParameters.hashMethod   // "params_hash" (curifactory 0.15 and later)
/// ```
public enum Generation: String, Sendable, CaseIterable {
    /// `ExperimentArgs` and `args_hash(dry)`, as in curifactory 0.13.2.
    case experimentArgs
    /// `ExperimentParameters` and `params_hash(dry)`, as in curifactory 0.15 to 0.20.
    case experimentParameters

    /// The built-in base class.
    public var baseName: String { self == .experimentArgs ? "ExperimentArgs" : "ExperimentParameters" }
    /// The hashing method of the base class.
    public var hashMethod: String { self == .experimentArgs ? "args_hash" : "params_hash" }
}
