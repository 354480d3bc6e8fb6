"""Files only their owner can read: the data folder 0700, the database and its copies 0600.

Contacts and finances must not be readable by every account on a shared
computer. Where the file system has no Unix permissions (FAT on a USB
stick, Windows) the calls do nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_LEFTOVER_FILES = ("*.partial",)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and parents) and make it the owner's alone."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    _chmod(folder, FOLDER_MODE)
    return folder


def private_file(path: Path) -> Path:
    """Make an existing file (and SQLite's companions of it) readable by its owner only."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if candidate.exists():
            _chmod(candidate, FILE_MODE)
    return path


def new_private_file(path: Path) -> Path:
    """Create ``path`` empty with owner-only permissions when it does not exist yet.

    SQLite gives its write-ahead log the permissions of the database file,
    so creating the file first keeps those private too.
    """
    if not path.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
    return private_file(path)


def remove_leftovers(folder: Path, subfolders: tuple[str, ...] = ()) -> list[Path]:
    """Delete what a killed restore or backup left (``.restore-*/``, ``*.partial``)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for work in folder.glob(".restore-*"):
        if work.is_dir():
            shutil.rmtree(work, ignore_errors=True)
            removed.append(work)
    for place in (folder, *(folder / name for name in subfolders)):
        for pattern in _LEFTOVER_FILES:
            for leftover in place.glob(pattern) if place.is_dir() else ():
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed.append(leftover)
    return removed


def _chmod(path: Path, mode: int) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):  # not ours to change, or no permissions there
            os.chmod(path, mode)
