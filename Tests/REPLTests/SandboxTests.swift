// No builtin runs a program or opens a socket.
//
// Two proofs: the runtime's source never names a process or network API, and (where strace is
// installed) every builtin and builtin method, called with many argument shapes (command lines
// and addresses among them), makes no execve, fork or socket system call.

import CfyCore
import Foundation
import Testing

@Suite struct SandboxTests {
    /// What running a program or opening a connection takes, in Swift, Foundation or libc.
    static let forbidden = ["Process(", "Process.run", "posix_spawn", "execv", "execl", "fork(", "vfork",
                            "system(", "popen(", "socket(", "connect(", "URLSession", "URLRequest", "NWConnection",
                            "getaddrinfo", "gethostbyname", "dlopen", "NSTask", "Pipe()", "FileHandle(forWriting"]

    @Test func runtimeSourceNamesNoProcessOrNetworkAPI() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CfyCore")
        let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        for f in files {
            let text = try String(contentsOfFile: root.appendingPathComponent(f).path, encoding: .utf8)
            for api in Self.forbidden { #expect(!text.contains(api), "Sources/CfyCore/\(f) uses \(api)") }
        }
    }

    /// Every builtin and method with argument shapes a hostile script would try.
    static func hostileScript() -> String {
        let shapes = ["", "'ls'", "'/bin/sh', '-c', 'touch pwned'", "['/bin/sh', '-c', 'id']", "'127.0.0.1', 80",
                      "('example.com', 443)", "1", "1, 2", "'a', 'b', 'c'", "None", "{'host': 'x'}", "range(3)",
                      "lambda x: x", "'https://example.com'", "-1", "[1, 2], key=len", "sep='-'"]
        var lines: [String] = []
        for name in Interpreter().builtinNames.sorted() {
            for s in shapes { lines.append("\(name)(\(s))") }
        }
        let receivers = ["str": "'a b'", "list": "[3, 1]", "dict": "{'k': 1}", "tuple": "(1, 2)", "int": "5", "float": "2.5"]
        for (type, methods) in builtinMethodNames.sorted(by: { $0.key < $1.key }) {
            guard let r = receivers[type] else { continue }
            for m in methods { for s in shapes.prefix(6) { lines.append("\(r).\(m)(\(s))") } }
        }
        lines.append("class A(ExperimentArgs) { x: int = 1 }")
        lines.append("import os")
        lines.append("from subprocess import run")
        lines.append("A().args_hash()")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func builtinsMakeNoProcessOrSocketCalls() throws {
        let strace = "/usr/bin/strace"
        guard FileManager.default.isExecutableFile(atPath: strace) else { return }   // proof 1 still holds
        let dir = try temporaryDirectory()
        try Self.hostileScript().write(toFile: dir + "/hostile.cfy", atomically: true, encoding: .utf8)
        let log = dir + "/trace"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: strace)
        p.arguments = ["-f", "-qq", "-o", log, "-e", "trace=execve,execveat,fork,vfork,socket,connect", try cfyBinary()]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let input = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data(Self.hostileScript().utf8))
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        let trace = try String(contentsOfFile: log, encoding: .utf8)
        let calls = trace.split(separator: "\n").filter { !$0.contains("+++") && !$0.contains("---") }
        #expect(calls.filter { $0.contains("execve(") }.count == 1, "\(calls)")       // cfy itself, started by strace
        #expect(!calls.contains { $0.contains("socket(") || $0.contains("connect(") || $0.contains("fork(") }, "\(calls)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/pwned"))
    }
}

/// A script cannot write outside the registry directory it was given: whatever its sets are
/// named, `cfy hash --registry DIR` creates, renames or removes files only in DIR, and `cfy run`
/// writes no file at all.
@Suite struct WriteSandboxTests {
    static let writes = "trace=openat,open,creat,rename,renameat,renameat2,mkdir,mkdirat,unlink,unlinkat,"
        + "link,linkat,symlink,symlinkat,truncate,chmod,fchmodat"

    /// The paths a traced run wrote to (opened for writing, created, renamed, removed).
    func writtenPaths(_ args: [String], in dir: String) throws -> [String] {
        let log = dir + "/../trace-\(UUID().uuidString)"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        p.arguments = ["-f", "-qq", "-o", log, "-e", Self.writes, try cfyBinary()] + args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let trace = try String(contentsOfFile: log, encoding: .utf8)
        var paths: [String] = []
        for line in trace.split(separator: "\n") where !line.contains("O_RDONLY") && !line.contains("ENOENT") {
            // Every quoted path argument of the call.
            let parts = line.split(separator: "\"")
            for (k, part) in parts.enumerated() where k % 2 == 1 { paths.append(String(part)) }
        }
        return paths
    }

    @Test func hashWritesOnlyInTheRegistry() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else { return }
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/reg", withIntermediateDirectories: true)
        let script = """
            class A(ExperimentArgs) { x: int = 0; path: str = "../../etc/passwd" }
            sets = [A(name="../../escape", x=1), A(name="/tmp/abs_escape", x=2), A(name="..", x=3),
                    A(name="reg/../../x", x=4), A(name="a\\nb", x=5), A(name="\\u0000", x=6)]
            def get_params() { return sets }
            """
        try script.write(toFile: dir + "/h.cfy", atomically: true, encoding: .utf8)
        let paths = try writtenPaths(["hash", "h.cfy", "--registry", "reg"], in: dir)
        #expect(!paths.isEmpty, "the registry was not written")
        for p in paths {
            let full = p.hasPrefix("/") ? p : dir + "/" + p
            let resolved = URL(fileURLWithPath: full).standardizedFileURL.path
            #expect(resolved.hasPrefix(dir + "/reg/"), "wrote \(p)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(files == ["h.cfy", "reg"], "\(files)")
    }

    @Test func runWritesNothing() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else { return }
        let dir = try temporaryDirectory()
        try "x = [1] * 10\nprint(repr(x))\nimport missing_module\n".write(toFile: dir + "/r.cfy", atomically: true, encoding: .utf8)
        let paths = try writtenPaths(["run", "r.cfy"], in: dir)
        #expect(paths.isEmpty, "\(paths)")
    }
}
