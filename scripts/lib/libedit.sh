# Sourced by scripts/run, scripts/test and .ci/run before building: cfy's line editor needs
# libedit's header (histedit.h, Debian package libedit-dev). When it is missing, install it with
# apt-get if running as root; otherwise stop at once with the one command to run, instead of
# failing after minutes of building with "'histedit.h' file not found".
# For tests: CFY_HISTEDIT_H overrides the header checked, CFY_AS_ROOT=0|1 the root check.
need_libedit() {
    [ "$(uname -s)" = Darwin ] && return 0                 # part of macOS's SDK
    local header="${CFY_HISTEDIT_H:-/usr/include/histedit.h}"
    [ -e "$header" ] && return 0
    local root="${CFY_AS_ROOT:-$([ "$(id -u)" = 0 ] && echo 1 || echo 0)}"
    if [ "$root" = 1 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing libedit-dev (cfy's line editor needs $header)" >&2
        if apt-get update -qq && apt-get install -y -qq libedit-dev >/dev/null && [ -e "$header" ]; then
            return 0
        fi
        echo "error: could not install libedit-dev; run: apt-get install libedit-dev" >&2
        exit 2
    fi
    if command -v apt-get >/dev/null 2>&1; then
        echo "error: cfy needs libedit's header $header to build; run: sudo apt-get install libedit-dev" >&2
    else
        echo "error: cfy needs libedit's header $header to build; install libedit's development" \
             "package (Fedora: sudo dnf install libedit-devel)" >&2
    fi
    exit 2
}
need_libedit
