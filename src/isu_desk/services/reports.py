"""Printing reports: the catalogue of reports, rendering one to PDF bytes, writing it to a file.

The CLI (``isu-desk report NAME``) and the Reports window both come here.
Reports are found in the modules of :data:`REPORT_MODULES`: each one that is
installed has a module-level ``REPORTS: dict[str, ReportSpec]``. This module
holds the Directory's reports ("states" and "directory"). reportlab is only
imported when a report is rendered, so listing the reports stays quick.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from isu_desk.domain.directory import Contact, Organisation, State
from isu_desk.domain.errors import DataError
from isu_desk.services.directory import DirectoryService
from isu_desk.storage import settings
from isu_desk.storage.database import Database

if TYPE_CHECKING:
    from isu_desk.reports.letterhead import ReportMeta

REPORT_MODULES = ("isu_desk.services.reports", "isu_desk.services.contributions_reports")

# Local settings that override the letterhead's defaults.
UNIT_NAME_SETTING = "unit_name"
UNIT_ADDRESS_SETTING = "unit_address"


@dataclass(frozen=True)
class ReportSpec:
    """One printable report.

    Attributes:
        name: The name typed on the command line (``states``).
        title: The title shown in the Reports window and printed on the PDF.
        options: Options the report needs (``year``); rendering without one fails plainly.
        build: Renders the PDF from the database and the options given.
        optional: Options the report accepts but does not need.
    """

    name: str
    title: str
    options: tuple[str, ...]
    build: Callable[[Database, Mapping[str, str]], bytes]
    optional: tuple[str, ...] = ()


def report_meta(
    database: Database, title: str, *, subtitle: str = "", wide: bool = False
) -> ReportMeta:
    """The letterhead for a report: the unit's name and address from settings, else defaults."""
    from isu_desk.reports.letterhead import ReportMeta

    with database.transaction() as session:
        name = settings.get(session, UNIT_NAME_SETTING)
        address = settings.get(session, UNIT_ADDRESS_SETTING)
    meta = ReportMeta(title, subtitle=subtitle, wide=wide)
    if name:
        meta = replace(meta, unit_name=name)
    if address:
        meta = replace(meta, unit_address=address)
    return meta


def _states(database: Database, _options: Mapping[str, str]) -> bytes:
    from isu_desk.reports import states

    records = DirectoryService(database).all(State)
    return states.states_report(records, report_meta(database, states.TITLE, wide=True))


def _directory(database: Database, _options: Mapping[str, str]) -> bytes:
    from isu_desk.reports import directory

    service = DirectoryService(database)
    contacts = service.all(Contact)
    meta = report_meta(database, directory.TITLE)
    return directory.directory_report(contacts, service.all(State), service.all(Organisation), meta)


REPORTS: dict[str, ReportSpec] = {
    "states": ReportSpec("states", "States Parties and signatories", (), _states),
    "directory": ReportSpec("directory", "Contact directory", (), _directory),
}


def available_reports() -> dict[str, ReportSpec]:
    """Every installed report by name, in catalogue order."""
    found: dict[str, ReportSpec] = {}
    for module_name in REPORT_MODULES:
        if module_name == __name__:
            found.update(REPORTS)
        elif importlib.util.find_spec(module_name) is not None:
            found.update(getattr(importlib.import_module(module_name), "REPORTS", {}))
    return found


def option_choices(database: Database, option: str) -> list[tuple[str, str]] | None:
    """The records an option picks from as (id, label), newest first; None for a typed
    option (a year). Report modules offer them in ``OPTION_CHOICES``."""
    for module_name in REPORT_MODULES:
        if module_name == __name__ or importlib.util.find_spec(module_name) is None:
            continue
        offered = getattr(importlib.import_module(module_name), "OPTION_CHOICES", {})
        if option in offered:
            choices: list[tuple[str, str]] = offered[option](database)
            return choices
    return None


def _check_options(spec: ReportSpec, options: Mapping[str, str]) -> None:
    missing = [name for name in spec.options if not str(options.get(name, "")).strip()]
    if missing:
        raise DataError(
            f"The report “{spec.name}” needs {_listing(missing)}; give "
            + ", ".join(f"{name}=…" for name in missing)
            + "."
        )
    accepted = set(spec.options) | set(spec.optional)
    unknown = sorted(set(options) - accepted)
    if unknown:
        takes = f"takes only {_listing(sorted(accepted))}" if accepted else "takes no options"
        raise DataError(f"The report “{spec.name}” {takes}, not {_listing(unknown)}.")


def _listing(names: list[str]) -> str:
    return ", ".join(f"“{name}”" for name in names)


def render_report(database: Database, name: str, options: Mapping[str, str]) -> bytes:
    """The PDF of report ``name``; an unknown name or a missing option raises DataError."""
    reports = available_reports()
    spec = reports.get(name)
    if spec is None:
        raise DataError(f"There is no report called “{name}”; choose one of: {', '.join(reports)}.")
    _check_options(spec, options)
    return spec.build(database, options)


def write_report(database: Database, name: str, path: Path, options: Mapping[str, str]) -> Path:
    """Render report ``name`` and write it to ``path`` atomically; returns the path written.

    The PDF is written to a temporary file next to ``path`` and renamed over it,
    so a reader never sees half a file and a failure leaves any old file intact.
    """
    path = Path(path).expanduser()
    folder = path.parent
    if not folder.is_dir():
        raise DataError(f"The folder {folder} does not exist; create it or choose another.")
    if path.is_dir():
        raise DataError(f"{path} is a folder; give a file name such as {path / (name + '.pdf')}.")
    data = render_report(database, name, options)
    # Named like the target, hidden, unique; created with the user's usual permissions.
    temporary = folder / f".{path.name}.{uuid.uuid4().hex}.tmp"
    try:
        with temporary.open("xb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise DataError(f"Cannot write {path}: {error.strerror}.") from error
    return path
