"""Team and sync commands: team create/join, sync, conflicts list/resolve.

``isu-desk sync`` exits 0 when the exchange ran (even with rejected files,
which it lists) and 1 when it could not run (folder unreachable, wrong key).
The passphrase comes from ``--passphrase-file``, ``ISU_DESK_TEAM_PASSPHRASE``
or a prompt; it is asked only when the key is not in a keyring.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from isu_desk.cli.common import CliError, open_database_for, print_errors
from isu_desk.cli.encryption import given_passphrase, typed_passphrase
from isu_desk.domain.hlc import stamp_time
from isu_desk.domain.safe_text import printable

# The services are imported by the handlers that use them, so that building the
# parser (``isu-desk --help``) loads no database, sync or keyring code.
if TYPE_CHECKING:
    from isu_desk.sync.exchange import SyncReport

ENV_PASSPHRASE = "ISU_DESK_TEAM_PASSPHRASE"


def _given_passphrase(args: argparse.Namespace) -> str | None:
    return given_passphrase(getattr(args, "passphrase_file", None), ENV_PASSPHRASE)


def _passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    given = _given_passphrase(args)
    if given is not None:
        return given
    needed = f"The team passphrase is needed: give it with --passphrase-file or {ENV_PASSPHRASE}."
    return typed_passphrase("Team passphrase: ", confirm, needed)


def _team(args: argparse.Namespace) -> int:
    from isu_desk.secrets import KeyringSecretStore
    from isu_desk.services.team import create_team, join_team

    database = open_database_for(args)
    try:
        folder = Path(args.folder).expanduser().resolve()
        store = KeyringSecretStore()
        if args.team_command == "create":
            result = create_team(
                database, folder, _passphrase(args, confirm=True), store, args.name
            )
        else:
            result = join_team(database, folder, _passphrase(args), store)
    finally:
        database.close()
    if not result.ok:
        return print_errors(str(error) for error in result.errors)
    info = result.unwrap()
    verb = "Created" if args.team_command == "create" else "Joined"
    print(f"{verb} team “{info.team_name}” in {info.folder}.")
    if not info.key_in_keyring:
        print(info.notice, file=sys.stderr)
    return 0


def _retire(args: argparse.Namespace) -> int:
    from isu_desk.secrets import KeyringSecretStore
    from isu_desk.services.sync import SyncService

    database = open_database_for(args)
    try:
        result = SyncService(database, KeyringSecretStore()).retire(args.workstation)
    finally:
        database.close()
    if not result.ok:
        return print_errors(str(error) for error in result.errors)
    print(f"Workstation {args.workstation} is retired; it no longer holds archiving back.")
    return 0


def _report_json(report: SyncReport, open_conflicts: int) -> dict[str, Any]:
    data = asdict(report)
    data["entities"] = sorted(report.entities)
    data["rejected"] = [{"file": name, "reason": why} for name, why in report.rejected]
    data["waiting"] = [{"file": name, "reason": why} for name, why in report.waiting]
    data["quarantined"] = [{"change": what, "reason": why} for what, why in report.quarantined]
    data["open_conflicts"] = open_conflicts
    return data


def _print_report(report: SyncReport, open_conflicts: int) -> None:
    for notice in report.notices:
        print(printable(notice))
    print(
        f"Sent {report.sent} changes, received {report.received} "
        f"from {len(report.workstations)} other workstations."
    )
    print(f"Conflicts: {report.new_conflicts} new, {open_conflicts} open.")
    for name, why in report.rejected:
        print(printable(f"Rejected {name}: {why}"))
    for name, why in report.waiting:
        print(printable(f"Waiting {name}: {why}"))
    for what, why in report.quarantined:
        print(printable(f"Held back {what}: {why}"))
    for warning in report.clock_warnings:
        print(f"Warning: {warning}")
    if report.snapshot_written or report.archived:
        print(f"Snapshot written: {'yes' if report.snapshot_written else 'no'}; "
              f"{report.archived} old files archived.")  # fmt: skip


def _sync(args: argparse.Namespace) -> int:
    from isu_desk.secrets import KeyringSecretStore
    from isu_desk.services.sync import SyncService
    from isu_desk.services.team import PassphraseNeeded

    database = open_database_for(args)
    try:
        service = SyncService(database, KeyringSecretStore())
        folder = Path(args.folder).expanduser().resolve() if args.folder else None
        try:
            report = service.sync(folder, _given_passphrase(args), args.republish)
        except PassphraseNeeded as exc:
            if not sys.stdin.isatty():
                raise CliError(f"{exc} Use --passphrase-file or {ENV_PASSPHRASE}.") from exc
            try:
                typed = getpass.getpass("Team passphrase: ")
            except (EOFError, KeyboardInterrupt):  # Ctrl+D or Ctrl+C at the prompt
                print(file=sys.stderr)
                raise CliError("No passphrase was typed; nothing was synced.") from None
            report = service.sync(folder, typed, args.republish)
        open_conflicts = service.status().open_conflicts
    finally:
        database.close()
    if args.json:
        print(json.dumps(_report_json(report, open_conflicts), indent=2, ensure_ascii=False))
    else:
        _print_report(report, open_conflicts)
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from isu_desk.secrets import KeyringSecretStore
    from isu_desk.services.sync import SyncService

    database = open_database_for(args)
    try:
        service = SyncService(database, KeyringSecretStore())
        if args.conflicts_command == "resolve":
            result = service.resolve(args.id, args.keep)
            if not result.ok:
                return print_errors(str(error) for error in result.errors)
            print(f"Conflict {args.id} resolved: kept the {args.keep} value.")
            return 0
        conflicts = service.conflicts()
    finally:
        database.close()
    if args.json:
        print(json.dumps([asdict(c) for c in conflicts], indent=2, ensure_ascii=False))
        return 0
    if not conflicts:
        print("No open conflicts.")
    for c in conflicts:
        what = "deleted the record" if c.is_delete else f"{c.field}: {c.other_value!r}"
        print(
            printable(
                f"{c.id}  {c.entity} {c.record_id}  current {c.current_value!r}  "
                f"other (workstation {c.other_workstation[:8]}, {stamp_time(c.other_hlc)}) {what}"
            )
        )
    return 0


def register(commands: Any) -> None:
    """Add ``team``, ``sync`` and ``conflicts`` to the command line."""
    team = commands.add_parser("team", help="create or join a sync team")
    team_commands = team.add_subparsers(dest="team_command", required=True, metavar="ACTION")
    for name, help_text in (("create", "make a new team in a folder"), ("join", "join a team")):
        parser = team_commands.add_parser(name, help=help_text)
        parser.add_argument("--folder", required=True, metavar="DIR", help="the team folder")
        parser.add_argument("--passphrase-file", metavar="F", help="read the passphrase from F")
        if name == "create":
            parser.add_argument("--name", default="ISU team", help="the team's name")
        parser.set_defaults(handler=_team)

    retire = team_commands.add_parser(
        "retire", help="stop waiting for a workstation that will never sync again"
    )
    retire.add_argument("workstation", metavar="ID", help="the workstation id")
    retire.set_defaults(handler=_retire)

    sync = commands.add_parser("sync", help="exchange changes through the team folder")
    sync.add_argument("--folder", metavar="DIR", help="the team folder (default: the last used)")
    sync.add_argument("--passphrase-file", metavar="F", help="read the passphrase from F")
    sync.add_argument("--json", action="store_true", help="print the summary as JSON")
    sync.add_argument(
        "--republish",
        action="store_true",
        help="rewrite everything this workstation holds (for a share that lost files)",
    )
    sync.set_defaults(handler=_sync)

    conflicts = commands.add_parser("conflicts", help="review sync conflicts")
    actions = conflicts.add_subparsers(dest="conflicts_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list open conflicts")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    listing.set_defaults(handler=_conflicts)
    resolve = actions.add_parser("resolve", help="keep one side of a conflict")
    resolve.add_argument("id", help="the conflict id")
    resolve.add_argument("--keep", choices=("current", "other"), required=True)
    resolve.set_defaults(handler=_conflicts)
