"""Only the OS password stores count as a keyring: plain-text file backends are refused."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.chainer import ChainerBackend

from isu_desk.secrets import KeyringSecretStore, NoKeyringError


class _FileKeyring:
    """Stands in for keyrings.alt's PlaintextKeyring: it keeps passwords in plain text.

    Not a KeyringBackend subclass: those register themselves, and keyring's
    discovery would then pick the stand-ins up in every later test.
    """

    def __init__(self) -> None:
        self.plain_text: dict[str, str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.plain_text.get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.plain_text[f"{service}/{username}"] = password

    def delete_password(self, service: str, username: str) -> None:
        self.plain_text.pop(f"{service}/{username}", None)


_FileKeyring.__module__ = "keyrings.alt.file"


class _OsKeyring(_FileKeyring):
    """Stands in for an OS store (a real one is not available in every test run)."""


_OsKeyring.__module__ = "keyring.backends.SecretService"


def test_a_plain_text_keyring_is_treated_as_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _FileKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: plain)
    store = KeyringSecretStore()
    with pytest.raises(NoKeyringError, match="no usable keyring"):
        store.set("team-key:x", "c2VjcmV0")
    with pytest.raises(NoKeyringError):
        store.get("team-key:x")
    assert plain.plain_text == {}


def test_a_chainer_uses_only_its_os_stores(monkeypatch: pytest.MonkeyPatch) -> None:
    plain, secure = _FileKeyring(), _OsKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [plain, secure])
    chainer = ChainerBackend()
    monkeypatch.setattr(keyring, "get_keyring", lambda: chainer)
    store = KeyringSecretStore()
    store.set("team-key:x", "c2VjcmV0")
    assert plain.plain_text == {}
    assert store.get("team-key:x") == "c2VjcmV0"


def test_a_chainer_of_plain_text_stores_only_is_no_keyring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = _FileKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [plain])
    chainer = ChainerBackend()
    monkeypatch.setattr(keyring, "get_keyring", lambda: chainer)
    with pytest.raises(NoKeyringError):
        KeyringSecretStore().set("team-key:x", "c2VjcmV0")
    assert plain.plain_text == {}
