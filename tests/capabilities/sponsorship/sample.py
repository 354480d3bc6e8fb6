"""Sample records of the Sponsorship domain tests: a round for 13MSP and its applications."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from isu_desk.capabilities.directory.api import StateStatus
from isu_desk.capabilities.sponsorship.domain.priority import StateFacts
from isu_desk.capabilities.sponsorship.domain.records import Application, MeetingDates, Round

MEETING = MeetingDates(date(2025, 9, 16), date(2025, 9, 19))
ROUND = Round(
    id="r1",
    meeting_id="m13",
    deadline=date(2025, 7, 8),
    budget_chf=Decimal("60000"),
    dsa_rate_chf=Decimal("385"),
    terminal_expenses_chf=Decimal("120"),
    call_issued_on=date(2025, 5, 2),
    hotel_rate_chf=Decimal("210"),
)
APPLICATION = Application(
    id="a1",
    round_id="r1",
    state_id="LAO",
    nominee_name="ສົມພອນ ແກ້ວມະນີ",
    received_on=date(2025, 6, 20),
    reference="NV/2025/114",
    nominee_title="Mr",
    nominee_ministry="National Regulatory Authority for UXO",
    nominee_email="somphone@example.la",
    ticket_chf=Decimal("1850.40"),
    dsa_days=5,
    departure_on=date(2025, 9, 14),
    return_on=date(2025, 9, 20),
)
LAO = StateFacts(
    "LAO",
    StateStatus.STATE_PARTY,
    least_developed=True,
    article4_obligation=True,
    article4_deadline=date(2025, 8, 1),
)


def application(**changes: object) -> Application:
    """:data:`APPLICATION` with fields replaced."""
    return replace(APPLICATION, **changes)  # type: ignore[arg-type]
