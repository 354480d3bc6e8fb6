"""Encrypting a plain database, killed (SIGKILL) at every step, leaves one whole database.

A child process runs :func:`isu_desk.services.encryption.encrypt` and kills
itself before or after the n-th call of each step (hold, count, export, verify,
rename, keep the key); the keyring is a JSON file so that the key outlives
the process as it would in the OS keyring. Afterwards the folder must hold
the plain database or the encrypted one, with every record, and the next
start must finish the job.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from tests.helpers import snapshot
from tests.services import test_backup

from isu_desk.capabilities.directory.services.demo import load_demo
from isu_desk.services.encryption import Unlocker, encrypt, unlock
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.cipher import FileKind, file_kind
from isu_desk.storage.database import Database

pytestmark = pytest.mark.slow
holding_app = test_backup.other_process  # another process (the app) holding the database open

_CHILD = """
import json, os, signal, sys
from pathlib import Path
from isu_desk.services import encryption

class FileStore:
    def __init__(self, path): self.path = Path(path)
    def _all(self): return json.loads(self.path.read_text()) if self.path.exists() else {}
    def get(self, name): return self._all().get(name)
    def set(self, name, value):
        data = self._all(); data[name] = value
        tmp = self.path.with_suffix(".tmp"); tmp.write_text(json.dumps(data))
        os.replace(tmp, self.path)
    def delete(self, name):
        data = self._all(); data.pop(name, None); self.path.write_text(json.dumps(data))

folder, store, kill_at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
points = [0]

def tick():
    points[0] += 1
    if points[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

def wrap(function):
    def step(*args, **kwargs):
        tick()
        result = function(*args, **kwargs)
        tick()
        return result
    return step

for name in ("hold_exclusively", "table_counts", "export", "verify_copy", "private_file",
             "keep_key", "new_private_file"):
    setattr(encryption, name, wrap(getattr(encryption, name)))
encryption.os.replace = wrap(os.replace)
encryption.encrypt(folder, encryption.Unlocker(FileStore(store), lambda new, prompt: None))
print("finished", points[0])
"""


class FileStore:
    """The child's keyring, read back by the test."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def get(self, name: str) -> str | None:
        data = json.loads(self.path.read_text()) if self.path.exists() else {}
        value = data.get(name)
        return str(value) if value is not None else None

    def set(self, name: str, value: str) -> None:
        raise AssertionError("the test only reads")

    def delete(self, name: str) -> None:
        raise AssertionError("the test only reads")


@pytest.fixture(scope="module")
def plain_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    folder = tmp_path_factory.mktemp("plain") / "data"
    database = open_data_folder(folder)
    init_workstation(database, "Plain desk")
    load_demo(database)
    contents = snapshot(database)
    database.close()
    return folder, contents


def _child(folder: Path, store: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder), str(store), str(kill_at)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).parents[2],
    )


def _open(folder: Path, store: Path) -> Database:
    unlocker = Unlocker(FileStore(store), lambda new, prompt: None)
    path = folder / "isu-desk.sqlite"
    key = unlock(path, unlocker) if file_kind(path) is FileKind.ENCRYPTED else None
    database = open_data_folder(folder, unlocker) if key else open_data_folder(folder)
    assert database.key == key
    return database


def test_encrypt_killed_at_any_step_leaves_the_plain_or_the_encrypted_database_whole(
    plain_folder: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    source, contents = plain_folder
    finished = _child(shutil.copytree(source, tmp_path / "full"), tmp_path / "full.json", 0)
    assert finished.returncode == 0, finished.stderr
    steps = int(finished.stdout.split()[-1])
    assert steps >= 12
    outcomes: set[FileKind] = set()
    for kill_at in range(1, steps + 1):
        folder = shutil.copytree(source, tmp_path / f"kill-{kill_at}")
        store = tmp_path / f"kill-{kill_at}.json"
        done = _child(folder, store, kill_at)
        assert done.returncode == -signal.SIGKILL, (kill_at, done.stderr)
        kind = file_kind(folder / "isu-desk.sqlite")
        outcomes.add(kind)
        database = _open(folder, store)  # the next start: leftovers removed
        try:
            assert snapshot(database) == contents, kill_at
        finally:
            database.close()
        assert not list(folder.glob("*.partial")), kill_at
        if kind is FileKind.PLAIN:  # encrypting again completes
            assert _child(folder, store, 0).returncode == 0
            database = _open(folder, store)
            assert database.key is not None and snapshot(database) == contents
            database.close()
    assert outcomes == {FileKind.PLAIN, FileKind.ENCRYPTED}


def test_encrypt_is_refused_while_another_process_has_the_database_open(
    tmp_path: Path, holding_app: subprocess.Popen[str], database: Database, data_dir: Path
) -> None:
    from isu_desk.domain.errors import DataError
    from isu_desk.secrets import MemorySecretStore

    database.close()
    with pytest.raises(DataError, match="close it and try again"):
        encrypt(data_dir, Unlocker(MemorySecretStore(), lambda new, prompt: None))
    assert file_kind(database.path) is FileKind.PLAIN
    holding_app.communicate("go\n", timeout=60)
    assert not list(data_dir.glob("*.partial"))
