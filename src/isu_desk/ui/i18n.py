"""The window's translations: Qt Linguist files compiled to ``resources/i18n/*.qm``.

Minimal loader (i18n-core's fuller one replaces it at merge): every
``*_<language>.qm`` of the package plus Qt's own ``qtbase_<language>.qm``.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install a translator per compiled file for ``language``; returns them (to remove)."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    folder = resources.files("isu_desk") / "resources" / "i18n"
    files = sorted(
        str(entry) for entry in folder.iterdir() if entry.name.endswith(f"_{language}.qm")
    )
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path, directory in [(f, "") for f in files] + [(f"qtbase_{language}", qt_folder)]:
        translator = QTranslator(app)
        if translator.load(path, directory) and app.installTranslator(translator):
            installed.append(translator)
    return installed
