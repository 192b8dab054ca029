// Reload: `:reload`, `:autoreload on|off`, and autoreload's check before each input. The files
// run with `:load` run again, in order; an imported module whose file changed on disk runs again
// in the namespace it has (Python's importlib.reload), so the session's other bindings stay.

@preconcurrency import Glibc
import CfyCore
import Foundation

/// One version of a file on disk: its modification time, size and inode (an editor that saves by
/// renaming a new file over the old one changes the inode).
struct FileStamp: Equatable {
    var seconds: Int
    var nanoseconds: Int
    var size: Int64
    var inode: UInt64

    /// The stamp of the file at `path` now; nil when it cannot be read (gone).
    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        seconds = st.st_mtim.tv_sec
        nanoseconds = st.st_mtim.tv_nsec
        size = Int64(st.st_size)
        inode = UInt64(st.st_ino)
    }
}

/// The files a session has read — those run with `:load`, in order, and the modules it imported —
/// each with the stamp it had when read.
struct Reloader {
    /// Reload changed files before each input (`:autoreload on|off`).
    var autoreload: Bool
    /// The files run with `:load`, first loaded first: as typed (for messages) and as opened.
    private(set) var loaded: [(shown: String, path: String)] = []
    private var stamps: [String: FileStamp?] = [:]

    init(autoreload: Bool) { self.autoreload = autoreload }

    /// `:load` is about to read `path`: remember it (once) and its stamp now.
    mutating func noteLoad(shown: String, path: String) {
        if !loaded.contains(where: { $0.path == path }) { loaded.append((shown, path)) }
        stamps[path] = FileStamp(path)
    }

    /// Stamps the module files not seen before (after a statement that may have imported some).
    mutating func noteImports(_ files: [String]) {
        for f in files where stamps[f] == nil { stamps[f] = FileStamp(f) }
    }

    /// Takes the stamp of `path` again (before it runs again: a change while it runs shows next time).
    mutating func restamp(_ path: String) { stamps[path] = FileStamp(path) }

    /// The module files among `files` and the loaded files whose stamp changed; a file that is gone
    /// is listed in `gone` (and not reloaded: what it defined stays).
    func changes(_ files: [String]) -> (modules: [String], loaded: [String], gone: [String]) {
        var modules: [String] = [], changedLoads: [String] = [], gone: [String] = []
        var seen = Set<String>()
        for f in files + loaded.map(\.path) where seen.insert(f).inserted {
            guard let old = stamps[f] else { continue }
            let now = FileStamp(f)
            if now == old { continue }
            if now == nil { gone.append(f) } else if files.contains(f) { modules.append(f) } else { changedLoads.append(f) }
        }
        return (modules, changedLoads, gone)
    }

    /// Forgets the files that are gone (so each is reported once).
    mutating func forget(_ files: [String]) { for f in files { stamps[f] = .some(nil) } }
}

extension REPL {
    /// `:reload`: imported modules whose file changed run again in place, then every file run
    /// with `:load` runs again, in order.
    func reload(_ arg: String) {
        guard arg.isEmpty else { commandError(":reload takes no arguments (got '\(arg)'); it reloads every file"); return }
        let files = session.importedFiles
        guard !files.isEmpty || !reloader.loaded.isEmpty else {
            out("nothing to reload: no file was run with :load or imported\n")
            return
        }
        let c = reloader.changes(files)
        reportGone(c.gone)
        reloadFiles(c.modules)
        if c.modules.isEmpty && reloader.loaded.isEmpty { out("no imported file changed on disk\n") }
    }

    /// `:autoreload on|off` (no argument: says which).
    func setAutoreload(_ arg: String) {
        switch arg {
        case "on": reloader.autoreload = true
        case "off": reloader.autoreload = false
        case "": break
        default:
            commandError("usage: :autoreload on|off (got '\(arg)')")
            return
        }
        out("autoreload is \(reloader.autoreload ? "on" : "off"): files loaded with :load or imported "
            + (reloader.autoreload ? "are reloaded before an input when they changed on disk" : "are reloaded only by :reload") + "\n")
    }

    /// With autoreload on, before an input: when a file run with `:load` or imported changed on
    /// disk, a note on stderr, then what `:reload` does.
    func autoreloadIfChanged() {
        guard reloader.autoreload else { return }
        let c = reloader.changes(session.importedFiles)
        reportGone(c.gone)
        guard !c.modules.isEmpty || !c.loaded.isEmpty else { return }
        let names = (c.modules + c.loaded).map(shownPath).joined(separator: ", ")
        let again = reloader.loaded.filter { FileStamp($0.path) != nil }.map(\.shown)
        let rerun = again.isEmpty ? "" : "; running " + again.joined(separator: ", ") + " again"
        err(Style(enabled: useColor(2)).dim("autoreload: \(names) changed on disk; reloading" + rerun) + "\n")
        reloadFiles(c.modules, quiet: true)
    }

    /// Runs the changed modules again (first imported first), then every loaded file; `quiet`:
    /// without a line for each (autoreload's note named them), only their output and errors.
    private func reloadFiles(_ modules: [String], quiet: Bool = false) {
        for path in modules {
            reloader.restamp(path)
            log.noteReload(shownPath(path))
            clearInterrupt()
            if let d = session.reloadModule(path) { fail(d) } else if !quiet { out(style.dim("reloaded module \(shownPath(path))") + "\n") }
        }
        for f in reloader.loaded where FileStamp(f.path) != nil { load(f.shown, again: true, quiet: quiet) }
        reloader.noteImports(session.importedFiles)
        flushOut()
    }

    private func reportGone(_ files: [String]) {
        guard !files.isEmpty else { return }
        for f in files {
            err(style.dim("\(shownPath(f)) is gone; what it defined stays") + "\n")
        }
        reloader.forget(files)
    }

    /// A path relative to the current directory when inside it.
    func shownPath(_ path: String) -> String { SessionLog.shown(path) }
}
