// CfyCore/IO: the one writer (descriptors and output files), the one reader (special files,
// size caps), directory walking, and the escaping and quoting of text cfy prints.

@testable import CfyCore
import Foundation
import Testing

private func bytes(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

private func mode(_ path: String) -> mode_t {
    var st = stat()
    _ = stat(path, &st)
    return st.st_mode & 0o7777
}

@Suite struct OutputChannelTests {
    @Test func writeErrorsAreKeptNotFatal() throws {
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        defer { close(full) }
        #expect(writeAll(full, Array("x".utf8)) == ENOSPC)
        let ch = OutputChannel(fd: full)
        ch.write("hello\n")
        #expect(ch.flush() == false)
        #expect(ch.error == ENOSPC && ch.errorText == "No space left on device")
        ch.write("more")                                       // dropped, still failed
        #expect(ch.flush() == false)
        let closed = OutputChannel(fd: 987)                    // not open: EBADF, no trap
        closed.write("x")
        #expect(!closed.flush() && closed.error == EBADF)
    }

    @Test func closedPipeIsAnErrorNotASignal() throws {
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        close(fds[0])
        #expect(writeAll(fds[1], Array("x".utf8)) == EPIPE)
        close(fds[1])
    }

    @Test func writesEverything() throws {
        let dir = try temporaryDirectory()
        let fd = open(dir + "/f", O_WRONLY | O_CREAT, 0o644)
        let big = [UInt8](repeating: 0x61, count: 300_000)
        let ch = OutputChannel(fd: fd)
        ch.write(String(decoding: big, as: UTF8.self))
        #expect(ch.flush())
        close(fd)
        #expect(bytes(dir + "/f")?.utf8.count == 300_000)
    }
}

@Suite struct FileWriterTests {
    @Test func regularFileReplacedKeepingMode() throws {
        let dir = try temporaryDirectory()
        try writeFile(dir + "/new.txt", Array("one".utf8))
        #expect(bytes(dir + "/new.txt") == "one")
        chmod(dir + "/new.txt", 0o640)
        try writeFile(dir + "/new.txt", Array("two".utf8))
        #expect(bytes(dir + "/new.txt") == "two" && mode(dir + "/new.txt") == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["new.txt"])   // no temporary left
    }

    @Test func symlinksAreFollowedAndKept() throws {
        let dir = try temporaryDirectory()
        try writeFile(dir + "/real", Array("old".utf8))
        symlink("real", dir + "/link")
        symlink("link", dir + "/link2")                        // a chain
        try writeFile(dir + "/link2", Array("new".utf8))
        #expect(bytes(dir + "/real") == "new")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link2")) == "link")
        symlink("missing", dir + "/dangling")                  // a link to a file still to be made
        try writeFile(dir + "/dangling", Array("made".utf8))
        #expect(bytes(dir + "/missing") == "made")
        symlink("loop", dir + "/loop")
        #expect(throws: FileError.self) { try writeFile(dir + "/loop", []) }
    }

    @Test func refusals() throws {
        let dir = try temporaryDirectory()
        try writeFile(dir + "/a", Array("keep".utf8))
        link(dir + "/a", dir + "/b")
        #expect(throws: FileError.self) { try writeFile(dir + "/b", Array("x".utf8)) }
        #expect(bytes(dir + "/a") == "keep")
        try writeFile(dir + "/ro", Array("keep".utf8))
        chmod(dir + "/ro", 0o444)
        #expect(throws: FileError.self) { try writeFile(dir + "/ro", Array("x".utf8)) }
        #expect(bytes(dir + "/ro") == "keep")
        #expect(throws: FileError.self) { try writeFile(dir, Array("x".utf8)) }               // a directory
        #expect(throws: FileError.self) { try writeFile(dir + "/no/such/f", Array("x".utf8)) }
        mkfifo(dir + "/fifo", 0o644)
        do {
            try writeFile(dir + "/fifo", Array("x".utf8))
            Issue.record("a FIFO without a reader was written")
        } catch {
            #expect(error.description.contains("nothing is reading it"))
        }
    }

    @Test func devicesAreWrittenDirectly() throws {
        try writeFile("/dev/null", Array("x".utf8))
        #expect(throws: FileError.self) { try writeFile("/dev/full", Array("x".utf8)) }
    }
}

@Suite struct FileReaderTests {
    @Test func regularFilesWithinTheLimit() throws {
        let dir = try temporaryDirectory()
        #expect(try readFile(dir + "/missing", limit: 10) == nil)
        try writeFile(dir + "/f", Array("12345".utf8))
        #expect(try readFile(dir + "/f", limit: 5) == Array("12345".utf8))
        do {
            _ = try readFile(dir + "/f", limit: 4)
            Issue.record("read past the limit")
        } catch {
            #expect(error.description == "cannot read '\(dir)/f': it is over the limit of 4 bytes")
        }
        #expect(ReadLimit.source == 16 << 20)
    }

    @Test func specialFilesAreRefusedWithoutBlocking() throws {
        let dir = try temporaryDirectory()
        mkfifo(dir + "/fifo", 0o644)
        for (path, kind) in [(dir + "/fifo", "a FIFO"), ("/dev/zero", "a character device"), (dir, "a directory"),
                             ("/proc/self/environ", "a file of the kernel")] {
            do {
                _ = try readFile(path, limit: 1 << 20)
                Issue.record("\(path) was read")
            } catch {
                #expect(error.description.contains("it is \(kind)"), "\(error)")
            }
        }
        // A stream is allowed where asked for (a script from /dev/stdin), still capped.
        #expect(throws: FileError.self) { try readFile("/dev/zero", limit: 1000, allowStreams: true) }
    }
}

@Suite struct TextOutputTests {
    @Test func escapedAsReprWithoutQuotes() {
        #expect(pyEscaped("base_seed0") == "base_seed0")
        #expect(pyEscaped("it's \"x\"") == "it's \"x\"")
        #expect(pyEscaped("a\nb\tc\r\u{1B}[31m\\") == "a\\nb\\tc\\r\\x1b[31m\\\\")
        #expect(pyEscaped("é\u{202E}\u{85}") == "é\\u202e\\x85")
    }

    @Test func quotedLinesAreCappedAndClean() {
        #expect(quotedLine("x = 1", col: 3) == ("x = 1", 3))
        #expect(quotedLine("a\u{1B}b\tc", col: 1) == ("a\u{FFFD}b\tc", 1))
        let long = String(repeating: "a", count: 1000)
        let (start, c1) = quotedLine(long, col: 5)
        #expect(start.unicodeScalars.count == quotedLineLimit + 1 && start.hasSuffix("…") && c1 == 5)
        let (end, c2) = quotedLine(long + "!", col: 1001)
        #expect(end.hasPrefix("…") && end.hasSuffix("!") && end.unicodeScalars.count == quotedLineLimit + 1)
        #expect(Array(end.unicodeScalars)[c2 - 1] == "!")
    }

    @Test func pythonBracketDepthSkipsStringsAndComments() {
        #expect(pythonBracketDepth("x = [[1], '[[[', \"(\\\"(\"]  # (((\ny = {\n}\n") == (2, 1))
        #expect(pythonBracketDepth("a = 1\nb = '''\n((('''\nc = (((1)))\n") == (3, 4))
    }
}

@Suite struct DirectoryWalkTests {
    @Test func findsFilesAndReportsUnreadableDirectories() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/sub/deeper", withIntermediateDirectories: true)
        for f in ["a.cfy", "b.txt", "sub/c.cfy", "sub/deeper/d.cfy"] { try writeFile(dir + "/" + f, []) }
        symlink(".", dir + "/sub/loop")                        // not followed
        let found = filesUnder(dir, suffix: ".cfy")
        #expect(found.files == ["a.cfy", "sub/c.cfy", "sub/deeper/d.cfy"] && found.problems.isEmpty)
        mkfifo(dir + "/sub/fifo.cfy", 0o644)
        let withFifo = filesUnder(dir, suffix: ".cfy")
        #expect(withFifo.files.count == 3 && withFifo.problems.map(\.description)
                == ["cannot read '\(dir)/sub/fifo.cfy': it is a FIFO, not a regular file"])
        let missing = filesUnder(dir + "/nope", suffix: ".cfy")
        #expect(missing.files.isEmpty && missing.problems.count == 1)
    }
}
