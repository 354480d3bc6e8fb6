"""The contact directory: contacts grouped by State, then by organisation, then "Other".

A contact who has an organisation is listed under it (the organisation is who
they work for; the State may only say where); a contact with a State and no
organisation is listed under the State; one with neither under "Other".
Each group is its own table with the group's name above repeated column
headers, which also keeps layout linear in the number of contacts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable

from isu_desk.capabilities.directory.domain import Contact, Organisation, State
from isu_desk.domain.text import fold
from isu_desk.reports.letterhead import ReportMeta, content_width, render_document, title_block
from isu_desk.reports.styles import stylesheet
from isu_desk.reports.tables import data_table
from isu_desk.reports.text import paragraph

TITLE = "Contact directory"
HEADERS = ("Title", "Name", "Position", "E-mail", "Phone")
COLUMN_SHARES = (0.075, 0.225, 0.22, 0.31, 0.17)
OTHER = "Other"
# Room for a section heading, a group caption, the column headers and about three rows.
_HEADING_ROOM = 110.0


@dataclass(frozen=True, slots=True)
class ContactGroup:
    """The contacts of one State or organisation, sorted by name.

    Attributes:
        section: ``"States"``, ``"Organisations"`` or ``"Other"``.
        name: The group's printed name.
        contacts: Its contacts.
    """

    section: str
    name: str
    contacts: tuple[Contact, ...]


def _organisation_name(organisation: Organisation) -> str:
    if organisation.acronym and organisation.acronym != organisation.name:
        return f"{organisation.name} ({organisation.acronym})"
    return organisation.name


def group_contacts(
    contacts: Sequence[Contact],
    states: Sequence[State],
    organisations: Sequence[Organisation],
) -> list[ContactGroup]:
    """Contacts grouped: States A to Z, then organisations A to Z, then "Other"."""
    state_names = {state.id: state.name for state in states}
    organisation_names = {org.id: _organisation_name(org) for org in organisations}
    buckets: dict[tuple[str, str], list[Contact]] = {}
    for contact in contacts:
        if contact.organisation_id in organisation_names:
            key = ("Organisations", organisation_names[contact.organisation_id])
        elif contact.state_id in state_names:
            key = ("States", state_names[contact.state_id])
        else:
            key = (OTHER, OTHER)
        buckets.setdefault(key, []).append(contact)
    order = {"States": 0, "Organisations": 1, OTHER: 2}
    keys = sorted(buckets, key=lambda key: (order[key[0]], fold(key[1]), key[1]))
    return [
        ContactGroup(section, name, tuple(sorted(buckets[section, name], key=_by_name)))
        for section, name in keys
    ]


def _by_name(contact: Contact) -> tuple[str, str]:
    return fold(contact.name), contact.name


def summary(groups: Sequence[ContactGroup]) -> str:
    """The line under the title: how many contacts, States and organisations."""
    total = sum(len(group.contacts) for group in groups)
    if not total:
        return "No contacts recorded yet."
    states = sum(1 for group in groups if group.section == "States")
    organisations = sum(1 for group in groups if group.section == "Organisations")
    return (
        f"{total:,} contact{'' if total == 1 else 's'}: "
        f"{states} State{'' if states == 1 else 's'}, "
        f"{organisations} organisation{'' if organisations == 1 else 's'}."
    )


def _row(contact: Contact) -> list[str]:
    return [contact.title, contact.name, contact.position, contact.email, contact.phone]


def directory_flowables(groups: Sequence[ContactGroup], meta: ReportMeta) -> list[Flowable]:
    """The report's content: title, summary, a heading per section, a table per group."""
    widths = [share * content_width(meta) for share in COLUMN_SHARES]
    story: list[Flowable] = [*title_block(meta), paragraph(summary(groups))]
    section = ""
    for group in groups:
        if group.section != section:
            section = group.section
            if section != OTHER:
                story += _section_heading(section)
        rows = [_row(contact) for contact in group.contacts]
        story.append(data_table(HEADERS, rows, widths, caption=group.name))
    return story


def _section_heading(section: str) -> list[Flowable]:
    """A section's heading, kept with the start of its first table.

    The shared heading style keeps with the whole next flowable, which for a
    group's table taller than the rest of the page means a new page and a
    blank space above (page 1 held only the title). Here the heading moves on
    only when its caption, column headers and a few rows would not follow it.
    """
    style = ParagraphStyle(f"{section}-heading", parent=stylesheet()["heading"], keepWithNext=0)
    return [CondPageBreak(_HEADING_ROOM), paragraph(section, style)]


def directory_report(
    contacts: Sequence[Contact],
    states: Sequence[State],
    organisations: Sequence[Organisation],
    meta: ReportMeta | None = None,
) -> bytes:
    """The PDF of the contact directory."""
    meta = meta or ReportMeta(TITLE)
    groups = group_contacts(contacts, states, organisations)
    return render_document(meta, directory_flowables(groups, meta))
