# The one venv helper: sourced by every script that needs real curifactory, with the version it
# needs (default 0.13.2):
#
#     repo=/path/to/cfy; source scripts/lib/venv.sh [0.13.2|0.20.5]
#
# makes sure <repo>/.venv (0.13.2) or <repo>/.venv-020 (0.20.5) has exactly that curifactory from
# PyPI (creating the venv, or installing into it, only when the import fails) and sets $py to its
# python. Exits 2 when it cannot.
venv_version="${1:-0.13.2}"
case "$venv_version" in
    0.13.2) venv="$repo/.venv" ;;
    0.20.5) venv="$repo/.venv-020" ;;
    *) echo "scripts/lib/venv.sh: unknown curifactory version '$venv_version' (0.13.2 or 0.20.5)" >&2; exit 2 ;;
esac
py="$venv/bin/python"

have_curifactory() {
    [ -x "$py" ] && "$py" -c "import sys, curifactory; sys.exit(curifactory.__version__ != '$venv_version')" \
        >/dev/null 2>&1
}

if ! have_curifactory; then
    echo "preparing $venv with curifactory==$venv_version" >&2
    if [ ! -x "$py" ]; then
        "${PYTHON:-python3}" -m venv --clear "$venv"
    fi
    "$py" -m pip install -q --disable-pip-version-check "curifactory==$venv_version"
    have_curifactory || { echo "cannot import curifactory $venv_version from $venv" >&2; exit 2; }
fi
