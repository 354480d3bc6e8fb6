"""Minutes in the Coordination Committee form.

Meeting, date, place and chair; who was present and who sent apologies;
approval of the previous minutes; matters arising (open points carried
forward); what was said under each agenda item, with any correction of
approved text (the approved text is kept and shown); the decisions; and a
table of the action points (what, who, by when, status).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from isu_desk.capabilities.meetings.reports.lists import ActionLine, action_table
from isu_desk.reports.letterhead import (
    ReportMeta,
    content_width,
    long_date,
    render_document,
    title_block,
)
from isu_desk.reports.tables import data_table
from isu_desk.reports.text import paragraph

NO_RECORD = "Nothing was recorded under this item."


@dataclass(frozen=True, slots=True)
class MinutesCorrectionText:
    corrected_on: date
    reason: str
    approved_text: str


@dataclass(frozen=True, slots=True)
class MinutesSection:
    number: str
    title: str
    text: str
    corrections: tuple[MinutesCorrectionText, ...] = ()


@dataclass(frozen=True, slots=True)
class MinutesDocument:
    """Everything the minutes print (filled by the services)."""

    meeting: str
    dates: str
    place: str
    chair: str
    status: str
    present: tuple[str, ...]
    apologies: tuple[str, ...]
    previous_minutes: str
    sections: tuple[MinutesSection, ...]
    decisions: tuple[tuple[str, str], ...]  # (number, text)
    action_points: tuple[ActionLine, ...]
    matters_arising: tuple[ActionLine, ...] = ()


def _facts(minutes: MinutesDocument, width: float) -> Flowable:
    rows = [
        ["Date", minutes.dates],
        ["Place", minutes.place or "—"],
        ["Chair", minutes.chair or "—"],
        ["Status of these minutes", minutes.status],
    ]
    return data_table(("Meeting", minutes.meeting), rows, [0.28 * width, 0.72 * width])


def _people(label: str, names: Sequence[str]) -> list[Flowable]:
    text = "; ".join(names) if names else "None recorded."
    return [paragraph(label, "heading"), paragraph(text)]


def _section(section: MinutesSection) -> list[Flowable]:
    story = [
        paragraph(f"{section.number}. {section.title}", "heading"),
        paragraph(section.text or NO_RECORD),
    ]
    for fix in section.corrections:
        story.append(
            paragraph(
                f"Corrected on {long_date(fix.corrected_on)} ({fix.reason}). "
                f"Text as approved: “{fix.approved_text}”",
                "small",
            )
        )
    return story


def minutes_flowables(minutes: MinutesDocument, meta: ReportMeta) -> list[Flowable]:
    width = content_width(meta)
    story: list[Flowable] = [*title_block(meta), _facts(minutes, width)]
    story += _people("Present", minutes.present)
    story += _people("Apologies", minutes.apologies)
    if minutes.previous_minutes:  # Committee-style meetings; formal ones adopt a report
        story += [paragraph("Approval of the previous minutes", "heading")]
        story += [paragraph(minutes.previous_minutes)]
    if minutes.matters_arising:
        story.append(paragraph("Matters arising", "heading"))
        story.append(action_table(minutes.matters_arising, width))
    for section in minutes.sections:
        story += _section(section)
    story.append(paragraph("Decisions", "heading"))
    if minutes.decisions:
        rows = [[number, text] for number, text in minutes.decisions]
        story.append(data_table(("No.", "Decision"), rows, [0.1 * width, 0.9 * width]))
    else:
        story.append(paragraph("No decisions were taken."))
    story.append(paragraph("Action points", "heading"))
    if minutes.action_points:
        story.append(action_table(minutes.action_points, width))
    else:
        story.append(paragraph("No action points were agreed."))
    return story


def minutes_report(minutes: MinutesDocument, meta: ReportMeta) -> bytes:
    """The PDF of a meeting's minutes."""
    return render_document(meta, minutes_flowables(minutes, meta))


def date_span(first: date, last: date | None) -> str:
    """``16–19 September 2025``, ``30 August – 2 September 2022`` or one day."""
    if last is None or last == first:
        return long_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{long_date(last)}"
    if first.year == last.year:
        return f"{long_date(first).rsplit(' ', 1)[0]} – {long_date(last)}"
    return f"{long_date(first)} – {long_date(last)}"
