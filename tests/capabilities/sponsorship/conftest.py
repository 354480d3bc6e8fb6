"""Fixtures of the Sponsorship service tests: a seeded database, 14MSP and its round."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from isu_desk.capabilities.directory.api import DirectoryService, Gender, State
from isu_desk.capabilities.meetings.api import Meeting, MeetingKind, MeetingsService
from isu_desk.capabilities.sponsorship.domain.records import Application, Round
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.cli import main
from isu_desk.storage.database import Database

TODAY = date(2026, 6, 1)


def state_ids(database: Database) -> dict[str, str]:
    """State ids by ISO code."""
    return {s.iso3: s.id for s in DirectoryService(database).all(State)}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder with an initialised workstation and the demo data (for the CLI)."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init", "--workstation-name", "Geneva desk"]) == 0
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


@pytest.fixture
def sponsorship(database: Database) -> SponsorshipService:
    return SponsorshipService(database, lambda: TODAY)


@pytest.fixture
def msp(database: Database) -> Meeting:
    meeting = Meeting(
        "", MeetingKind.MSP, "Fourteenth Meeting of States Parties", date(2026, 9, 14),
        date(2026, 9, 17), code="14MSP", city="Geneva", country_iso3="CHE",
    )  # fmt: skip
    return MeetingsService(database, lambda: TODAY).save(meeting).unwrap()


@pytest.fixture
def round_(sponsorship: SponsorshipService, msp: Meeting) -> Round:
    draft = sponsorship.draft_round(msp.id)
    money = {"budget_chf": "10000", "dsa_rate_chf": "300", "terminal_expenses_chf": "100"}
    draft = replace(draft, **{k: Decimal(v) for k, v in money.items()})
    return sponsorship.save_round(draft).unwrap()


def application(round_: Round, state_id: str, name: str, **changes: object) -> Application:
    """An application for 2 000 CHF at the fixture round's rates (1 000 + 3 × 300 + 100)."""
    base = Application(
        "", round_.id, state_id, name, date(2026, 5, 20), nominee_title="Ms",
        nominee_gender=Gender.FEMALE, ticket_chf=Decimal("1000"), dsa_days=3,
        departure_on=date(2026, 9, 13), return_on=date(2026, 9, 18),
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]
