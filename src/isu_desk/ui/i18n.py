"""The window's language: the person's choice, and the Qt translators that apply it.

The choice ("system", "en" or "fr") is this person's on this workstation, kept
in QSettings (never synced, readable at start without opening the database)
and changed in File ▸ Settings; it applies at the next start. "system" takes
the computer's language when ISU Desk has a translation for it, else English.

:func:`install_translators` loads Qt's own ``qtbase_<lang>.qm`` (the standard
buttons and dialogs, from PySide6's translations folder) and every
``resources/i18n/*_<lang>.qm`` of the package (one per area: ``core``,
``directory``, ``contributions``, ``meetings``, ``sponsorship``); it also makes
that language the default QLocale, so dates and amounts follow it
(:mod:`isu_desk.ui.formats`). The sources of the translations and the command
that updates them: ``packaging/translations.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from isu_desk.paths import resources_dir

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
ENGLISH = "en"
# The languages the window speaks, with their names as their speakers write them.
LANGUAGES = {ENGLISH: "English", "fr": "Français"}
# The locale each language's dates and amounts follow.
LOCALES = {ENGLISH: "en_GB", "fr": "fr_FR"}


def chosen_language() -> str:
    """The person's choice as stored: ``"system"`` (the default), ``"en"`` or ``"fr"``."""
    value = str(QSettings().value(LANGUAGE_KEY, SYSTEM))
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def choose_language(choice: str) -> None:
    """Keep ``choice`` (``"system"`` or a key of :data:`LANGUAGES`) for the next start."""
    if choice != SYSTEM and choice not in LANGUAGES:
        raise ValueError(f"unknown language {choice!r}")
    QSettings().setValue(LANGUAGE_KEY, choice)


def window_language(choice: str | None = None) -> str:
    """The language the window speaks: the choice, or the system's when we have it."""
    choice = chosen_language() if choice is None else choice
    if choice in LANGUAGES:
        return choice
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators of ``language`` on ``app``; returns them (to remove later).

    English installs none (the source strings are English) but still sets the
    default locale, so a test or a restart can switch back.
    """
    QLocale.setDefault(QLocale(LOCALES.get(language, LOCALES[ENGLISH])))
    if language == ENGLISH:
        return []
    installed = []
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", folder):
        app.installTranslator(qt)
        installed.append(qt)
    try:
        ours = sorted(resources_dir().joinpath("i18n").glob(f"*_{language}.qm"))
    except FileNotFoundError:  # a broken install: said plainly when the data folder opens
        return installed
    for path in ours:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators`: English again, in the computer's locale."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
