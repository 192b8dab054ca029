// cfy-dev selfcheck KIND FILE: checks cfy's float, scalar or string reprs against a golden file
// CPython wrote (scripts/golden/repr.py); prints the first 20 mismatches and a count.

import CfyDev

/// Exit status 0 when every record matched (and there was at least one), 1 otherwise, 2 for an
/// unknown kind.
func selfCheck(kind: String, file: String) -> Int32 {
    let r: (checked: Int, mismatches: [String])
    switch kind {
    case "floats": r = ReprSelfCheck.checkFloats(path: file)
    case "scalars": r = ReprSelfCheck.checkScalars(path: file)
    case "strings": r = ReprSelfCheck.checkStrings(path: file)
    default:
        complain("cfy-dev: kind must be floats, scalars or strings\n")
        return 2
    }
    for m in r.mismatches.prefix(20) { print(m) }
    print("\(kind): \(r.checked) checked, \(r.mismatches.count) mismatches")
    return !r.mismatches.isEmpty || r.checked == 0 ? 1 : 0
}
