# Sourced by scripts/parity and scripts/bench: makes sure <repo>/.venv has curifactory==0.13.2
# (creating the venv, or installing into it, only when the import fails) and sets $py to its python.
# Expects $repo to be set.
venv="$repo/.venv"
py="$venv/bin/python"

have_curifactory() {
    [ -x "$py" ] && "$py" -c 'import sys, curifactory; sys.exit(curifactory.__version__ != "0.13.2")' \
        >/dev/null 2>&1
}

if ! have_curifactory; then
    echo "preparing $venv with curifactory==0.13.2" >&2
    if [ ! -x "$py" ]; then
        "${PYTHON:-python3}" -m venv --clear "$venv"
    fi
    "$py" -m pip install -q --disable-pip-version-check "curifactory==0.13.2"
    have_curifactory || { echo "cannot import curifactory 0.13.2 from $venv" >&2; exit 2; }
fi
