# Sourced by scripts/install: generate_manual ROOT CFY_BINARY OUT_DIR LOG writes OUT_DIR/cfy.1.
#
# The page is made by swift-argument-parser's generate-manual tool (the package's dependency, 1.8.2)
# from `CFY_BINARY --experimental-dump-help`: the executable its generate-manual plugin runs, with
# the same arguments, on the release binary scripts/install installs. The page is byte for byte the
# plugin's (`swift package plugin generate-manual --date D`; checked by hand, docs/cli.md#install).
# The plugin itself is not run because it always builds every product again in release without
# --static-swift-stdlib (`swift package` has no such option): 3 more minutes here, and it rewrote
# .build/release.yaml, after which `swift build -c release --static-swift-stdlib` linked
# scripts/run's cfy dynamically until that file was deleted (SwiftPM 6.3).
#
# The tool is built with the same flags as cfy (one build description); the page's date is the
# last commit's (so the same tree gives the same page), today's outside a git checkout. The tool
# writes a bare `.Os`, which renders as "BSD" in the footer: it becomes cfy's version, the first
# line of `cfy --version`.
generate_manual() {
    local root="$1" cfy="$2" out="$3" log="$4" tool date version
    swift build --package-path "$root" -c release --static-swift-stdlib --product generate-manual >"$log" 2>&1 || return 1
    tool="$(swift build --package-path "$root" -c release --static-swift-stdlib --show-bin-path)/generate-manual"
    date="$(git -C "$root" log -1 --format=%cs 2>/dev/null)" || date=""
    [ -n "$date" ] || date="$(date -u +%Y-%m-%d)"
    "$tool" "$cfy" --date "$date" --output-directory "$out" >>"$log" 2>&1 || return 1
    [ -s "$out/cfy.1" ] || { echo "generate-manual wrote no $out/cfy.1" >>"$log"; return 1; }
    version="$("$cfy" --version | head -1)" || return 1
    sed -i "s/^\\.Os\$/.Os $version/" "$out/cfy.1" || return 1
}
