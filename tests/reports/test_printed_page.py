"""The printed page as a donor sees it: the header's name and title apart at any length,
number headings over their figures, letters signed, placed, dated and referenced."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from tests.reports.test_contributions_reports import demo, text_of  # noqa: F401

from isu_desk.capabilities.contributions.reports import Letter, letter_report
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.reports.letterhead import ReportMeta
from isu_desk.reports.tables import data_table
from isu_desk.services.letters import LetterSettings, letter_values
from isu_desk.services.reports import render_report
from isu_desk.services.workstation import save_workstation_settings, workstation
from isu_desk.storage.database import Database

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Word) -> bool:
        return (
            self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1
        )


def words(pdf: bytes, tmp_path: Path, page: int = 1) -> list[Word]:
    """Every word of a page with its box (poppler's ``pdftotext -bbox``)."""
    source, target = tmp_path / "in.pdf", tmp_path / "out.html"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(source), str(target)],
        check=True,
    )
    tree = ElementTree.fromstring(target.read_text(encoding="utf-8").replace("&nbsp;", " "))
    found = []
    for node in tree.iter():
        if node.tag.endswith("word"):
            box = [float(node.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax")]
            found.append(Word(node.text or "", *box))
    return found


def header_words(pdf: bytes, tmp_path: Path, phrase: str) -> list[Word]:
    """The words of ``phrase`` as printed in the page header (the top 80 points)."""
    wanted = phrase.split()
    return [w for w in words(pdf, tmp_path) if w.y1 < 80 and w.text in wanted]


LONG_TITLE = "Acknowledgement of contribution to the Implementation Support Unit trust fund"


@needs_poppler
@pytest.mark.parametrize(
    "title", ["Acknowledgement letter", "Budget and contributions 2021–2026", LONG_TITLE]
)
@pytest.mark.parametrize("wide", [False, True])
def test_header_keeps_the_unit_name_and_the_title_apart(
    tmp_path: Path, title: str, wide: bool
) -> None:
    meta = ReportMeta(title, wide=wide, printed=date(2026, 12, 1))
    letter = Letter(("Norway",), "Subject", ("Text.",), date(2026, 12, 1))
    pdf = letter_report(letter, meta)
    name = header_words(pdf, tmp_path, meta.unit_name)
    printed_title = header_words(pdf, tmp_path, title)
    assert {w.text for w in name} == set(meta.unit_name.split())
    assert {w.text for w in printed_title} >= set(title.split()) - set(meta.unit_name.split())
    # No word of the title's line touches a word of the unit's name.
    title_only = [w for w in printed_title if w.text not in meta.unit_name.split()]
    assert not [(a, b) for a in name for b in title_only if a.overlaps(b)]
    assert "MunitionsAcknowledgement" not in text_of(pdf)


@needs_poppler
def test_number_headings_sit_over_right_aligned_figures(tmp_path: Path) -> None:
    from isu_desk.reports.letterhead import render_document

    table = data_table(("Donor", "Received CHF"), [["Norway", "1,234,567.00"]], [200, 200],
                       numeric_columns=(1,))  # fmt: skip
    pdf = render_document(ReportMeta("Table"), [table])
    found = {w.text: w for w in words(pdf, tmp_path)}
    heading, figure = found["CHF"], found["1,234,567.00"]
    assert abs(heading.x1 - figure.x1) < 1  # both end at the column's right padding


def test_letter_is_signed_placed_dated_and_keeps_its_reference(
    demo: Database,  # noqa: F811
) -> None:
    chosen = LetterSettings("Ursula Mettler", "Director, ISU", "Geneva", "CCM/ISU")
    desk = workstation(demo)
    assert desk is not None
    save_workstation_settings(demo, desk.name, letter_values(chosen))  # as Settings saves them
    entry = ContributionsService(demo).contributions({"form": "financial"}, 0, 2)
    first = text_of(render_report(demo, "acknowledgement", {"contribution": entry[0]["id"]}))
    today = date.today()
    assert f"Geneva, {today.day} " in first and str(today.year) in first
    assert "Ursula Mettler" in first and "Director, ISU" in first
    assert f"CCM/ISU/{today.year}/001" in first
    other = text_of(render_report(demo, "acknowledgement", {"contribution": entry[1]["id"]}))
    assert f"CCM/ISU/{today.year}/002" in other
    again = text_of(render_report(demo, "acknowledgement", {"contribution": entry[0]["id"]}))
    assert f"CCM/ISU/{today.year}/001" in again  # kept on the record, not renumbered
