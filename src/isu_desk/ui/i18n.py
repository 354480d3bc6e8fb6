"""The window's language: Qt translators for the package's ``resources/i18n/*.qm``.

Minimal version (the full one, with the language setting, is i18n-core's).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from isu_desk.paths import resources_dir


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install every ``*_<language>.qm`` of ours and Qt's own ``qtbase_<language>.qm``.

    Returns the translators installed (``app.removeTranslator`` each to undo).
    """
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = sorted((resources_dir() / "i18n").glob(f"*_{language}.qm"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder, name in [(str(q.parent), q.stem) for q in ours] + [
        (qt_folder, f"qtbase_{language}")
    ]:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed
