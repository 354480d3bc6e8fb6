"""The data commands: init, demo, import, export, report, backup, restore, check.

Import and export kinds, demo data and reports come from the capabilities'
declarations (:mod:`isu_desk.capabilities.registry`); a capability's modules
are imported only when a command uses them. Each handler opens the data
folder, calls one service and prints one plain line about what happened;
problems are printed one per line on stderr with exit code 1 (see :mod:`isu_desk.cli.common`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import load
from isu_desk.cli.common import Handler, open_database_for, print_errors
from isu_desk.domain.errors import DataError
from isu_desk.paths import data_dir

# The services are imported by the handlers that use them, so that building the
# parser (``isu-desk --help``) loads no database code.
if TYPE_CHECKING:
    from isu_desk.services.reports import ReportSpec

# A report's options as command-line flags: name -> (metavar, help).
_REPORT_OPTIONS = {
    "year": ("Y", "year of the report"),
    "contribution": ("ID", "a contribution's id"),
    "pledge": ("ID", "a pledge's id"),
    "meeting": ("CODE_OR_ID", "a meeting's code (13MSP) or id"),
    "owner": ("X", "an action point owner's name"),
    "date": ("YYYY-MM-DD", "the day the report is as on"),
    "round": ("R", "a sponsorship round (its meeting's code, e.g. 14MSP)"),
    "application": ("ID", "a sponsorship application's id"),
    "kind": ("K", "a sponsorship letter: offer, regret or waitlist"),
    "language": ("L", "letters in en, fr or es (default: the State's)"),
    "state": ("S", "a State's ISO code or name; repeat it or give a comma list"),
}
# Options that may be given several times; the report gets them as one comma list.
_REPEATED = frozenset({"state"})


def _init(args: argparse.Namespace) -> int:
    from isu_desk.services.workstation import init_workstation

    database = open_database_for(args, initialise=False)
    try:
        station = init_workstation(database, args.workstation_name)
    finally:
        database.close()
    print(f"Workstation “{station.name}” ({station.id}) is ready in {database.path.parent}.")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from isu_desk.services.demo import load_demo

    database = open_database_for(args)
    try:
        loaded = load_demo(database)
    finally:
        database.close()
    if not any(part.total for part in loaded):
        print("The demo data is already loaded; nothing was added.")
    for part in loaded:
        listed = ", ".join(
            _counted(n, what.replace("_", " ")) for what, n in part.added.items() if n
        )
        print(f"{part.title} demo data: {listed or 'nothing'} added.")
        for problem in part.skipped:
            print(f"Skipped a demo record: {problem}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from isu_desk.services.collector import collector_paused

    with collector_paused():  # also while the modules the import needs are imported
        return _imported(args)


def _imported(args: argparse.Namespace) -> int:
    database = open_database_for(args)
    try:
        transfer = load(registry.transfers()[args.kind].module)
        result = transfer.import_file(database, args.kind, Path(args.file))
    except Exception as exc:
        # A database constraint the row checks did not foresee; the import's
        # one transaction was rolled back.
        from isu_desk.storage.cipher import is_driver_error

        reason = getattr(exc, "orig", None)
        if reason is not None and is_driver_error(reason, "IntegrityError"):
            raise DataError(
                f"{args.file} conflicts with records already in the database ({reason}); "
                "nothing was imported."
            ) from exc
        raise
    finally:
        database.close()
    if not result.ok:
        lines = [str(error) for error in result.errors]
        if any(line.startswith("line ") for line in lines):
            lines.append(f"Nothing was imported from {args.file}: fix these lines and try again.")
        return print_errors(lines)
    summary = result.unwrap()
    print(
        f"Imported {args.kind} from {args.file}: {summary.created} created, "
        f"{summary.updated} updated, {summary.unchanged} unchanged."
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    declared = registry.transfers()[args.kind]
    if args.format not in declared.formats:
        able = [k for k, t in registry.transfers().items() if args.format in t.formats]
        return print_errors([f"{args.format} export is for {', '.join(able)}."])
    writer = load(declared.module).write_export
    database = open_database_for(args)
    try:
        if args.output:
            count = writer(database, args.kind, args.format, Path(args.output))
            print(f"Exported {count} {args.kind} to {args.output}.")
        else:
            writer(database, args.kind, args.format, sys.stdout)
    finally:
        database.close()
    return 0


def _report(args: argparse.Namespace) -> int:
    from isu_desk.services import reports

    _check_report_usage(args, reports.available_reports().get(args.name))
    options = {
        name: ",".join(value) if name in _REPEATED else str(value)
        for name in _REPORT_OPTIONS
        if (value := getattr(args, name)) is not None
    }
    output = Path(args.output) if args.output else Path.cwd() / f"{args.name}.pdf"
    database = open_database_for(args)
    try:
        written = reports.write_report(database, args.name, output, options)
    finally:
        database.close()
    print(f"Report “{args.name}” written to {written}.")
    return 0


def _flag(name: str) -> str:
    return f"--{name} {_REPORT_OPTIONS[name][0]}" if name in _REPORT_OPTIONS else name


def _check_report_usage(args: argparse.Namespace, spec: ReportSpec | None) -> None:
    """A usage error (exit 2) when the report needs a flag not given or gets one it does not take.

    An unknown report is left to the reports service, which lists the names.
    """
    if spec is None:
        return
    parser: argparse.ArgumentParser = args.report_parser
    missing = [name for name in spec.options if getattr(args, name, None) is None]
    if missing:
        parser.error(f"the report “{spec.name}” needs {' and '.join(map(_flag, missing))}")
    accepted = (*spec.options, *spec.optional)
    unknown = [n for n in _REPORT_OPTIONS if getattr(args, n) is not None and n not in accepted]
    if unknown:
        takes = f"takes only {', '.join(map(_flag, accepted))}" if accepted else "takes no options"
        parser.error(f"the report “{spec.name}” {takes}, not {', '.join(map(_flag, unknown))}")


def _backup(args: argparse.Namespace) -> int:
    from isu_desk.services import backup as backups

    database = open_database_for(args)
    try:
        target = backups.backup(database, Path(args.output) if args.output else None)
    finally:
        database.close()
    print(f"Backup written to {target}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from isu_desk.cli.encryption import unlocker_for
    from isu_desk.services import backup as backups

    # The current database is not opened: it may be the damaged one being replaced.
    summary = backups.restore(data_dir(args.data_dir), Path(args.file), unlocker_for(args))
    print(f"Restored {args.file} as {summary.database}.")
    if summary.replaced_copy is not None:
        print(f"The database it replaced is kept as {summary.replaced_copy}.")
    return 0


def _check(args: argparse.Namespace) -> int:
    from isu_desk.services import backup as backups
    from isu_desk.storage.database import DATABASE_FILE

    folder = data_dir(args.data_dir)
    if not (folder / DATABASE_FILE).exists():
        raise DataError(f"There is no database in {folder} yet; run “isu-desk init” first.")
    database = open_database_for(args, initialise=False)
    try:
        problems = backups.check(database)
    finally:
        database.close()
    if problems:
        return print_errors([*problems, f"{database.path} has {len(problems)} problem(s)."])
    print(f"{database.path} is healthy.")
    return 0


class _ReportHelp(argparse.HelpFormatter):
    """Lists the report names only when help is shown (reports load slowly)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.dest != "name":
            return super()._get_help_string(action)
        from isu_desk.services.reports import available_reports

        return f"one of: {', '.join(available_reports())}"


def _add(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    help_text: str,
    formatter: type[argparse.HelpFormatter] = argparse.HelpFormatter,
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name, help=help_text, description=help_text, formatter_class=formatter
    )
    parser.set_defaults(handler=handler)
    return parser


def _counted(n: int, plural: str) -> str:
    """A count with its noun: "1 fund", "504 exchange rates"."""
    return f"{n} {plural[:-1] if n == 1 and plural.endswith('s') else plural}"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the data commands."""
    init = _add(subparsers, "init", _init, "set up this workstation and its database")
    init.add_argument("--workstation-name", metavar="NAME", help="a name for this computer")
    _add(subparsers, "demo", _demo, "load the demo data set (running it twice adds nothing)")
    kinds = list(registry.transfers())
    formats = list(dict.fromkeys(f for t in registry.transfers().values() for f in t.formats))
    imp = _add(subparsers, "import", _import, "import a CSV, JSON or xlsx file (all rows, or none)")
    imp.add_argument("kind", metavar="KIND", choices=kinds, help=", ".join(kinds))
    imp.add_argument("file", metavar="FILE", help="CSV, JSON or xlsx with the columns of export")
    exp = _add(subparsers, "export", _export, "export as CSV, JSON or xlsx")
    exp.add_argument("kind", metavar="KIND", choices=kinds, help=", ".join(kinds))
    exp.add_argument("--format", choices=formats, default="csv", help=", ".join(formats))
    exp.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    report = _add(subparsers, "report", _report, "print a report to PDF", _ReportHelp)
    report.add_argument("name", metavar="NAME", help="the report to print")
    report.add_argument("-o", "--output", metavar="FILE.pdf", help="default: NAME.pdf here")
    for option, (metavar, help_text) in _REPORT_OPTIONS.items():
        kind = int if option == "year" else str
        action = "append" if option in _REPEATED else "store"
        report.add_argument(
            f"--{option}", type=kind, metavar=metavar, help=help_text, action=action
        )
    report.set_defaults(report_parser=report)
    backup = _add(subparsers, "backup", _backup, "copy the database (safe while the app runs)")
    backup.add_argument("-o", "--output", metavar="FILE", help="default: backups/ in the folder")
    restore = _add(subparsers, "restore", _restore, "replace the database by a backup")
    restore.add_argument("file", metavar="FILE", help="a backup made by isu-desk backup")
    _add(subparsers, "check", _check, "check the database's integrity (exit 0 when healthy)")
