"""Letters in English, French and Spanish: the language picks the template (PDF read back)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.reports.pdf_helpers import pdf_pages

from isu_desk.capabilities.contributions.services.demo import load_demo
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.domain.errors import DataError
from isu_desk.services.letter_templates import letter_amount, letter_date
from isu_desk.services.reports import render_report
from isu_desk.storage.database import Database


@pytest.fixture
def demo(database: Database) -> Database:
    load_demo(database)
    return database


def _contribution_id(database: Database) -> str:
    entry = ContributionsService(database).contributions({"form": "financial"}, 0, 1)[0]
    return str(entry["id"])


def _letter(database: Database, report: str, options: dict[str, str]) -> str:
    return "\n".join(pdf_pages(render_report(database, report, options)))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("On behalf of the Implementation Support Unit", "highest consideration")),
        ("fr", ("Au nom de l'Unité d'appui", "très haute considération")),
        ("es", ("En nombre de la Dependencia de Apoyo", "más alta consideración")),
    ],
)
def test_acknowledgement_in_each_language(demo: Database, language: str, words: tuple[str]) -> None:
    text = _letter(
        demo, "acknowledgement", {"contribution": _contribution_id(demo), "language": language}
    )
    for phrase in words:
        assert phrase in " ".join(text.split())


def test_pledge_reminder_in_french(demo: Database) -> None:
    row = ContributionsService(demo).pledges({"status": "partial"}, date.today())[0]
    text = _letter(demo, "pledge-reminder", {"pledge": row.pledge.id, "language": "fr"})
    assert "restent à recevoir" in " ".join(text.split())


def test_editing_the_french_copy_changes_only_french_letters(demo: Database) -> None:
    options = {"contribution": _contribution_id(demo), "language": "fr"}
    _letter(demo, "acknowledgement", options)  # copies the defaults into the data folder
    french = demo.path.parent / "templates" / "fr" / "acknowledgement.txt"
    french.write_text("Subject: Merci\n\nMerci infiniment, $donor.\n", encoding="utf-8")

    assert "Merci infiniment" in _letter(demo, "acknowledgement", options)
    english = _letter(demo, "acknowledgement", {**options, "language": "en"})
    assert "Merci infiniment" not in english and "On behalf of" in " ".join(english.split())


def test_a_language_without_letters_is_a_plain_message(demo: Database) -> None:
    options = {"contribution": _contribution_id(demo), "language": "de"}
    with pytest.raises(DataError, match=r"no letters in 'de'.*fr \(French\)"):
        render_report(demo, "acknowledgement", options)


@pytest.mark.parametrize(
    ("language", "dated"),
    [("en", "1 December 2026"), ("fr", "1er décembre 2026"), ("es", "1 de diciembre de 2026")],
)
def test_letter_dates_are_written_in_the_letters_language(language: str, dated: str) -> None:
    assert letter_date(date(2026, 12, 1), language) == dated
    assert letter_date(date(2025, 3, 6), "fr") == "6 mars 2025"


@pytest.mark.parametrize(
    ("language", "reference", "letterhead"),
    [
        ("en", "Our reference:", ("Acknowledgement letter", "Printed ", "Page 1 of 1")),
        ("fr", "Notre référence", ("Lettre de remerciement", "Imprimé le ", "Page 1 sur 1")),
        ("es", "Nuestra referencia:", ("Carta de agradecimiento", "Impreso el ", "Página 1 de 1")),
    ],
)
def test_a_letter_prints_its_dates_in_its_own_language(
    demo: Database, language: str, reference: str, letterhead: tuple[str, ...]
) -> None:
    entry = ContributionsService(demo).contributions({"form": "financial"}, 0, 1)[0]
    options = {"contribution": str(entry["id"]), "language": language}
    words = " ".join(_letter(demo, "acknowledgement", options).split())

    assert f"Geneva, {letter_date(date.today(), language)}" in words  # the date line
    assert letter_date(entry["received_on"], language) in words  # a date in the text
    figure = letter_amount(entry["amount_chf"], "CHF", language)  # "12 100,00" in French
    assert f"(CHF {' '.join(figure.split())})" in words
    assert reference in words
    assert all(words_of_letterhead in words for words_of_letterhead in letterhead)
    if language != "en":  # neither date in English (the letterhead's own line keeps it)
        assert f"Geneva, {letter_date(date.today())}" not in words
        assert letter_date(entry["received_on"]) not in words
