"""Lists of a meeting: its decisions and its documents; and the action-point tracker
across meetings, grouped by owner (open points, overdue ones marked)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Table

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

ACTION_HEADERS = ("What", "Who", "By when", "Status")
TRACKER_HEADERS = ("What", "Meeting", "By when", "Status")
_ACTION_SHARES = (0.52, 0.2, 0.13, 0.15)
UN_LETTERS = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}
OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class ActionLine:
    text: str
    owner: str
    due_on: date | None
    status: str
    overdue: bool = False
    meeting: str = ""


@dataclass(frozen=True, slots=True)
class DocumentLine:
    symbol: str
    title: str
    languages: str
    status: str
    issued_on: date | None = None


def _status(line: ActionLine) -> str:
    return f"{line.status}, {OVERDUE}" if line.overdue else line.status


def action_table(lines: Sequence[ActionLine], width: float, caption: str = "") -> Table:
    """What, who, by when, status: the table of the minutes and of the tracker."""
    rows = [[line.text, line.owner, short_date(line.due_on), _status(line)] for line in lines]
    widths = [share * width for share in _ACTION_SHARES]
    return data_table(ACTION_HEADERS, rows, widths, caption=caption)


def tracker_report(lines: Sequence[ActionLine], meta: ReportMeta) -> bytes:
    """Open action points by owner (A to Z), overdue first within each owner."""
    width = content_width(meta)
    owners: dict[str, list[ActionLine]] = {}
    for line in lines:
        owners.setdefault(line.owner or "Unassigned", []).append(line)
    overdue = sum(1 for line in lines if line.overdue)
    story: list[Flowable] = [
        *title_block(meta),
        paragraph(f"{len(lines)} open action points, {overdue} overdue."),
    ]
    for owner in sorted(owners, key=lambda name: (fold(name), name)):
        mine = sorted(owners[owner], key=lambda a: (not a.overdue, a.due_on or date.max))
        rows = [[line.text, line.meeting, short_date(line.due_on), _status(line)] for line in mine]
        widths = [share * width for share in _ACTION_SHARES]
        story.append(data_table(TRACKER_HEADERS, rows, widths, caption=owner))
    if not lines:
        story.append(paragraph("No action point is open."))
    return render_document(meta, story)


def decisions_report(decisions: Sequence[tuple[str, str, str]], meta: ReportMeta) -> bytes:
    """(number, kind, text) of each decision of a meeting."""
    width = content_width(meta)
    story: list[Flowable] = [*title_block(meta)]
    if decisions:
        rows = [[number, kind, text] for number, kind, text in decisions]
        widths = [0.08 * width, 0.17 * width, 0.75 * width]
        story.append(data_table(("No.", "Kind", "Decision"), rows, widths))
    else:
        story.append(paragraph("No decisions are recorded for this meeting."))
    return render_document(meta, story)


def languages_label(codes: str) -> str:
    """``en,fr,es`` → ``E F S`` (the UN's letters, in their order: A C E F R S)."""
    found = {part.strip().lower() for part in codes.split(",")}
    return " ".join(letter for code, letter in UN_LETTERS.items() if code in found)


def documents_report(documents: Sequence[DocumentLine], meta: ReportMeta) -> bytes:
    """Symbol, title, languages, status and date of each document, in symbol order."""
    width = content_width(meta)
    story: list[Flowable] = [*title_block(meta)]
    if documents:
        rows = [
            [
                d.symbol,
                d.title,
                languages_label(d.languages),
                d.status.capitalize(),
                short_date(d.issued_on),
            ]
            for d in documents
        ]
        widths = [w * width for w in (0.22, 0.43, 0.13, 0.09, 0.13)]
        headers = ("Symbol", "Title", "Languages", "Status", "Issued")
        story.append(data_table(headers, rows, widths))
    else:
        story.append(paragraph("No documents are recorded for this meeting."))
    return render_document(meta, story)


@dataclass(frozen=True, slots=True)
class CommitteeLine:
    role: str
    state: str
    person: str
    term: str
    elected_at: str


def committee_report(members: Sequence[CommitteeLine], meta: ReportMeta) -> bytes:
    """The Coordination Committee on a date: each office, its State, person and term."""
    width = content_width(meta)
    story: list[Flowable] = [*title_block(meta)]
    if members:
        rows = [[m.role, m.state, m.person, m.term, m.elected_at] for m in members]
        widths = [w * width for w in (0.34, 0.2, 0.2, 0.16, 0.1)]
        headers = ("Office", "State", "Represented by", "Term", "Elected at")
        story.append(data_table(headers, rows, widths))
    else:
        story.append(paragraph("No office-holder term runs on this date."))
    return render_document(meta, story)
