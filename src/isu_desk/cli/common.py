"""What every command shares: opening the data folder and printing errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from isu_desk.domain.errors import DataError
from isu_desk.paths import data_dir
from isu_desk.services.workstation import init_workstation, open_data_folder, workstation
from isu_desk.storage.database import Database


class CliError(Exception):
    """A problem to print as one plain line, exit code 1."""


def print_errors(lines: Iterable[str]) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return 1


def open_database_for(args: argparse.Namespace, *, initialise: bool = True) -> Database:
    """The database of ``--data-dir`` (or the default folder); initialised on first use."""
    folder = data_dir(getattr(args, "data_dir", None))
    try:
        database = open_data_folder(folder)
    except OSError as exc:
        raise DataError(f"Cannot open the data folder {folder}: {exc.strerror or exc}.") from exc
    if initialise and workstation(database) is None:
        init_workstation(database)
    return database
