"""The directory's first page starts the list: a State with more contacts than fit on a
page is not pushed below an empty page 1."""

from __future__ import annotations

from datetime import date

from tests.reports.pdf_helpers import pdf_pages

from isu_desk.capabilities.directory.domain import Contact, State, StateStatus
from isu_desk.capabilities.directory.reports.directory import directory_report
from isu_desk.reports.letterhead import ReportMeta


def test_first_page_lists_contacts_when_the_first_state_is_long() -> None:
    state = State("s1", "FRA", "France", StateStatus.STATE_PARTY)
    contacts = [
        Contact(f"c{n}", f"Person {n:03d}", state_id="s1", email=f"p{n}@example.org")
        for n in range(150)
    ]
    pages = pdf_pages(
        directory_report(
            contacts, [state], [], ReportMeta("Contact directory", printed=date(2026, 12, 1))
        )
    )
    assert len(pages) > 2
    assert "France" in pages[0]
    assert "Person 000" in pages[0]
