"""A batch of letters is numbered letter by letter: "Page 1 of 1" on each one-page
letter, "Page 1 of 2" and "Page 2 of 2" on a longer one, never across the batch."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from isu_desk.capabilities.contributions.reports import Letter, letters_report
from isu_desk.capabilities.contributions.services.demo import load_demo
from isu_desk.capabilities.contributions.services.reports import letters_pdf
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.directory.services.demo import load_demo as load_directory_demo
from isu_desk.reports.letterhead import ReportMeta, page_labels
from isu_desk.storage.database import Database


def footers(pdf: bytes) -> list[str]:
    """The "Page X of Y" printed at the foot of each page."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        labels = re.findall(r"Page \d+ of \d+", page.extract_text())
        assert len(labels) == 1
        found.append(labels[0])
    return found


def letter(addressee: str, paragraphs: int) -> Letter:
    text = "The Implementation Support Unit thanks you for your contribution. " * 12
    return Letter((addressee,), "Contribution", (text,) * paragraphs, date(2026, 12, 1))


def test_each_letter_of_a_batch_is_numbered_on_its_own() -> None:
    batch = [letter("Norway", 1), letter("Austria", 8), letter("Chile", 1)]
    pdf = letters_report(batch, ReportMeta("Acknowledgement of contribution"))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert footers(pdf) == ["Page 1 of 1", "Page 1 of 2", "Page 2 of 2", "Page 1 of 1"]
    assert "Norway" in pages[0] and "Austria" in pages[1] and "Chile" in pages[3]


def test_a_report_of_one_document_is_numbered_across_its_pages() -> None:
    assert page_labels(3, []) == ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]
    assert page_labels(3, [1, 3]) == ["Page 1 of 2", "Page 2 of 2", "Page 1 of 1"]


def test_the_batch_printed_from_the_ledger_says_page_1_of_1_on_each_letter(
    database: Database,
) -> None:
    load_directory_demo(database)
    load_demo(database)
    rows = ContributionsService(database).contributions({"form": "financial"}, 0, 3)
    pdf = letters_pdf(database, "acknowledgement", [row["id"] for row in rows])
    assert footers(pdf) == ["Page 1 of 1"] * 3
