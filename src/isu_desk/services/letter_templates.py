"""Letter templates in English, French and Spanish, editable in the data folder.

The defaults ship in ``resources/templates/<language>/``; on first use they are
copied into the data folder, where staff edit them: English at
``templates/<name>.txt`` (where it has always been, so edited copies keep
working), French and Spanish at ``templates/fr/<name>.txt`` and
``templates/es/<name>.txt``. The caller picks the language (later, a State's
language of correspondence).

A letter's own words outside its template (its dates, its amounts, "Our
reference") follow its language too: :func:`letter_date`, :func:`letter_amount`
and :func:`reference_line`.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

from isu_desk.domain.currencies import minor_units
from isu_desk.domain.errors import DataError
from isu_desk.domain.money import format_amount
from isu_desk.paths import resources_dir

LANGUAGES = {"en": "English", "fr": "French", "es": "Spanish"}
DEFAULT_LANGUAGE = "en"
# Babel (CLDR) patterns of a letter's dates: 6 March 2025 · 6 mars 2025 · 6 de marzo de 2025.
_DATE_PATTERNS = {"en": "d MMMM y", "fr": "d MMMM y", "es": "d 'de' MMMM 'de' y"}
_REFERENCE = {
    "en": "Our reference: {reference}",
    "fr": "Notre référence\u00a0: {reference}",
    "es": "Nuestra referencia: {reference}",
}


def letter_date(day: date, language: str = DEFAULT_LANGUAGE) -> str:
    """A date as a letter in ``language`` writes it: ``1 December 2026``,
    ``1er décembre 2026``, ``1 de diciembre de 2026`` (never the computer's locale)."""
    from babel.dates import format_date

    pattern = _DATE_PATTERNS.get(language, _DATE_PATTERNS[DEFAULT_LANGUAGE])
    text = format_date(day, pattern, locale=language if language in LANGUAGES else "en")
    return "1er" + text[1:] if language == "fr" and day.day == 1 else text


def letter_amount(value: Decimal, currency: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A figure as a letter in ``language`` writes it, with the currency's decimals:
    ``20,000.00`` · ``20 000,00`` · ``20.000,00``."""
    if language not in LANGUAGES or language == DEFAULT_LANGUAGE:
        return format_amount(value, currency)
    from babel.numbers import format_decimal

    places = minor_units(currency)
    exact = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(exact, format=pattern, locale=language)


# What the letterhead prints around a letter in another language than English.
_LETTERHEAD = {
    "fr": ("Imprimé le {date}", "Page {page} sur {pages}"),
    "es": ("Impreso el {date}", "Página {page} de {pages}"),
}


def letterhead_words(printed: date, language: str = DEFAULT_LANGUAGE) -> tuple[str, str]:
    """The letterhead's printed line and page numbers for a letter in ``language``
    (``ReportMeta.printed_text`` and ``page_text``; in English, the letterhead's own)."""
    if language not in _LETTERHEAD:
        return "", "Page {page} of {pages}"
    printed_text, page_text = _LETTERHEAD[language]
    return printed_text.format(date=letter_date(printed, language)), page_text


def reference_line(reference: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The letter's reference line: ``Our reference: CCM/ISU/2026/004`` in its language."""
    return _REFERENCE.get(language, _REFERENCE[DEFAULT_LANGUAGE]).format(reference=reference)


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
