"""Where the team key lives: the OS keyring behind one small interface, plus an in-memory fake.

There is deliberately no plain-text fallback: when the OS has no usable
keyring, :class:`KeyringSecretStore` raises :class:`NoKeyringError` and the
caller asks the user for the team passphrase instead.
"""

from __future__ import annotations

from typing import Protocol

SERVICE = "ISU Desk"


class NoKeyringError(Exception):
    """This computer has no usable OS keyring (the message says so plainly)."""


class SecretStore(Protocol):
    """Get, set and delete one secret string by name."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class MemorySecretStore:
    """A secret store that forgets everything when the process ends (tests)."""

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.secrets.get(name)

    def set(self, name: str, value: str) -> None:
        self.secrets[name] = value

    def delete(self, name: str) -> None:
        self.secrets.pop(name, None)


NO_KEYRING_MESSAGE = (
    "This computer has no usable keyring (password store), so the team key cannot be "
    "kept; you will be asked for the team passphrase each session."
)


class KeyringSecretStore:
    """The OS keyring (Secret Service, Keychain, Windows Credential Locker)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def _backend(self) -> object:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        chained = getattr(backend, "backends", None)
        if isinstance(backend, fail.Keyring | null.Keyring) or chained == []:
            raise NoKeyringError(NO_KEYRING_MESSAGE)
        return backend

    def get(self, name: str) -> str | None:
        return self._call("get_password", name)

    def set(self, name: str, value: str) -> None:
        self._call("set_password", name, value)

    def delete(self, name: str) -> None:
        if self.get(name) is not None:
            self._call("delete_password", name)

    def _call(self, method: str, *args: str) -> str | None:
        import keyring.errors

        backend = self._backend()
        try:
            result: str | None = getattr(backend, method)(self.service, *args)
        except keyring.errors.NoKeyringError as exc:
            raise NoKeyringError(NO_KEYRING_MESSAGE) from exc
        except keyring.errors.KeyringLocked as exc:
            raise NoKeyringError(
                "The keyring is locked; unlock it or enter the team passphrase."
            ) from exc
        except keyring.errors.KeyringError as exc:
            raise NoKeyringError(f"{NO_KEYRING_MESSAGE} ({exc})") from exc
        return result
