"""Letter templates in English, French and Spanish, editable in the data folder.

The defaults ship in ``resources/templates/<language>/``; on first use they are
copied into the data folder, where staff edit them: English at
``templates/<name>.txt`` (where it has always been, so edited copies keep
working), French and Spanish at ``templates/fr/<name>.txt`` and
``templates/es/<name>.txt``. The caller picks the language (later, a State's
language of correspondence).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from isu_desk.domain.errors import DataError
from isu_desk.paths import resources_dir

LANGUAGES = {"en": "English", "fr": "French", "es": "Spanish"}
DEFAULT_LANGUAGE = "en"


def template_folder(data_dir: Path, language: str = DEFAULT_LANGUAGE) -> Path:
    """Where the editable templates of ``language`` live in the data folder."""
    folder = data_dir / "templates"
    return folder if language == DEFAULT_LANGUAGE else folder / language


def template_text(data_dir: Path, name: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The letter template ``name`` in ``language`` (the defaults copied on first use).

    Raises:
        DataError: ``language`` is not one ISU Desk has letters in.
    """
    if language not in LANGUAGES:
        known = ", ".join(f"{code} ({label})" for code, label in LANGUAGES.items())
        raise DataError(f"There are no letters in {language!r}; choose one of {known}.")
    folder = template_folder(data_dir, language)
    target = folder / f"{name}.txt"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for default in (resources_dir() / "templates" / language).glob("*.txt"):
            if not (folder / default.name).exists():
                shutil.copyfile(default, folder / default.name)
    return target.read_text(encoding="utf-8")
