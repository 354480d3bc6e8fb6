"""What every command shares: opening the data folder and printing errors plainly."""

from __future__ import annotations

import argparse
import functools
import os
import select
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from isu_desk.domain.errors import DataError
from isu_desk.domain.safe_text import printable
from isu_desk.paths import data_dir

if TYPE_CHECKING:
    from isu_desk.storage.database import Database

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A problem to print as one plain line, exit code 1."""


def print_errors(lines: Iterable[str]) -> int:
    for line in lines:
        print(printable(line), file=sys.stderr)  # a value's escape codes never reach the terminal
    return 1


def _stdout_is_closed() -> bool:
    """Whether the reader of standard output went away (``isu-desk export … | head``).

    A broken pipe elsewhere (a subprocess or socket that went away) is a real error, so this
    asks the pipe itself where it can (``poll`` reports an error on a pipe
    nobody reads); otherwise whatever is left in the buffer must fail to flush.
    """
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):
        fd = -1
    if fd >= 0 and hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        return any(event & (select.POLLERR | select.POLLHUP) for _, event in poller.poll(0))
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        return True
    return False


def _silence_stdout() -> None:
    """Send what is still buffered for standard output to the null device.

    Python would otherwise report the broken pipe again when it flushes at exit.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file behind stdout (an embedding host)
        pass


def plain_errors(handler: Handler) -> Handler:
    """Unusable files and a locked or damaged database become one plain line, not a traceback.

    A reader that stops reading standard output early is not an error: the
    command stops quietly with exit code 0.
    """

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except BrokenPipeError as exc:
            if _stdout_is_closed():
                _silence_stdout()
                return 0
            return _os_error(exc)
        except OSError as exc:
            return _os_error(exc)
        except Exception as exc:
            # The storage layer wraps the driver's error (a locked or damaged database).
            from isu_desk.storage.cipher import is_driver_error

            reason = getattr(exc, "orig", None)
            if reason is not None and is_driver_error(reason, "IntegrityError"):
                return print_errors(
                    [f"The change conflicts with records already in the database: {reason}."]
                )
            if reason is not None and is_driver_error(reason):
                return print_errors([f"The database cannot be used right now: {reason}."])
            raise

    return run


def _os_error(exc: OSError) -> int:
    where = f" {exc.filename}" if exc.filename else ""
    return print_errors([f"Cannot use{where}: {exc.strerror or exc}."])


def open_database_for(args: argparse.Namespace, *, initialise: bool = True) -> Database:
    """The database of ``--data-dir`` (or the default folder); initialised on first use.

    A new data folder's database is encrypted (see :mod:`isu_desk.cli.encryption`).
    """
    # Imported here: building the parser (``isu-desk --help``) loads no database code.
    from isu_desk.cli.encryption import unlocker_for
    from isu_desk.services.workstation import init_workstation, open_data_folder, workstation

    folder = data_dir(getattr(args, "data_dir", None))
    try:
        database = open_data_folder(folder, unlocker_for(args))
    except OSError as exc:
        raise DataError(f"Cannot open the data folder {folder}: {exc.strerror or exc}.") from exc
    database.bulk_alone = True  # one thread: no read of ours waits beside an import
    if initialise and workstation(database) is None:
        init_workstation(database)
    return database
