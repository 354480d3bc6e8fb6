"""Where the team key lives: the OS keyring behind one small interface, plus an in-memory fake.

There is deliberately no plain-text fallback: only the OS password stores count
as a keyring (not keyrings.alt's files, whose "encrypted" variant would even
prompt on a terminal from a worker thread). Where there is none,
:class:`KeyringSecretStore` raises :class:`NoKeyringError` and the caller asks
the user for the team passphrase instead.
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


# The OS password stores; anything else (keyrings.alt's plain-text or
# passphrase-encrypted files, a third-party backend) is treated as no keyring.
SECURE_MODULES = (
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
)


def is_secure(backend: object) -> bool:
    """Whether ``backend`` is one of the OS password stores (by its class's module)."""
    module = type(backend).__module__
    return any(module == name or module.startswith(name + ".") for name in SECURE_MODULES)


def secure_backend(backend: object) -> object:
    """``backend`` itself, or the first OS store a chainer holds.

    Raises:
        NoKeyringError: neither it nor (for a chainer) any of its children is an OS store.
    """
    if is_secure(backend):
        return backend
    chained = getattr(backend, "backends", None) if _is_chainer(backend) else None
    for child in chained or ():
        if is_secure(child):
            return child
    raise NoKeyringError(NO_KEYRING_MESSAGE)


def _is_chainer(backend: object) -> bool:
    from keyring.backends.chainer import ChainerBackend

    return isinstance(backend, ChainerBackend)


class KeyringSecretStore:
    """The OS keyring (Secret Service, Keychain, Windows Credential Locker)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def _backend(self) -> object:
        import keyring

        return secure_backend(keyring.get_keyring())

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
