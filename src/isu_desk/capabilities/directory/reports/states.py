"""The list of States Parties and signatories: status and treaty dates, grouped by status."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from isu_desk.capabilities.directory.domain import State, StateStatus
from isu_desk.domain.text import fold
from isu_desk.reports.letterhead import (
    ReportMeta,
    content_width,
    render_document,
    short_date,
    title_block,
)
from isu_desk.reports.tables import data_table
from isu_desk.reports.text import paragraph

TITLE = "States Parties and signatories"
HEADERS = (
    "ISO",
    "State",
    "Status",
    "Signature",
    "Ratification / accession",
    "Entry into force",
    "Withdrawal",
)
# Column shares of the page width, in the order of HEADERS.
_SHARES = (0.055, 0.29, 0.10, 0.11, 0.18, 0.13, 0.135)
STATUS_ORDER = (
    StateStatus.STATE_PARTY,
    StateStatus.SIGNATORY,
    StateStatus.WITHDRAWN,
    StateStatus.NOT_PARTY,
)
GROUP_TITLES = {
    StateStatus.STATE_PARTY: "States Parties",
    StateStatus.SIGNATORY: "Signatories",
    StateStatus.WITHDRAWN: "Withdrawn",
    StateStatus.NOT_PARTY: "Not party",
}
_SUMMARY_WORDS = {
    StateStatus.STATE_PARTY: ("State Party", "States Parties"),
    StateStatus.SIGNATORY: ("signatory", "signatories"),
    StateStatus.WITHDRAWN: ("withdrawn", "withdrawn"),
    StateStatus.NOT_PARTY: ("not party", "not party"),
}


def group_by_status(states: Sequence[State]) -> list[tuple[StateStatus, list[State]]]:
    """Non-empty groups in :data:`STATUS_ORDER`, each sorted by name (accents ignored)."""
    groups = []
    for status in STATUS_ORDER:
        members = sorted((s for s in states if s.status is status), key=lambda s: fold(s.name))
        if members:
            groups.append((status, members))
    return groups


def summary_line(states: Sequence[State]) -> str:
    """``112 States Parties, 12 signatories, 1 withdrawn.`` (statuses with no State left out)."""
    parts = []
    for status, members in group_by_status(states):
        singular, plural = _SUMMARY_WORDS[status]
        parts.append(f"{len(members)} {singular if len(members) == 1 else plural}")
    return (", ".join(parts) + ".") if parts else "No States recorded."


def _consent(state: State) -> str:
    if state.consent_date is None:
        return ""
    kind = f" ({state.consent_type.value})" if state.consent_type else ""
    return short_date(state.consent_date) + kind


def _row(state: State) -> list[str]:
    return [
        state.iso3,
        state.name,
        state.status.label,
        short_date(state.signature_date),
        _consent(state),
        short_date(state.entry_into_force_date),
        short_date(state.withdrawal_date),
    ]


def states_flowables(states: Sequence[State], meta: ReportMeta) -> list[Flowable]:
    """The report's content: title, summary, one table per status group."""
    widths = [share * content_width(meta) for share in _SHARES]
    story: list[Flowable] = [*title_block(meta), paragraph(summary_line(states))]
    for status, members in group_by_status(states):
        caption = f"{GROUP_TITLES[status]} ({len(members)})"
        story.append(data_table(HEADERS, [_row(s) for s in members], widths, caption=caption))
    return story


def states_report(states: Sequence[State], meta: ReportMeta | None = None) -> bytes:
    """The PDF of the States Parties and signatories list (landscape A4)."""
    meta = meta or ReportMeta(TITLE, wide=True)
    return render_document(meta, states_flowables(states, meta))
