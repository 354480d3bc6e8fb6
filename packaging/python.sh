# Sourced by the build scripts: sets $python to $PYTHON if set, else the active
# virtualenv's python, else python3 (or python) in PATH.
if [[ -n "${PYTHON:-}" ]]; then
    python="$PYTHON"
elif [[ -n "${VIRTUAL_ENV:-}" && -x "$VIRTUAL_ENV/bin/python" ]]; then
    python="$VIRTUAL_ENV/bin/python"
else
    python="$(command -v python3 || command -v python)"
fi
