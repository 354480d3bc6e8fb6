"""``isu-desk settings list|get|set``: the capabilities' local settings.

Every capability's declared settings, with their values on this workstation
(:mod:`isu_desk.services.settings`); a value set here is never synced.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

from isu_desk.cli.common import open_database_for, print_errors
from isu_desk.domain.errors import Result

T = TypeVar("T")


def _run(args: argparse.Namespace, work: Callable[[Any, Any], Result[T]]) -> Result[T]:
    """``work(the settings service module, the database)``, the database closed after."""
    from isu_desk.services import settings

    database = open_database_for(args)
    try:
        return work(settings, database)
    finally:
        database.close()


def _list(args: argparse.Namespace) -> int:
    found = _run(args, lambda s, db: Result.success(s.list_settings(db))).unwrap()
    if args.json:
        print(json.dumps([asdict(s) for s in found], indent=2, ensure_ascii=False))
    elif not found:
        print("No capability declares a setting.")
    for setting in [] if args.json else found:
        default = " (the default)" if setting.is_default else f" (default: {setting.default})"
        print(f"{setting.key} = {setting.value}{default}  {setting.capability}: {setting.label}")
    return 0


def _get(args: argparse.Namespace) -> int:
    result = _run(args, lambda s, db: s.get_setting(db, args.key))
    if not result.ok:
        return print_errors(str(e) for e in result.errors)
    print(result.unwrap().value)
    return 0


def _set(args: argparse.Namespace) -> int:
    result = _run(args, lambda s, db: s.set_setting(db, args.key, args.value))
    if not result.ok:
        return print_errors(str(e) for e in result.errors)
    print(f"{args.key} = {result.unwrap().value} on this workstation.")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``settings`` with ``list``, ``get`` and ``set``."""
    settings = subparsers.add_parser("settings", help="the capabilities' local settings")
    actions = settings.add_subparsers(title="settings commands", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every setting with its value and default")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    listing.set_defaults(handler=_list)
    get = actions.add_parser("get", help="the value of one setting")
    get.add_argument("key", metavar="KEY")
    get.set_defaults(handler=_get)
    put = actions.add_parser("set", help="change a setting on this workstation (never synced)")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE", help='the new value; empty ("") for the default')
    put.set_defaults(handler=_set)
