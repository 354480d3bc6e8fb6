"""The Directory's records whose history can be read and restored, with their save paths.

Declared to the registry as this capability's ``history``; a restore goes
through the same service call as an edit in a form.
"""

from __future__ import annotations

from isu_desk.capabilities.directory.domain import Contact, OfficeHolder, Organisation, State
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.services.history_kinds import Loader, RecordKind, Saver


def _directory(cls: type) -> tuple[Loader, Saver]:
    return (
        lambda db, record_id: DirectoryService(db).get(cls, record_id),
        lambda db, record: DirectoryService(db).save(record),
    )


KINDS: tuple[RecordKind, ...] = (
    RecordKind("states", "states", "State", State, *_directory(State)),
    RecordKind("organisations", "organisations", "Organisation", Organisation,
               *_directory(Organisation)),
    RecordKind("contacts", "contacts", "Contact", Contact, *_directory(Contact)),
    RecordKind("office_holders", "office_holders", "Office holder", OfficeHolder,
               *_directory(OfficeHolder)),
)  # fmt: skip
