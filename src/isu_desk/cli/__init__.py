"""The command line: a thin layer over the services.

``isu-desk`` alone (or ``isu-desk gui``) starts the desktop app. The shell's
own commands are in :mod:`isu_desk.cli.data`, :mod:`isu_desk.cli.sync` and
:mod:`isu_desk.cli.history`, :mod:`isu_desk.cli.settings` and
:mod:`isu_desk.cli.encryption`;
each capability adds its sub-commands through its declaration's ``commands``
(see :mod:`isu_desk.capabilities.registry`). Errors print plain lines on stderr and exit 1; usage
errors exit 2 (argparse); never a traceback. :func:`main` runs every handler
through :func:`~isu_desk.cli.common.plain_errors`, so unusable files, a locked
database and a closed output pipe are handled the same for every command.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import sys
from collections.abc import Sequence

from isu_desk import __version__
from isu_desk.capabilities import registry
from isu_desk.cli import data, encryption, history, settings, sync
from isu_desk.cli.common import CliError, plain_errors, print_errors
from isu_desk.domain.errors import DataError


def _run_gui(args: argparse.Namespace) -> int:
    from isu_desk.ui.app import run_app

    return run_app(args.data_dir, args.database_passphrase_file)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="isu-desk",
        description="ISU Desk: contributions, sponsorship and meeting records of a treaty unit.",
    )
    parser.add_argument("--version", action="version", version=f"isu-desk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: ISU_DESK_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        dest="database_passphrase_file",
        metavar="PATH",
        help="the database passphrase, where its key is not in a keyring "
        f"(else {encryption.ENV_PASSPHRASE}, with a warning, or a prompt)",
    )
    parser.set_defaults(handler=_run_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    gui = commands.add_parser("gui", help="start the desktop app (the default)")
    gui.set_defaults(handler=_run_gui)
    data.register(commands)
    for _capability, register in registry.loaded("commands"):
        register(commands)
    sync.register(commands)
    history.register(commands)
    settings.register(commands)
    encryption.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.handler is not _run_gui:
        # A command's process ends when it returns: its last act would be a cycle
        # collection over every object the imports made (a sixth of a second),
        # which frees nothing that ending the process does not.
        atexit.unregister(gc.freeze)  # once, however often main runs in one process
        atexit.register(gc.freeze)
    try:
        code: int = plain_errors(args.handler)(args)
    except (CliError, DataError) as exc:
        return print_errors([str(exc)])
    except KeyboardInterrupt:
        return print_errors(["Interrupted; nothing more was changed."])
    return code


if __name__ == "__main__":
    sys.exit(main())
