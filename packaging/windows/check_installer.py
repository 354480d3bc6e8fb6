"""Check what the built Windows installer holds, from its NSIS listing (7-Zip reads it).

Usage: ``python packaging/windows/check_installer.py build/windows/nsis/ISU-Desk-*-setup.exe``
(run by ``build_installer.sh`` after makensis). Exits 1 naming what is missing or
what should not be there; prints the size and the number of files otherwise.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

NEEDED = (
    "Python/python.exe",  # the embeddable CPython
    "Python/pythonw.exe",  # runs the window without a console
    "ISU_Desk.launch.pyw",  # what the Start menu entry starts
    "bin/isu-desk.exe",  # the command line on the user's PATH
    "pkgs/isu_desk/start.py",
    "pkgs/isu_desk/resources/ccm_states.csv",
    "pkgs/isu_desk/resources/fonts/DejaVuSans.ttf",
    "pkgs/isu_desk/resources/licences/THIRD-PARTY-NOTICES.txt",
    "pkgs/isu_desk/storage/migrations/env.py",
    "pkgs/PySide6/Qt6Core.dll",
    "pkgs/PySide6/QtPdf.pyd",
    "pkgs/win32ctypes/__init__.py",  # keyring's Windows backend
    "LICENSE",
    "THIRD-PARTY-NOTICES.txt",
)
# Build tools and Linux-only packages have no business on a Windows desk.
UNWANTED = ("pkgs/PyInstaller/", "pkgs/setuptools/", "pkgs/secretstorage/", "pkgs/jeepney/")


def listing(installer: Path) -> set[str]:
    seven = shutil.which("7z") or shutil.which("7zz") or shutil.which("7za")
    if seven is None:
        sys.exit("7-Zip is needed to read the installer: apt-get install p7zip-full")
    out = subprocess.run([seven, "l", "-slt", str(installer)], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"7-Zip cannot read {installer}: {out.stderr.strip()}")
    return {m.replace("\\", "/") for m in re.findall(r"^Path = (.+)$", out.stdout, re.M)}


def main() -> int:
    installer = Path(sys.argv[1])
    names = listing(installer)
    missing = [name for name in NEEDED if name not in names]
    unwanted = sorted({p for p in UNWANTED for name in names if name.startswith(p)})
    for name in missing:
        print(f"missing from the installer: {name}")
    for prefix in unwanted:
        print(f"should not be in the installer: {prefix}")
    if missing or unwanted:
        return 1
    size = installer.stat().st_size / 1e6
    print(f"{installer.name}: {size:.1f} MB, {len(names)} entries, contents as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
