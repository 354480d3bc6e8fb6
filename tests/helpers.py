"""Helpers shared by several test modules (fixtures live in conftest.py)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

from isu_desk.capabilities.contributions.domain.records import (
    Contribution,
    ContributionForm,
    ContributionKind,
    Pledge,
    chf_equivalent,
)
from isu_desk.domain.errors import FieldError
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage import settings
from isu_desk.storage.changelog import apply_entry, read_changes, table_contents
from isu_desk.storage.database import Database
from isu_desk.storage.models import replicated_tables


def bare_database(folder: Path, workstation_id: str, name: str = "Desk") -> Database:
    """A migrated database with a workstation id and no records (no seeding)."""
    db = open_data_folder(folder)
    with db.transaction() as session:
        settings.put(session, "workstation_id", workstation_id)
        settings.put(session, "workstation_name", name)
    db.load_clock()
    return db


def snapshot(db: Database) -> dict[str, list[dict[str, object]]]:
    """Every replicated table's rows (raw column values), for comparing databases."""
    with db.transaction() as session:
        return {table: table_contents(session, table) for table in replicated_tables()}


def replay_log(source: Database, target: Database) -> None:
    """Apply every entry of ``source``'s change log to ``target``, in log order."""
    with source.transaction() as session:
        changes = list(read_changes(session))
    with target.transaction() as session:
        for change in changes:
            apply_entry(session, change)


# A EUR pledge of 30,000 over 2025-2027 and payments against it (domain tests).
PLEDGE = Pledge("p1", "s1", None, "f1", date(2025, 1, 10), "EUR", Decimal("30000"), 2025, 2027)


def payment(amount: str, **changes: object) -> Contribution:
    """A EUR payment against :data:`PLEDGE` at 0.95, with any field replaced."""
    base = Contribution(
        id="c1",
        donor_state_id="s1",
        donor_organisation_id=None,
        fund_id="f1",
        pledge_id="p1",
        kind=ContributionKind.MULTI_YEAR,
        form=ContributionForm.FINANCIAL,
        currency="EUR",
        amount=Decimal(amount),
        rate_to_chf=Decimal("0.95"),
        amount_chf=chf_equivalent(Decimal(amount), Decimal("0.95")),
        pledge_amount=None,
        received_on=date(2025, 3, 1),
        work_plan_year=2025,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def fields(errors: Iterable[FieldError]) -> set[str]:
    """The fields named by a list of errors."""
    return {e.field for e in errors}


def packaging_script(relative: str) -> ModuleType:
    """A script of ``packaging/`` loaded by its path (the folder's name is also a library's)."""
    path = Path(__file__).resolve().parents[1] / "packaging" / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def passphrase_file(folder: Path, where: Path) -> Path:
    """Give ``folder``'s database a passphrase so that another process opens it; the file of it.

    Keys are kept in the tests' in-memory keyring, which a child process cannot see.
    """
    from isu_desk.secrets import database_key
    from isu_desk.services.encryption import Unlocker, set_passphrase

    passphrase = "child process passphrase"
    path = where / "passphrase.txt"
    path.write_text(passphrase, encoding="utf-8")
    set_passphrase(folder, Unlocker(database_key.os_keyring(), lambda _new, _ask: None), passphrase)
    return path


def raw_connection(path: Path) -> Any:
    """A DB-API connection to a database file; keyed from the tests' keyring when encrypted."""
    from isu_desk.secrets import database_key
    from isu_desk.storage.cipher import FileKind, connect, file_kind, file_salt

    key = None
    if file_kind(path) is FileKind.ENCRYPTED:
        key = database_key.stored_key(database_key.os_keyring(), file_salt(path))
    return connect(path, key)
