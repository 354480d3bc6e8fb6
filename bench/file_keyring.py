"""A keyring backend in a JSON file, for the start-up bench and test's child processes only.

This machine has no OS keyring outside a desktop session, but a real user's
database key is in one (Windows Credential Locker, macOS Keychain, Secret
Service). ``keyring_env`` in ``bench/keyring_env.py`` gives child processes this backend the way an
installed backend is found: a distribution's ``keyring.backends`` entry point
on ``PYTHONPATH``, so ``keyring`` detects it through its usual scan of every
backend (a start pays for that scan as it would on a workstation). The secrets
are kept in plain text in ``ISU_BENCH_KEYRING_FILE``: never for real keys.

ISU Desk trusts only the OS password stores (``isu_desk.secrets.store``); this
module, when keyring loads it, adds itself to that list, in the child process
only. Nothing of the product refers to it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV_FILE = "ISU_BENCH_KEYRING_FILE"  # the same name in keyring_env.py


def _trust_this_backend() -> None:
    from isu_desk.secrets import store

    if __name__ not in store.SECURE_MODULES:
        store.SECURE_MODULES = (*store.SECURE_MODULES, __name__)


class FileKeyring(KeyringBackend):
    """Secrets in one JSON file, ``{"service\\nname": password}``."""

    priority = 20  # above every OS backend: chosen whenever it is installed

    @staticmethod
    def _path() -> Path:
        return Path(os.environ[ENV_FILE])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def _save(self, secrets: dict[str, str]) -> None:
        self._path().write_text(json.dumps(secrets), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._load()
        secrets[f"{service}\n{username}"] = password
        self._save(secrets)

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        secrets.pop(f"{service}\n{username}", None)
        self._save(secrets)


if __name__ == "file_keyring":  # loaded by keyring in a child process
    _trust_this_backend()
