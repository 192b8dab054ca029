public struct Program: Sendable { public var statements: [Stmt]; public var endLines: [Int] }
public enum ParseOutcome: Sendable { case complete(Program), incomplete, failure(Diagnostic) }
public enum Parser {
    public static func parse(_ source: Source) -> Result<Program, Diagnostic> { .failure(Diagnostic("stub", at: .none, in: source)) }
    public static func parseInteractive(_ source: Source) -> ParseOutcome { .incomplete }
}
public func decodeSource(_ bytes: [UInt8], name: String, directory: String?) -> Result<Source, Diagnostic> {
    .success(Source(name: name, text: String(decoding: bytes, as: UTF8.self), directory: directory))
}
