#!/usr/bin/env bash
# Build the one-folder bundle of ISU Desk into build/dist/isu-desk (Linux, Windows
# under Git Bash, or macOS, where build/dist/ISU Desk.app is made as well).
#
# Usage: packaging/build.sh            (from anywhere; paths are resolved)
# Python: $PYTHON if set, else the active virtualenv, else python3 in PATH.
# That environment needs ISU Desk installed with its packaging extra
# (pip install -e '.[packaging]'): the spec lists the app's modules by import.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# shellcheck source=packaging/python.sh
source packaging/python.sh

start=$(date +%s)
"$python" -m PyInstaller packaging/isu-desk.spec --noconfirm \
    --distpath build/dist --workpath build/work
end=$(date +%s)

bundle=build/dist/isu-desk
# The licences also beside the executable, where people look for them.
cp LICENSE src/isu_desk/resources/licences/THIRD-PARTY-NOTICES.txt "$bundle/"
echo "Built $bundle in $((end - start)) s"
echo "Bundle size: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"
if [[ -x "$bundle/isu-desk.exe" ]]; then "$bundle/isu-desk.exe" --version; else "$bundle/isu-desk" --version; fi
