// cfy-fuzz: the libFuzzer target. Each input is a file's bytes: decode, parse, run as the REPL
// would (echoing every expression's repr), then hash and lint every args set it defines, and
// render every diagnostic. Built only by scripts/fuzz (CFY_FUZZ=1, `-sanitize=fuzzer`).
//
// Bounds, so that no input can hang or exhaust the fuzzer: a step limit (loop iterations and
// calls), a memory guard (no single string, list or repr over `maxElements`), the recursion
// limit, and a thread with a large stack as `cfy run` has.

import CfyCore
#if canImport(Glibc)
import Glibc
#endif

/// Steps per input: enough for real scripts, little enough that every input ends in milliseconds.
let stepLimit = 200_000
/// Elements (or bytes) per value: a 100k-element list is ~3 MB.
let elementLimit: Int64 = 100_000

/// libFuzzer's driver (SwiftPM gives the executable its own `main`, so we start libFuzzer ourselves).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    onBigStack { runOne(bytes) }
    return 0
}

func runOne(_ bytes: [UInt8]) {
    let source: Source
    switch decodeSource(bytes, name: "<fuzz>", directory: nil) {
    case .failure(let d): _ = d.render(color: false); return
    case .success(let s): source = s
    }
    let session = Session()
    session.interpreter.stepLimit = stepLimit
    session.interpreter.maxElements = elementLimit
    session.interpreter.maxDepth = 200
    var sink = 0
    session.interpreter.output = { sink &+= $0.utf8.count }
    session.interpreter.warn = { sink &+= $0.render(color: true).utf8.count }
    // As `cfy test` and the REPL do: every statement runs, an error does not stop the rest.
    switch Parser.parse(source) {
    case .failure(let d): sink &+= d.render(color: false).utf8.count
    case .success(let program):
        for stmt in program.statements {
            let r = session.execute(stmt, source: source, echo: true)
            if let e = r.error { sink &+= e.render(color: false).utf8.count }
            sink &+= r.output.utf8.count
        }
    }
    // The params-file paths: the args sets, their hashes and dry dicts.
    if let sets = try? session.argsSets(source: source) {
        for s in sets.prefix(50) {
            sink &+= ((try? session.hash(s)) ?? "").utf8.count
            if let d = try? session.dry(s) { sink &+= ((try? session.repr(.dict(d))) ?? "").utf8.count }
        }
    }
    if sink == -1 { print(sink) }   // keep the work observable
}

/// Runs `body` on a fresh thread with a 256 MiB stack (as `cfy run` runs on a large one).
func onBigStack(_ body: @escaping () -> Void) {
    #if canImport(Glibc)
    final class Box { let f: () -> Void; init(_ f: @escaping () -> Void) { self.f = f } }
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    pthread_attr_setstacksize(&attr, 256 << 20)
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var tid = pthread_t()
    let rc = pthread_create(&tid, &attr, { arg in
        guard let arg else { return nil }
        let b = Unmanaged<Box>.fromOpaque(arg).takeRetainedValue()
        b.f()
        return nil
    }, box)
    if rc != 0 { Unmanaged<Box>.fromOpaque(box).release(); body(); return }
    pthread_join(tid, nil)
    #else
    body()
    #endif
}
