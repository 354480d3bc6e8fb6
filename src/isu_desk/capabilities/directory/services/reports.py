"""The Directory's reports: the States list and the contact directory."""

from __future__ import annotations

from collections.abc import Mapping

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.directory.domain import Contact, Organisation, State
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.services.reports import ReportSpec, report_meta
from isu_desk.storage.database import Database


def _states(database: Database, _options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.directory.reports import states

    records = DirectoryService(database).all(State)
    return states.states_report(records, report_meta(database, states.TITLE, wide=True))


def _directory(database: Database, _options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.directory.reports import directory

    service = DirectoryService(database)
    contacts = service.all(Contact)
    meta = report_meta(database, directory.TITLE)
    return directory.directory_report(contacts, service.all(State), service.all(Organisation), meta)


REPORTS: dict[str, ReportSpec] = {
    "states": ReportSpec(
        "states", QT_TRANSLATE_NOOP("Capabilities", "States Parties and signatories"), (), _states
    ),
    "directory": ReportSpec(
        "directory", QT_TRANSLATE_NOOP("Capabilities", "Contact directory"), (), _directory
    ),
}
