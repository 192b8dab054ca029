// Help: the text of `:help` and `:help TOPIC` (a builtin's: from its declaration, BuiltinDecl.swift).

import CfyCore

/// Help texts for the REPL.
enum MetaCommands {
    static let helpTopics = ["help", "vars", "dry", "diff", "hash", "load", "reload", "autoreload", "save", "reset", "quit", "keys", "language"]

    /// The text for a topic ("" or a command name with or without its colon, or a builtin's name);
    /// nil when unknown.
    static func help(_ topic: String) -> String? {
        let t = topic.hasPrefix(":") ? String(topic.dropFirst()) : topic
        switch t {
        case "", "help", "commands": return overview
        case "vars": return "  :vars         every variable: name, type and a short value\n"
        case "dry": return dry
        case "diff": return diff
        case "hash":
            return "  :hash X       X.args_hash(); for a list of args sets, one line each: name, hash, overwrite\n"
                + (builtinDoc(t).map { "  \($0.signature)\n      \($0.doc)\n" } ?? "")
        case "load": return """
              :load FILE    run FILE in this session, as if its statements were typed (values are echoed);
                            it stops at the first error. Tab completes the path.

            """
        case "reload": return """
              :reload       run again every file :load ran, in order; before that, every imported
                            module whose file changed on disk runs again in its own namespace
                            (Python's importlib.reload): the other variables stay; objects made
                            before keep their old class, as in Python.

            """
        case "autoreload": return """
              :autoreload on|off
                            before each input, reload (as :reload does) when a file run with :load
                            or imported changed on disk, with a note on stderr. On by default at a
                            terminal, off when input is piped. No argument: say which.

            """
        case "save": return save
        case "reset": return "  :reset        forget every variable and the statements :save would write (history stays)\n"
        case "quit", "q", "exit": return "  :quit         leave (so does Ctrl-D on an empty line); exit status 0\n"
        case "keys": return keys
        case "language": return language
        default:
            // A builtin function or method (`len`, `str.upper`): its declaration's signature and doc.
            return builtinDoc(t).map { "  \($0.signature)\n      \($0.doc)\n" }
        }
    }

    static let overview = """
        Type cfy statements; an expression's value is printed (and kept in _). A statement goes on
        over several lines while a bracket or brace is open. Commands:

          :help [TOPIC]  this text, or more on a command or on: keys, language
          :vars          the variables: name, type, short value
          :dry X         how X's hash is made: per field its strategy, representation, whether it counts
          :diff A B      the fields where A and B differ, whether each changes the hash and why
          :hash X        X.args_hash() (or one line per set of a list)
          :load FILE     run a .cfy file in this session
          :reload        run the :load files again, and changed imported modules
          :autoreload    on|off: reload changed files before each input (on at a terminal)
          :save FILE     write the session as a script that `cfy test` replays
          :reset         start again with no variables
          :quit          leave (or Ctrl-D)

        Tab completes names, fields after `x.`, field names inside `Args(`, commands and paths.
        Ctrl-C cancels the line being typed, or stops a running statement.

        """

    static let dry = """
          :dry X        a table of X.args_hash(dry=True), one row per field:
                          field           nested dataclass fields as data.path
                          strategy        repr(), __qualname__, custom function (hash_representations),
                                          nested dataclass, or skipped (blacklist / hash_representations
                                          / None); args_hash(dry=True) has curifactory's exact labels
                          representation  what curifactory hashes for it (None: nothing)
                          hashed          yes when md5(NAME + str(representation)) joins the sum
                          why             the exact text hashed, or the reason it is not
                        then the hash: the sum of those md5s in hex (or the explicit hash field).
                        X may be a list of args sets.

        """

    static let diff = """
          :diff A B     the fields where A and B differ (in value or in how they are hashed):
                          A, B     the two values
                          hash     changes when the field's hashed text differs, else same
                          why      repr '0.01' → '0.1'; never hashed (blacklist); ignored:
                                   hash_representations['f'] is None; custom function gives the
                                   same representation; None is skipped; nested dataclass rows
                        then both hashes and the fields that make them differ. A and B are any
                        expressions (split at blanks or a comma): :diff runs[0] runs[1]

        """

    static let save = """
          :save FILE    write every statement that ran to the end, each followed by `#=> ` lines
                        holding what it printed (an empty line is `#=>`). Statements that failed
                        or were interrupted are left out. `cfy test FILE` replays it and checks the
                        output; `cfy run FILE` runs it. A file where an import of the session would
                        find another module file (a .cfy file imports beside itself) is not written:
                        the error names the import and a directory where all are found.

        """

    static let keys = """
          Tab           complete (again, or when nothing more is certain: list the candidates);
                        at the start of a line: indent
          Up / Down     history (kept in $CFY_HISTORY or ~/.cfy_history, 1,000 entries)
          Ctrl-R        search the history backwards
          Ctrl-A / E    start / end of line;  Ctrl-K kill to end;  Ctrl-U kill the line
          Ctrl-C        cancel the line, or stop a running statement (KeyboardInterrupt)
          Ctrl-D        leave, on an empty line
          Keys follow libedit's emacs mode; ~/.editrc can change them.

        """

    static let language = """
          Python's values and expressions, braces for blocks:
            class Args(ExperimentArgs) { lr: float = 0.001; seed: int = 0 }
            base = Args(name="base"); fast = replace(base, name="fast", lr=0.1)
            for a in grid(base, lr=[0.1, 0.01]) { print(a.name, a.args_hash()) }
          See docs/language.md; docs/repl.md describes this REPL.

        """
}
