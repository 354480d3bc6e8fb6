"""Meetings: the record of every meeting, its documents, who attended, minutes,
decisions and the action points followed to closure.

Its declaration below is all the shell knows of it; other capabilities use it
only through :mod:`isu_desk.capabilities.meetings.api`.
"""

from isu_desk.capabilities.declaration import (
    Capability,
    RecordType,
    Section,
    Setting,
    Transfer,
)

_HERE = "isu_desk.capabilities.meetings"
_RECORDS = f"{_HERE}.domain.records"

CAPABILITY = Capability(
    name="meetings",
    title="Meetings",
    models=f"{_HERE}.storage.models",
    record_types=(
        RecordType("meetings", "meeting", f"{_RECORDS}:Meeting"),
        RecordType("agenda_items", "agenda item", f"{_RECORDS}:AgendaItem"),
        RecordType("meeting_documents", "document", f"{_RECORDS}:Document"),
        RecordType("participants", "participant", f"{_RECORDS}:Participant"),
        RecordType("minutes", "minutes", f"{_RECORDS}:Minutes"),
        RecordType("minute_entries", "minutes text", f"{_RECORDS}:MinuteEntry"),
        RecordType("minute_corrections", "minutes correction", f"{_RECORDS}:MinuteCorrection"),
        RecordType("decisions", "decision", f"{_RECORDS}:Decision"),
        RecordType("action_points", "action point", f"{_RECORDS}:ActionPoint"),
    ),
    transfer=Transfer(
        f"{_HERE}.services.files",
        ("meetings", "documents", "participants", "action-points", "minutes"),
        ("csv", "json", "xlsx"),
    ),
    reports=f"{_HERE}.services.reports:REPORTS",
    # Still to build: the window section (page), dashboard tile and CLI commands.
    section=Section(
        "Meetings",
        40,
        plan="Meetings, their documents, participants, minutes, decisions and the action "
        "points followed to closure.",
    ),
    demo=f"{_HERE}.services.demo:load_demo",
    seed=f"{_HERE}.services.seed:seed_meetings",
    settings=(Setting("document_symbol_prefix", "Document symbol prefix", "CCM"),),
)
