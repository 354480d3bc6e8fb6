"""Fixtures for the PDF tests: multilingual sample States, organisations and contacts."""

from __future__ import annotations

from datetime import date

import pytest
from tests.reports.pdf_helpers import NAMES

from isu_desk.capabilities.directory.domain import (
    ConsentType,
    Contact,
    Organisation,
    State,
    StateStatus,
)


@pytest.fixture
def sample_states() -> list[State]:
    """Real and invented States, with names in French, Arabic and Chinese."""
    return [
        State(
            "s-civ",
            "CIV",
            "Côte d'Ivoire",
            StateStatus.STATE_PARTY,
            date(2008, 12, 4),
            date(2012, 3, 9),
            ConsentType.RATIFICATION,
            date(2012, 9, 1),
        ),
        State(
            "s-lao",
            "LAO",
            "Lao People's Democratic Republic",
            StateStatus.STATE_PARTY,
            date(2008, 12, 3),
            date(2009, 3, 18),
            ConsentType.RATIFICATION,
            date(2010, 8, 1),
        ),
        State(
            "s-ltu",
            "LTU",
            "Lithuania",
            StateStatus.WITHDRAWN,
            date(2008, 12, 3),
            date(2011, 3, 24),
            ConsentType.RATIFICATION,
            date(2011, 9, 1),
            date(2025, 3, 6),
        ),
        State("s-ara", "ARA", "الإمارات", StateStatus.SIGNATORY, date(2009, 1, 2)),
        State("s-chn", "CHN", "中国", StateStatus.NOT_PARTY),
    ]


@pytest.fixture
def sample_organisations() -> list[Organisation]:
    return [
        Organisation("o-gichd", "Geneva International Centre for Humanitarian Demining", "GICHD")
    ]


@pytest.fixture
def sample_contacts() -> list[Contact]:
    """Enough contacts to fill more than one page, one name per script in each group."""
    homes: list[tuple[str | None, str | None]] = [
        ("s-civ", None),
        ("s-lao", None),
        (None, "o-gichd"),
        (None, None),
    ]
    contacts = []
    for number in range(84):
        state_id, organisation_id = homes[number % 4]
        name = list(NAMES.values())[number % len(NAMES)]
        contacts.append(
            Contact(
                f"c{number}",
                f"{name} {number}" if number >= len(NAMES) else name,
                title="Ms" if number % 2 else "Mr",
                position="Deputy Permanent Representative" if number % 3 else "Desk officer",
                state_id=state_id,
                organisation_id=organisation_id,
                email=f"contact{number}@mission.example.org",
                phone="+41 22 555 01 01",
            )
        )
    return contacts
