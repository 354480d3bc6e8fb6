"""Contributions PDFs read back: the statement's donors and totals, the budget, letters."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from isu_desk.capabilities.contributions.reports import amount
from isu_desk.capabilities.contributions.services.demo import load_demo
from isu_desk.capabilities.contributions.services.reports import statement
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.domain.errors import DataError
from isu_desk.services.reports import render_report
from isu_desk.storage.database import Database


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def demo(database: Database) -> Database:
    from isu_desk.capabilities.directory.services.demo import load_demo as load_directory_demo

    load_directory_demo(database)  # our demo pledges come from the Directory's States
    load_demo(database)
    return database


def test_statement_lists_every_donor_and_the_totals(demo: Database) -> None:
    figures = statement(demo, 2025, today=date(2026, 6, 1))
    text = text_of(render_report(demo, "contributions-statement", {"year": "2025"}))
    assert "Contributions statement 2025" in text
    for row in figures.rows:
        assert row.donor.split()[0] in text
        assert amount(row.received_chf) in text
    assert amount(figures.received_chf) in text
    assert "Office space" in text  # the in-kind note
    received = ContributionsService(demo).summary({"work_plan_year": "2025"})[1]
    # Cash and in kind are totalled apart; together they are the whole ledger.
    assert figures.in_kind_chf > 0
    assert figures.received_chf + figures.in_kind_chf == received
    assert "Total in kind (estimated)" in text and amount(figures.in_kind_chf) in text
    assert "estimated" in text.split("Contributions in kind")[1]


def test_budget_report_shows_each_work_plan_year(demo: Database) -> None:
    text = text_of(render_report(demo, "budget", {}))
    for year, budget, received, _ in ContributionsService(demo).budget_overview():
        assert str(year) in text and amount(budget) in text and amount(received) in text


def test_letters_use_the_editable_templates(demo: Database) -> None:
    service = ContributionsService(demo)
    entry = service.contributions({"form": "financial"}, 0, 1)[0]
    templates = demo.path.parent / "templates"
    text = text_of(render_report(demo, "acknowledgement", {"contribution": entry["id"]}))
    assert entry["donor_name"] in text and "thank" in text
    ack = templates / "acknowledgement.txt"
    ack.write_text("Subject: Merci\n\nMerci, $donor, pour $amount.\n", encoding="utf-8")
    text = text_of(render_report(demo, "acknowledgement", {"contribution": entry["id"]}))
    assert f"Merci, {entry['donor_name']}" in text
    ack.write_text("Thanks $nobody\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"\$nobody"):
        render_report(demo, "acknowledgement", {"contribution": entry["id"]})


def test_pledge_reminder_names_what_is_outstanding(demo: Database) -> None:
    rows = ContributionsService(demo).pledges({"status": "partial"}, date.today())
    row = rows[0]
    text = text_of(render_report(demo, "pledge-reminder", {"pledge": row.pledge.id}))
    assert amount(row.balance.outstanding, row.pledge.currency) in text


def test_cli_writes_the_statement(demo: Database, data_dir: Path, tmp_path: Path) -> None:
    from isu_desk.cli import main

    target = tmp_path / "s.pdf"
    code = main(
        ["--data-dir", str(data_dir), "report", "contributions-statement", "--year", "2024",
         "-o", str(target)]
    )  # fmt: skip
    assert code == 0 and "Contributions statement 2024" in text_of(target.read_bytes())
