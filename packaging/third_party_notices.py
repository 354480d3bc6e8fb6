"""Write THIRD-PARTY-NOTICES.txt: every component the bundles ship, with its licence text.

Usage (from the repository root, in a venv with ``pip install -e '.[packaging]'``
and the platform-only packages below installed, e.g. ``pip install pywin32-ctypes``)::

    python packaging/third_party_notices.py

The Python packages are the runtime dependencies of ``isu-desk`` (with their own
dependencies) on Linux, Windows and macOS, read from the installed packages'
metadata, each with the licence files it ships. Qt (through PySide6, whose wheels
carry no licence file), Python, the bundler and the fonts are added by hand
below. ``tests/acceptance/test_licences.py`` fails when a dependency is missing
from the file, so a new dependency means running this again.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
LICENCES = ROOT / "src" / "isu_desk" / "resources" / "licences"
OUTPUT = LICENCES / "THIRD-PARTY-NOTICES.txt"
PLATFORMS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}
# Packages that come in through a capability not yet in pyproject's dependencies.
ANNOUNCED = ("babel",)
RULE = "=" * 78

BY_HAND = (
    (
        "Qt 6 (through PySide6-Essentials, PySide6-Pdf and shiboken6)",
        "LGPL-3.0-only (The Qt Company; Qt for Python under the same terms)",
        "The Qt libraries are shipped as separate shared libraries that you may replace "
        "with your own build of the same Qt version. Sources: https://download.qt.io/ "
        "and https://code.qt.io/. Qt's own third-party parts are listed at "
        "https://doc.qt.io/qt-6/licenses-used-in-qt.html. Help > About Qt in the app "
        "shows Qt's notice.",
        ("LGPL-3.txt", "../fonts/LICENSE-GPL-3.txt"),
    ),
    (
        "Python",
        "PSF-2.0 (Python Software Foundation License)",
        "The interpreter and standard library in the bundles and the Windows installer.",
        ("Python-LICENSE.txt",),
    ),
    (
        "PyInstaller bootloader (the bundles' executables)",
        "GPL-2.0-or-later with the PyInstaller bootloader exception",
        "The exception allows shipping the bootloader with programs under any licence.",
        ("PyInstaller-COPYING.txt",),
    ),
    (
        "NSIS (the Windows installer and uninstaller stubs)",
        "zlib/libpng licence",
        "https://nsis.sourceforge.io/License",
        ("NSIS-COPYING.txt",),
    ),
    (
        "SQLCipher and OpenSSL's libcrypto (built into sqlcipher3's extension module)",
        "BSD-3-Clause (Zetetic LLC) and Apache-2.0 (OpenSSL)",
        "The database's encryption at rest. https://www.zetetic.net/sqlcipher/ and "
        "https://www.openssl.org/source/license.html",
        ("SQLCipher-LICENSE.txt", "../fonts/LICENSE-Apache-2.0.txt"),
    ),
    (
        "DejaVu Sans fonts (PDF text)",
        "Bitstream Vera / Arev fonts licence (free)",
        "Embedded, subset, in every PDF.",
        ("../fonts/LICENSE-DejaVu.txt",),
    ),
    (
        "WenQuanYi Micro Hei font (Chinese text in PDFs)",
        "Apache-2.0 OR GPL-3.0 with the font embedding exception",
        "Embedded, subset, in PDFs that contain Chinese.",
        ("../fonts/LICENSE-WenQuanYi-MicroHei.txt", "../fonts/LICENSE-Apache-2.0.txt"),
    ),
)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(
    platforms: Iterable[dict[str, str]] = PLATFORMS.values(), extra: Iterable[str] = ANNOUNCED
) -> list[metadata.Distribution]:
    """Installed distributions ``isu-desk`` needs at run time on any of ``platforms``.

    Raises:
        metadata.PackageNotFoundError: one of them is not installed here.
    """
    envs = [{**default_environment(), **env} for env in platforms]
    seen: dict[str, metadata.Distribution] = {}
    todo = ["isu-desk", *extra]
    while todo:
        name = todo.pop()
        if _key(name) in seen:
            continue
        dist = metadata.distribution(name)
        seen[_key(name)] = dist
        for line in dist.requires or ():
            req = Requirement(line)
            if any(req.marker is None or req.marker.evaluate(env) for env in envs):
                todo.append(req.name)
    del seen["isu-desk"]
    return sorted(seen.values(), key=lambda d: _key(d.metadata["Name"]))


def licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or () if "License" in c]
    short = (meta.get("License") or "").splitlines()[0:1]
    return "; ".join(dict.fromkeys(classifiers + short)) or "see the licence text"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    files = []
    for path in dist.files or ():
        name = path.name.upper()
        in_licences = "licenses" in path.parts or "licences" in path.parts
        if in_licences or name.startswith(("LICEN", "COPYING", "NOTICE")):
            if path.suffix in {".py", ".pyc"} or "sboms" in path.parts:
                continue
            files.append((path.name, path.locate().read_text(encoding="utf-8", errors="replace")))
    return files


def _text_block(title: str, text: str, printed: dict[str, str]) -> str:
    digest = hashlib.sha256(text.strip().encode()).hexdigest()
    if digest in printed:
        return f"--- {title}: the same text as {printed[digest]} above\n"
    printed[digest] = title
    return f"--- {title}\n\n{text.strip()}\n"


def render() -> str:
    printed: dict[str, str] = {}
    dists = runtime_closure()
    lines = [
        "Third-party notices of ISU Desk",
        "",
        "ISU Desk itself is under the MIT licence (LICENSE). The installers and bundles",
        "also contain the components below, each under its own licence; the full texts",
        "follow the list. Files named ../fonts/... are in the fonts folder beside this one.",
        "",
    ]
    lines += [f"- {name}: {licence}" for name, licence, _note, _files in BY_HAND]
    lines += [f"- {d.metadata['Name']} {d.version}: {licence_name(d)}" for d in dists]
    sections = []
    for name, licence, note, names in BY_HAND:
        body = [f"{RULE}\n{name}\nLicence: {licence}\n{note}\n"]
        for file_name in names:
            path = (LICENCES / file_name).resolve()
            body.append(_text_block(f"{name}: {file_name}", path.read_text("utf-8"), printed))
        sections.append("\n".join(body))
    for dist in dists:
        title = f"{dist.metadata['Name']} {dist.version}"
        home = dist.metadata.get("Home-page") or next(
            (u.split(", ", 1)[-1] for u in dist.metadata.get_all("Project-URL") or ()), ""
        )
        body = [f"{RULE}\n{title}\nLicence: {licence_name(dist)}\n{home}\n"]
        texts = licence_files(dist)
        if not texts:
            body.append("(no licence file in the package; the licence named above applies)\n")
        body += [_text_block(f"{title}: {file}", text, printed) for file, text in texts]
        sections.append("\n".join(body))
    return "\n".join(lines) + "\n\n" + "\n".join(sections)


def main() -> int:
    try:
        text = render()
    except metadata.PackageNotFoundError as exc:
        sys.exit(f"{exc} is needed on some system but not installed here: pip install it")
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"Wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
