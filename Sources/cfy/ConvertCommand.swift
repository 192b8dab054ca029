// cfy convert FILE.py [-o FILE.cfy]: a params or experiment file written as one `.cfy` file with
// the same args sets and hashes (Convert/ in CfyCore; docs/python.md, "cfy convert").

import ArgumentParser
import CfyCore
import Foundation

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write a curifactory .py params or experiment file as a .cfy file with the same hashes.",
        discussion: """
            The file's args classes, get_params() and the helper code they use are translated into \
            .cfy syntax (loops, functions, replace/deepcopy calls and __post_init__ kept); definitions \
            imported from the project's own modules are inlined, so the output stands alone. Stage \
            functions, run(), opaque imports (numpy, sklearn, curifactory's stages...) and the \
            `if __name__ == "__main__":` block are left out, and the header names what was left out. \
            What the sets need but .cfy cannot express is an error at its line, and nothing is written. \
            Before anything is written, the .cfy text is run and every set's name, hash and dry labels \
            are compared with the original's. Without -o the text goes to stdout. A .cfy file is \
            accepted too (for round trips through `cfy export --python`).
            """
    )

    @ArgumentParser.Argument(help: "The .py (or .cfy) file.", completion: .file(extensions: ["py", "cfy"]))
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "FILE"))
    var output: String?

    func run() throws {
        try withScript(file) { src in
            guard let none = try? SetSelection.parse([]), let pf = ParamsFile.load(src, none) else { return 1 }
            return reporting(pf.source) {
                let dir = src.directory ?? FileManager.default.currentDirectoryPath
                let converter = Converter(mainDirectory: dir)
                let text = try converter.convert(src)
                try converter.verify(text, of: src, sets: pf.sets, session: pf.session)
                guard let output else { out(text); return 0 }
                try checkTarget(output, inputs: [file] + converter.files)
                do { try writeFile(output, Array(text.utf8)) } catch { throw Diagnostic.file(output, "\(error)") }
                return 0
            }
        }
    }

    /// `-o` never replaces a symlink, a directory or a file the conversion read (the standard
    /// streams, `/dev/stdout` and the like, are written as `export -o` writes them).
    func checkTarget(_ path: String, inputs: [String]) throws {
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/self/fd/") { return }
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFLNK { throw Diagnostic.file(path, "cfy convert does not write through a symlink") }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw Diagnostic.file(path, "is a directory") }
        for input in inputs {
            var inSt = stat()
            if stat(input, &inSt) == 0, inSt.st_dev == st.st_dev, inSt.st_ino == st.st_ino {
                throw Diagnostic.file(path, "is \(input == file ? "the input file" : "a file the conversion reads (\(input))"); "
                                      + "cfy convert does not overwrite it")
            }
        }
    }
}
