// A plain line-by-line session (the libedit REPL replaces it when stdin is a terminal).

import CfyCore
import Foundation

struct REPLLite {
    func run() -> Int32 {
        let tty = isatty(0) == 1
        let session = makeSession()
        var buffer = ""
        var entry = 0
        if tty { out("cfy \(cfyVersion) — :quit to exit\ncfy> "); flushOut() }
        while let line = readLine(strippingNewline: true) {
            if buffer.isEmpty {
                let t = line.trimmingCharacters(in: .whitespaces)
                if t == ":quit" || t == ":q" { break }
            }
            buffer += line + "\n"
            entry += 1
            let src = Source(name: "<stdin>", text: buffer)
            switch Parser.parseInteractive(src) {
            case .incomplete:
                if tty { out("...> "); flushOut() }
                continue
            case .failure(let d):
                report(d)
            case .complete(let program):
                for stmt in program.statements {
                    let r = session.execute(stmt, source: src, echo: true)
                    if let e = r.echo { out(e) }
                    if let e = r.error { report(e); break }
                }
            }
            buffer = ""
            if tty { out("cfy> ") }
            flushOut()
        }
        if !buffer.isEmpty, case .failure(let d) = Parser.parse(Source(name: "<stdin>", text: buffer)) { report(d); return 1 }
        if tty { out("\n") }
        return 0
    }
}
