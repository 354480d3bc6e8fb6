"""Encryption commands (encrypt, key passphrase, key status) and where passphrases come from.

The database passphrase (needed only where the key is not in a keyring) comes
from ``--passphrase-file PATH`` (preferred), then ``ISU_DESK_DB_PASSPHRASE``
(with a warning: any program running as the same user can read a process's
environment), then a prompt when standard input is a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from isu_desk.cli.common import CliError, print_errors
from isu_desk.paths import data_dir

if TYPE_CHECKING:
    from isu_desk.services.encryption import Rekeyed, Unlocker

ENV_PASSPHRASE = "ISU_DESK_DB_PASSPHRASE"


def given_passphrase(path: str | None, env_name: str | None = None) -> str | None:
    """The passphrase in the file ``path``, else in ``env_name`` (warned about), else ``None``."""
    from isu_desk.services.encryption import passphrase_given

    return passphrase_given(path, env_name, lambda text: print(text, file=sys.stderr))


def typed_passphrase(prompt: str, confirm: bool, needed: str) -> str:
    """A passphrase typed at the terminal (twice when ``confirm``); ``needed`` when no terminal."""
    if not sys.stdin.isatty():
        raise CliError(needed)
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise CliError("The two passphrases differ; nothing was changed.")
    except (EOFError, KeyboardInterrupt):  # Ctrl+D or Ctrl+C at the prompt
        print(file=sys.stderr)
        raise CliError("No passphrase was typed; nothing was changed.") from None
    return first


def unlocker_for(args: argparse.Namespace) -> Unlocker:
    """Keys from the keyring, else the database passphrase (file, environment, prompt)."""
    from isu_desk.secrets import database_key
    from isu_desk.services.encryption import Unlocker

    def ask(new: bool, prompt: str) -> str | None:
        given = given_passphrase(getattr(args, "database_passphrase_file", None), ENV_PASSPHRASE)
        if given is not None:
            return given
        if sys.stdin.isatty():
            print(prompt, file=sys.stderr)
        needed = (
            "The database passphrase is needed (its key is not in a keyring here): give it "
            f"with --passphrase-file PATH before the command, or {ENV_PASSPHRASE}."
        )
        return typed_passphrase("Database passphrase: ", new, needed)

    return Unlocker(database_key.os_keyring(), ask)


def _print_rekeyed(done: Rekeyed, what: str) -> None:
    print(f"{what} {done.database}.")
    if not done.key_in_keyring:
        print("Its key is not in a keyring here: the passphrase is asked at each start.")
    if done.plain_copies:
        print(f"{len(done.plain_copies)} older copies are not encrypted; delete them if unneeded:")
        for copy in done.plain_copies:
            print(f"  {copy}")


def _encrypt(args: argparse.Namespace) -> int:
    from isu_desk.services.encryption import encrypt

    done = encrypt(data_dir(args.data_dir), unlocker_for(args))
    _print_rekeyed(done, "Encrypted")
    print(
        "Set a recovery passphrase (isu-desk key passphrase) so backups open on another computer."
    )
    return 0


def _passphrase(args: argparse.Namespace) -> int:
    from isu_desk.services.encryption import set_passphrase

    unlocker = unlocker_for(args)
    new = given_passphrase(args.new_passphrase_file)
    if new is None:
        needed = "Give the new passphrase with --new-passphrase-file PATH."
        new = typed_passphrase("New database passphrase: ", True, needed)
    done = set_passphrase(data_dir(args.data_dir), unlocker, new)
    _print_rekeyed(done, "The passphrase now opens")
    print("Backups made from now on open with this passphrase on any computer.")
    return 0


def _status(args: argparse.Namespace) -> int:
    from isu_desk.secrets.database_key import os_keyring, stored_key
    from isu_desk.storage.cipher import FileKind, file_kind, file_salt
    from isu_desk.storage.database import DATABASE_FILE

    path = data_dir(args.data_dir) / DATABASE_FILE
    kind = file_kind(path)
    if kind is FileKind.NEW:
        return print_errors([f"There is no database in {path.parent} yet."])
    if kind is FileKind.PLAIN:
        print(f"{path} is not encrypted; “isu-desk encrypt” encrypts it.")
        return 0
    kept = stored_key(os_keyring(), file_salt(path)) is not None
    where = "its key is in this computer's keyring" if kept else "it opens with its passphrase"
    print(f"{path} is encrypted; {where}.")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``encrypt`` and ``key``."""
    text = "encrypt a database that is not yet (a verified copy replaces it)"
    encrypt = subparsers.add_parser("encrypt", help=text, description=text)
    encrypt.set_defaults(handler=_encrypt)
    text = "the database key: status, or a recovery passphrase"
    key = subparsers.add_parser("key", help=text, description=text)
    actions = key.add_subparsers(title="actions", metavar="ACTION", required=True)
    text = "re-key the database with a passphrase (backups then open with it anywhere)"
    phrase = actions.add_parser("passphrase", help=text, description=text)
    phrase.add_argument("--new-passphrase-file", metavar="PATH", help="the new passphrase")
    phrase.set_defaults(handler=_passphrase)
    text = "say whether the database is encrypted and where its key is"
    actions.add_parser("status", help=text, description=text).set_defaults(handler=_status)
