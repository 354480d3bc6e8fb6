"""Printing reports: the catalogue of reports, rendering one to PDF bytes, writing it to a file.

The CLI (``isu-desk report NAME``) and the Reports window both come here.
Each capability declares its reports in the registry (a ``dict[str,
ReportSpec]``). reportlab is only imported when a report is rendered, so
listing the reports stays quick.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import load
from isu_desk.domain.errors import DataError
from isu_desk.storage import settings
from isu_desk.storage.database import Database

if TYPE_CHECKING:
    from isu_desk.reports.letterhead import ReportMeta

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

    with database.read() as session:
        name = settings.get(session, UNIT_NAME_SETTING)
        address = settings.get(session, UNIT_ADDRESS_SETTING)
    meta = ReportMeta(title, subtitle=subtitle, wide=wide)
    if name:
        meta = replace(meta, unit_name=name)
    if address:
        meta = replace(meta, unit_address=address)
    return meta


def available_reports() -> dict[str, ReportSpec]:
    """Every report by name, in catalogue order (the capabilities' order)."""
    found: dict[str, ReportSpec] = {}
    for _capability, reports in registry.loaded("reports"):
        found.update(reports)
    return found


def option_choices(database: Database, option: str) -> list[tuple[str, str]] | None:
    """The records an option picks from as (id, label), newest first; None for a typed
    option (a year). The module declaring a capability's ``reports`` offers them in its
    ``OPTION_CHOICES``."""
    for capability in registry.with_("reports"):
        module = load(capability.reports.partition(":")[0])
        offered = getattr(module, "OPTION_CHOICES", {})
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
