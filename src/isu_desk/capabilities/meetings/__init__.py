"""Meetings: the record of every meeting, its documents, who attended, minutes,
decisions and the action points followed to closure.

Its declaration below is all the shell knows of it; other capabilities use it
only through :mod:`isu_desk.capabilities.meetings.api`.
"""

from isu_desk.capabilities.declaration import (
    QT_TRANSLATE_NOOP,
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
    title=QT_TRANSLATE_NOOP("Capabilities", "Meetings"),
    models=f"{_HERE}.storage.models",
    record_types=(
        RecordType("meetings", QT_TRANSLATE_NOOP("Capabilities", "meeting"), f"{_RECORDS}:Meeting"),
        RecordType(
            "agenda_items",
            QT_TRANSLATE_NOOP("Capabilities", "agenda item"),
            f"{_RECORDS}:AgendaItem",
        ),
        RecordType(
            "meeting_documents",
            QT_TRANSLATE_NOOP("Capabilities", "document"),
            f"{_RECORDS}:Document",
        ),
        RecordType(
            "participants",
            QT_TRANSLATE_NOOP("Capabilities", "participant"),
            f"{_RECORDS}:Participant",
        ),
        RecordType("minutes", QT_TRANSLATE_NOOP("Capabilities", "minutes"), f"{_RECORDS}:Minutes"),
        RecordType(
            "minute_entries",
            QT_TRANSLATE_NOOP("Capabilities", "minutes text"),
            f"{_RECORDS}:MinuteEntry",
        ),
        RecordType(
            "minute_corrections",
            QT_TRANSLATE_NOOP("Capabilities", "minutes correction"),
            f"{_RECORDS}:MinuteCorrection",
        ),
        RecordType(
            "decisions", QT_TRANSLATE_NOOP("Capabilities", "decision"), f"{_RECORDS}:Decision"
        ),
        RecordType(
            "action_points",
            QT_TRANSLATE_NOOP("Capabilities", "action point"),
            f"{_RECORDS}:ActionPoint",
        ),
    ),
    transfer=Transfer(
        f"{_HERE}.services.files",
        ("meetings", "documents", "participants", "action-points", "minutes"),
        ("csv", "json", "xlsx"),
    ),
    commands=f"{_HERE}.cli:register",
    reports=f"{_HERE}.services.reports:REPORTS",
    section=Section(
        QT_TRANSLATE_NOOP("Capabilities", "Meetings"),
        40,
        page=f"{_HERE}.ui.page:MeetingsPage",
        menu=True,
    ),
    tile=f"{_HERE}.ui.tile:MeetingsTile",
    demo=f"{_HERE}.services.demo:load_demo",
    seed=f"{_HERE}.services.seed:seed_meetings",
    history=f"{_HERE}.services.history:KINDS",
    settings=(
        Setting(
            "document_symbol_prefix",
            QT_TRANSLATE_NOOP("Capabilities", "Document symbol prefix"),
            "CCM",
        ),
    ),
)
