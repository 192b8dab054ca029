import CfyCore

/// Runs `code` as the REPL would and returns its stdout text (prints plus echoed values), or
/// "error: MESSAGE" lines for errors.
func repl(_ code: String) -> String {
    let session = Session()
    var out = ""
    for r in session.run(Source(name: "<test>", text: code), echo: true) {
        out += r.output
        if let e = r.error { out += "error: \(e.message)\n" }
    }
    return out
}

/// The first error `code` raises, or nil.
func firstError(_ code: String) -> Diagnostic? {
    Session().run(Source(name: "t.cfy", text: code)).compactMap(\.error).first
}

import Foundation

/// Runs `body` on a thread with a 512 MiB stack, as the CLI runs the interpreter.
func onBigStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let t = Thread {
        let v = body()
        box.lock.lock(); box.value = v; box.lock.unlock()
        done.signal()
    }
    t.stackSize = 512 << 20
    t.start()
    done.wait()
    box.lock.lock(); defer { box.lock.unlock() }
    guard let v = box.value else { return body() }
    return v
}

private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
    let lock = NSLock()
}
