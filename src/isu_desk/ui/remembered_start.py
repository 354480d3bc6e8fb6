"""What the last start learnt about an encrypted data folder, so the next one paints at once.

An encrypted file says nothing without its key, and finding the key means
loading the OS keyring (``keyring``'s import and its scan of backends cost
more than the rest of the first paint together). So once an encrypted folder
has opened, its file's salt, the schema it was at and the workstation's name
are remembered in the user's settings (none of them secret: the salt is the
file's first bytes). At the next start, a file with the same salt under this
version's schema is taken as ready: the window shows at once and the key is
looked for in the background (:mod:`isu_desk.ui.startup`). What was remembered
is only a guess about when to look: the background open still checks the key,
migrates a file that is not at the head after all, and falls back to the full
way (asking the passphrase, the workstation's name) when it must.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

from isu_desk.storage.cipher import FileKind, file_kind, file_salt
from isu_desk.storage.probe import DATABASE_FILE, ReadyFolder
from isu_desk.storage.schema_heads import SCHEMA_HEADS

GROUP = "encrypted-folders"


def _group(folder: Path) -> str:
    # One group per data folder, named by a digest of its path (QSettings keys cannot hold "/").
    return f"{GROUP}/{hashlib.sha256(str(folder.resolve()).encode('utf-8')).hexdigest()[:32]}"


def _schema() -> str:
    return " ".join(sorted(SCHEMA_HEADS))


def _salt(folder: Path) -> str | None:
    """The encrypted database file's salt (hex); ``None`` for a missing or plain file."""
    path = folder / DATABASE_FILE
    try:
        return file_salt(path).hex() if file_kind(path) is FileKind.ENCRYPTED else None
    except OSError:
        return None


def remembered_ready(folder: Path) -> ReadyFolder | None:
    """The folder's encrypted database as the last start left it, if it still looks the same.

    ``None`` unless the file is encrypted with the salt remembered and this
    version's schema is the one remembered.
    """
    salt = _salt(folder)
    if salt is None:
        return None
    settings = QSettings()
    settings.beginGroup(_group(folder))
    if settings.value("salt") != salt or settings.value("schema") != _schema():
        return None
    return ReadyFolder(workstation_name=str(settings.value("workstation") or ""), locked=True)


def remember_ready(folder: Path, workstation_name: str) -> None:
    """Remember that the folder's encrypted database opened at this version's schema."""
    salt = _salt(folder)
    if salt is None:
        return
    settings = QSettings()
    settings.beginGroup(_group(folder))
    settings.setValue("salt", salt)
    settings.setValue("schema", _schema())
    settings.setValue("workstation", workstation_name)
