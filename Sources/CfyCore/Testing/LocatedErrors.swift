// LocatedErrors: the `#=> error: LINE:COL: MESSAGE` form of a script test, which states an error
// as `cfy run` reports it: its place, the quoted source line and the caret (and any "called from"
// lines), so that a bad-input test checks the whole diagnostic. An error placed in another file
// (a module the test imports) is `#=> error: PATH:LINE:COL: MESSAGE`, PATH relative to the test's
// own directory, so that the test passes from any working directory.

import Foundation

extension ScriptTest {
    /// A file asks for located errors when one of its expected lines is `error: LINE:COL: ...`;
    /// every error of that file is then shown in full (`locatedLines`), else as `error: MESSAGE`.
    static func expectsLocatedErrors(_ blocks: [ExpectationBlock]) -> Bool {
        blocks.contains { $0.expected.contains(where: isLocatedError) }
    }

    static func isLocatedError(_ line: String) -> Bool {
        guard line.hasPrefix("error: ") else { return false }
        var body = line.dropFirst(7)
        // `error: models/knn.py:3:5: ...`: a place in another file.
        if let r = body.range(of: ".py:") ?? body.range(of: ".cfy:"), !body[..<r.lowerBound].contains(" ") {
            body = body[r.upperBound...]
        }
        let rest = body.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        return rest.count == 3 && rest[0].allSatisfy(\.isASCII) && rest[0].allSatisfy(\.isNumber) && !rest[0].isEmpty
            && rest[1].allSatisfy(\.isASCII) && rest[1].allSatisfy(\.isNumber) && !rest[1].isEmpty
            && rest[2].hasPrefix(" ")
    }

    /// The diagnostic exactly as `cfy run FILE` prints it (without colour), with the test's own
    /// file name (`file`) left out where it places something, so that the test passes whatever
    /// path it is run by: the first line `FILE:LINE:COL: error: MESSAGE` is written
    /// `error: LINE:COL: MESSAGE`, a line `  called from FILE:LINE:COL in NAME` is written
    /// `  called from LINE:COL in NAME`. A place in another file keeps its name.
    static func locatedLines(_ d: Diagnostic, file: String) -> [String] {
        var lines = d.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let own = "\(file):\(d.loc.line):\(d.loc.col): error: "
        let other = d.source.map { "\($0.name):\(d.loc.line):\(d.loc.col): error: " }
        if d.loc.line > 0, lines[0].hasPrefix(own) {
            lines[0] = "error: \(d.loc.line):\(d.loc.col): " + lines[0].dropFirst(own.count)
        } else if d.loc.line > 0, let other, let name = d.source?.name, lines[0].hasPrefix(other) {
            lines[0] = "error: \(placeName(name, test: file)):\(d.loc.line):\(d.loc.col): " + lines[0].dropFirst(other.count)
        } else {
            lines[0] = "error: " + lines[0]
        }
        let caller = "  called from "
        for i in lines.indices.dropFirst() where lines[i].hasPrefix(caller) {
            let rest = lines[i].dropFirst(caller.count)
            guard let inName = rest.range(of: " in ") else { continue }
            var place = rest[..<inName.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard place.count >= 3 else { continue }
            let lineCol = place.suffix(2).joined(separator: ":")
            place.removeLast(2)
            let path = place.joined(separator: ":")
            let shown = path == file ? lineCol : placeName(path, test: file) + ":" + lineCol
            lines[i] = caller + shown + rest[inName.lowerBound...]
        }
        return lines
    }

    /// `path` (as diagnostics name it: relative to the working directory, or absolute) relative to
    /// the directory of the test file `test`, when it lies under it; else as it is.
    static func placeName(_ path: String, test: String) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        func absolute(_ p: String) -> String { URL(fileURLWithPath: p, relativeTo: cwd).standardizedFileURL.path }
        let dir = URL(fileURLWithPath: absolute(test)).deletingLastPathComponent().path + "/"
        let abs = absolute(path)
        return abs.hasPrefix(dir) ? String(abs.dropFirst(dir.count)) : path
    }

    /// The test of a file that does not parse or decode: with located errors expected, the
    /// diagnostic is the whole output, held by the first block (any later block expects nothing
    /// more and fails); otherwise the file fails with the diagnostic as its problem.
    /// `rewritable` is false when the file's text is not what is on disk (invalid UTF-8), so
    /// that `--update` leaves it alone.
    static func unparsed(_ d: Diagnostic, text: String, file: String, rewritable: Bool, firstLine: Int = 1) -> [ScriptTestCase] {
        let blocks = blocks(in: text, firstLine: firstLine)
        guard expectsLocatedErrors(blocks) else {
            return [ScriptTestCase(line: d.loc.line, problem: d.description, expected: [], actual: [], passed: false)]
        }
        var cases: [ScriptTestCase] = []
        for (i, b) in blocks.enumerated() {
            let actual = i == 0 ? locatedLines(d, file: file) : []
            let passed = matches(b.expected, actual)
            let problem = "the output differs, and --update does not rewrite a file that is not valid UTF-8"
            cases.append(ScriptTestCase(line: b.firstLine, problem: passed || rewritable ? nil : problem,
                                        expected: b.expected, actual: actual, passed: passed))
        }
        return cases
    }

    /// The test of a file that cannot be decoded (invalid UTF-8, a NUL byte) and expects located
    /// errors: `bytes` are its contents, `d` the error `cfy run` reports for it. Nil when the file
    /// expects no located error (it then fails as an unreadable file).
    public static func undecodable(_ d: Diagnostic, bytes: [UInt8], file: String) -> [ScriptTestCase]? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard expectsLocatedErrors(blocks(in: text)) else { return nil }
        return unparsed(d, text: text, file: file, rewritable: false)
    }
}
