"""History commands: ``history``, ``restore-value``, ``deleted`` and ``undelete``.

They read and restore any record kind's history from the change log through
:class:`~isu_desk.services.history.HistoryService`; a restore is a normal
edit (validated, captured, synced).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TypeVar

from isu_desk.capabilities import registry
from isu_desk.cli.common import open_database_for, print_errors
from isu_desk.domain.errors import Result

# The services (and every capability's history kinds) are imported when a
# command runs, so that building the parser (``isu-desk --help``) loads none.
if TYPE_CHECKING:
    from isu_desk.services.history import HistoryEntry, HistoryService

T = TypeVar("T")


def _with_service(args: argparse.Namespace, work: Callable[[HistoryService], T]) -> T:
    from isu_desk.services.history import HistoryService

    database = open_database_for(args)
    try:
        return work(HistoryService(database))
    finally:
        database.close()


def _line(entry: HistoryEntry) -> str:
    marks = [m for m in ("from sync" if entry.from_sync else "", entry.conflict) if m]
    noted = f"  [{', '.join(marks)}]" if marks else ""
    if entry.action == "deleted":
        change = "record deleted"
    elif entry.field == "":
        change = "record restored"
    else:
        change = f"{entry.label}: {entry.old or '—'} → {entry.new or '—'}"
    return f"{entry.when}  {entry.workstation}  #{entry.change_id}  {change}{noted}"


def _history(args: argparse.Namespace) -> int:
    entries = _with_service(args, lambda s: s.history(args.kind, args.id))
    if args.json:
        print(json.dumps([asdict(e) for e in entries], indent=2, ensure_ascii=False, default=str))
        return 0
    if not entries:
        return print_errors([f"No history for {args.kind} {args.id}."])
    for entry in entries:
        print(_line(entry))
    return 0


def _done(result: Result[Any], message: str) -> int:
    if not result.ok:
        return print_errors(str(e) for e in result.errors)
    print(message)
    return 0


def _restore_value(args: argparse.Namespace) -> int:
    result = _with_service(
        args, lambda s: s.restore_value(args.kind, args.id, args.field, args.change)
    )
    return _done(result, f"{args.field} restored from change #{args.change}.")


def _deleted(args: argparse.Namespace) -> int:
    records = _with_service(args, lambda s: s.deleted_records(args.kind))
    if args.json:
        print(json.dumps([asdict(r) for r in records], indent=2, ensure_ascii=False))
        return 0
    for record in records:
        print(f"{record.record_id}  {record.label}  deleted {record.when} by {record.workstation}")
    return 0


def _undelete(args: argparse.Namespace) -> int:
    result = _with_service(args, lambda s: s.restore_deleted(args.kind, args.id))
    return _done(result, f"Restored {args.kind} {args.id}.")


def _kind(name: str) -> str:
    """The KIND argument, checked when a command runs (the kinds load every capability)."""
    from isu_desk.services.history_kinds import names, record_kind

    if record_kind(name) is None:
        raise argparse.ArgumentTypeError(
            f"invalid choice: {name!r} (choose from {', '.join(map(repr, names()))})"
        )
    return name


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``history``, ``restore-value``, ``deleted`` and ``undelete``."""
    # Named by their tables (what the capabilities declare; the commands take these too).
    kinds = ", ".join(t.table for c in registry.with_("history") for t in c.record_types)
    history = subparsers.add_parser("history", help="every change of one record's fields")
    history.add_argument("kind", metavar="KIND", type=_kind, help=kinds)
    history.add_argument("id", metavar="ID")
    history.add_argument("--json", action="store_true", help="print as JSON")
    history.set_defaults(handler=_history)

    restore = subparsers.add_parser(
        "restore-value", help="write back a field's value from its history (syncs as an edit)"
    )
    restore.add_argument("kind", metavar="KIND", type=_kind, help=kinds)
    restore.add_argument("id", metavar="ID")
    restore.add_argument("field", metavar="FIELD")
    restore.add_argument(
        "--change", type=int, required=True, metavar="N", help="the change number (#N in history)"
    )
    restore.set_defaults(handler=_restore_value)

    deleted = subparsers.add_parser("deleted", help="records of a kind that were deleted")
    deleted.add_argument("kind", metavar="KIND", type=_kind, help=kinds)
    deleted.add_argument("--json", action="store_true", help="print as JSON")
    deleted.set_defaults(handler=_deleted)

    undelete = subparsers.add_parser("undelete", help="restore a deleted record")
    undelete.add_argument("kind", metavar="KIND", type=_kind, help=kinds)
    undelete.add_argument("id", metavar="ID")
    undelete.set_defaults(handler=_undelete)
