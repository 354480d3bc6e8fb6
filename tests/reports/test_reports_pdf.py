"""The States list and the contact directory as a reader sees them: names in every
script, title, page numbers, headers repeated, only the shipped fonts embedded."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from tests.reports.pdf_helpers import NAMES, contains_name, pdf_pages

from isu_desk.capabilities.directory.domain import Contact, Organisation, State, StateStatus
from isu_desk.capabilities.directory.reports.directory import directory_report, group_contacts
from isu_desk.capabilities.directory.reports.states import states_report, summary_line
from isu_desk.reports.fonts import FONT_FILES, fonts_dir
from isu_desk.reports.letterhead import ReportMeta

PRINTED = date(2026, 11, 26)


def test_directory_prints_every_script(
    sample_contacts: list[Contact],
    sample_states: list[State],
    sample_organisations: list[Organisation],
) -> None:
    data = directory_report(sample_contacts, sample_states, sample_organisations)
    pages = pdf_pages(data)
    text = "\n".join(pages)
    for language, name in NAMES.items():
        assert contains_name(text, name), f"{language} name {name} missing"
    assert "Contact directory" in pages[0]
    assert "Page 1 of" in pages[0]
    assert "Maison de la Paix, Chemin Eugène-Rigot 2C" in pages[0]


def test_directory_repeats_the_headers_and_the_group_on_every_page(
    sample_contacts: list[Contact],
    sample_states: list[State],
    sample_organisations: list[Organisation],
) -> None:
    pages = pdf_pages(directory_report(sample_contacts, sample_states, sample_organisations))
    assert len(pages) >= 2
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "E-mail" in page and "Position" in page


def test_directory_groups_by_state_then_organisation_then_other(
    sample_contacts: list[Contact],
    sample_states: list[State],
    sample_organisations: list[Organisation],
) -> None:
    groups = group_contacts(sample_contacts, sample_states, sample_organisations)
    assert [(g.section, g.name) for g in groups] == [
        ("States", "Côte d'Ivoire"),
        ("States", "Lao People's Democratic Republic"),
        ("Organisations", "Geneva International Centre for Humanitarian Demining (GICHD)"),
        ("Other", "Other"),
    ]
    assert sum(len(g.contacts) for g in groups) == len(sample_contacts)
    text = "\n".join(pdf_pages(directory_report(sample_contacts, sample_states, [])))
    assert "Other" in text  # the organisation's contacts fall back to "Other"


def test_states_list_shows_status_dates_and_summary(sample_states: list[State]) -> None:
    meta = ReportMeta("States Parties and signatories", printed=PRINTED, wide=True)
    pages = pdf_pages(states_report(sample_states, meta))
    text = "\n".join(pages)
    for name in ("Côte d'Ivoire", "Lao People's Democratic Republic", "中国", "الإمارات"):
        assert contains_name(text, name)
    assert "States Parties and signatories" in pages[0]
    assert "Printed 26 November 2026" in pages[0]
    assert "Page 1 of 1" in pages[0]
    assert "9 Mar 2012 (ratification)" in text
    assert "6 Mar 2025" in text  # Lithuania's withdrawal
    assert "2 States Parties, 1 signatory, 1 withdrawn, 1 not party." in text


def test_long_states_list_repeats_headers(sample_states: list[State]) -> None:
    many = [
        State(f"s{n}", f"X{n:02d}", f"Testland {n}", StateStatus.STATE_PARTY) for n in range(80)
    ]
    pages = pdf_pages(states_report(many + sample_states))
    assert len(pages) >= 2
    assert "Ratification / accession" in pages[1]
    assert "Entry into force" in pages[1]
    assert "States Parties (82)" in pages[1]  # the group's caption repeats too
    assert summary_line([]) == "No States recorded."


def test_only_the_shipped_fonts_are_embedded(
    sample_contacts: list[Contact],
    sample_states: list[State],
    sample_organisations: list[Organisation],
) -> None:
    shipped = {
        TTFont(name, str(fonts_dir() / file), subfontIndex=index).face.name
        for name, (file, index) in FONT_FILES.items()
    }
    shipped = {name.decode() if isinstance(name, bytes) else name for name in shipped}
    reader = PdfReader(io.BytesIO(directory_report(sample_contacts, sample_states, [])))
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"], "font not embedded"
            # "AAAAAA+WenQuanYiMicroHei-0": subset tag, face name, index in the .ttc
            embedded.add(re.sub(r"-\d+$", "", str(font["/BaseFont"]).split("+", 1)[-1]))
    assert embedded == shipped


def test_empty_directory_says_so() -> None:
    pages = pdf_pages(directory_report([], [], []))
    assert "No contacts recorded yet." in pages[0]
    assert "Page 1 of 1" in pages[0]
