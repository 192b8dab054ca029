// Overrides: the `FIELD=VALUE` arguments and `--multirun` of hash, check and lock, declared once.

import ArgumentParser
import CfyCore

/// `--multirun` / `-m`; the overrides themselves are positional arguments after the file(s),
/// which each command declares (an argument `NAME=...` with NAME an identifier is an override).
///
/// ```swift
/// struct Hash: ParsableCommand {
///     @OptionGroup var overriding: OverrideOptions   // cfy hash FILE lr=0.1 -m seed=1,2,3
/// }
/// ```
struct OverrideOptions: ParsableArguments {
    @Flag(name: [.customShort("m"), .long],
          help: "Expand overrides with comma-separated values (seed=1,2,3) into variants, named and ordered as grid() makes them.")
    var multirun = false

    /// The overrides among `args`, or nil after reporting one that does not parse (a usage error).
    func overrides(_ args: [String]) -> SetOverrides? {
        let o = SetOverrides(args, multirun: multirun)
        do { try o.check() } catch let d as Diagnostic {
            report(d); return nil
        } catch { return nil }
        return o
    }
}

/// Positional arguments split into files and overrides (`NAME=VALUE`).
func splitOverrides(_ args: [String]) -> (files: [String], overrides: [String]) {
    (args.filter { !SetOverrides.isOverride($0) }, args.filter(SetOverrides.isOverride))
}
