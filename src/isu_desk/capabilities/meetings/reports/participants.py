"""The list of participants of a meeting, as UN lists are printed.

Grouped by category (States Parties, signatory States, observer States, the
United Nations and international organisations, non-governmental
organisations), then by delegation in alphabetical order (accents ignored);
within a delegation the head comes first, then the others by name. Names and
titles print in any script. Each category is a heading and one table whose
column headers repeat on every page it spans; the delegation is named on its
first row and a thin rule separates delegations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, TableStyle

from isu_desk.capabilities.meetings.domain.records import STATE_CATEGORIES, DelegationCategory
from isu_desk.domain.text import fold
from isu_desk.reports.letterhead import ReportMeta, content_width, render_document, title_block
from isu_desk.reports.styles import RULE
from isu_desk.reports.tables import data_table
from isu_desk.reports.text import paragraph

TITLE = "List of participants"
HEADERS = ("Delegation", "Name", "Position")
_SHARES = (0.30, 0.32, 0.38)
HEAD = "Head of delegation"


@dataclass(frozen=True, slots=True)
class Attendee:
    """One person as printed (filled by the services from participants and contacts)."""

    category: DelegationCategory
    delegation: str
    title: str
    name: str
    position: str = ""
    head: bool = False


@dataclass(frozen=True, slots=True)
class Delegation:
    category: DelegationCategory
    name: str
    people: tuple[Attendee, ...]


def group_attendees(attendees: Sequence[Attendee]) -> list[Delegation]:
    """Delegations in printed order: by category, then name A to Z (accents ignored)."""
    buckets: dict[tuple[DelegationCategory, str], list[Attendee]] = {}
    for person in attendees:
        buckets.setdefault((person.category, person.delegation), []).append(person)
    order = list(DelegationCategory)
    keys = sorted(buckets, key=lambda key: (order.index(key[0]), fold(key[1]), key[1]))
    return [
        Delegation(category, name, tuple(sorted(buckets[category, name], key=_in_delegation)))
        for category, name in keys
    ]


def _in_delegation(person: Attendee) -> tuple[bool, str, str]:
    return not person.head, fold(person.name), person.name


def _summary(delegations: Sequence[Delegation]) -> str:
    people = sum(len(d.people) for d in delegations)
    if not people:
        return "No participants are registered yet."
    states = sum(1 for d in delegations if d.category in STATE_CATEGORIES)
    return (
        f"{people:,} participant{'' if people == 1 else 's'} from "
        f"{len(delegations)} delegation{'' if len(delegations) == 1 else 's'} "
        f"({states} State{'' if states == 1 else 's'})."
    )


def _rows(delegations: Sequence[Delegation]) -> tuple[list[list[str]], list[int]]:
    """Table rows (the delegation named on its first row) and where each delegation starts."""
    rows: list[list[str]] = []
    starts: list[int] = []
    for delegation in delegations:
        starts.append(len(rows))
        for index, person in enumerate(delegation.people):
            role = ", ".join(
                part for part in (HEAD if person.head else "", person.position) if part
            )
            name = f"{person.title} {person.name}".strip()
            rows.append([delegation.name if index == 0 else "", name, role])
    return rows, starts


def participants_flowables(delegations: Sequence[Delegation], meta: ReportMeta) -> list[Flowable]:
    """Title, summary, then each category's heading and table (headers repeated on every
    page; a caption spanning the columns would make reportlab's page splits slower)."""
    widths = [share * content_width(meta) for share in _SHARES]
    story: list[Flowable] = [*title_block(meta), paragraph(_summary(delegations))]
    for category in DelegationCategory:
        mine = [d for d in delegations if d.category is category]
        if not mine:
            continue
        rows, starts = _rows(mine)
        story.append(paragraph(category.label, "heading"))
        table = data_table(HEADERS, rows, widths)
        # No zebra (it would cut across delegations); a rule above each delegation but
        # the first (row 0 is the header).
        rules = [("LINEABOVE", (0, 1 + at), (-1, 1 + at), 0.4, RULE) for at in starts[1:]]
        table.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [None]), *rules]))
        story.append(table)
    return story


def participants_report(attendees: Sequence[Attendee], meta: ReportMeta) -> bytes:
    """The PDF of the list of participants."""
    return render_document(meta, participants_flowables(group_attendees(attendees), meta))
