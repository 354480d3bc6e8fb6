"""What a capability declares to the registry: the :class:`Capability` type and its parts.

A declaration is plain data. Everything heavy (models, pages, commands,
reports, demo data) is named by a ``"package.module:attribute"`` reference
and imported only when the shell uses it, through :func:`load`. So reading
the registry imports no SQLAlchemy, Qt, reportlab or openpyxl, and another
capability's modules stay unloaded until they are needed (the Picard
``ExtensionPoint`` and Fava ``FavaModule`` idea, without classes to inherit).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

# "isu_desk.capabilities.directory.ui.page:DirectoryPage"
Ref = str


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (lupdate finds it); returns it as is.

    The window shows it with ``QCoreApplication.translate(context, text)``.
    """
    return text


def load(ref: Ref) -> Any:
    """The object a ``"module:attribute"`` reference names (importing the module)."""
    module_name, _, attribute = ref.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attribute) if attribute else module


@dataclass(frozen=True)
class RecordType:
    """One kind of record a capability stores.

    Attributes:
        table: Its replicated table (the change log's ``entity``), e.g. ``"contacts"``.
        label: What a user calls one record, e.g. ``"contact"``.
        record: The domain record type, ``"module:Class"``.
        validate: ``"module:function"``; ``function(record) -> list[FieldError]``
            checks one record alone as a form does (no date of today, no other
            record). Sync and ``isu-desk check`` apply it; empty: no such rules.
    """

    table: str
    label: str
    record: Ref = ""
    validate: Ref = ""


@dataclass(frozen=True)
class Transfer:
    """Import and export of a capability's records as files.

    Attributes:
        module: A module with ``import_file(database, kind, path) -> Result[summary]``
            (all rows or none) and ``write_export(database, kind, format, target) -> int``.
        kinds: The kinds it imports and exports (``isu-desk import KIND``).
        formats: The export formats it writes.
    """

    module: Ref
    kinds: tuple[str, ...]
    formats: tuple[str, ...] = ("csv", "json")


@dataclass(frozen=True)
class Section:
    """A section of the main window's sidebar.

    Attributes:
        title: The sidebar entry, the menu's name and the page's title.
        order: Position in the sidebar (and so in Ctrl+1…Ctrl+9); lower comes first.
        page: ``"module:Class"`` of the page, built as ``Page(context)`` the first
            time the section is opened; empty for a section still to come.
        plan: For a section still to come: what it will hold, in one sentence.
        eager: Build the page when the window opens (a page with a status-bar
            widget or work to start at once, such as Sync).
        menu: The page offers ``menu_actions()``: the window gives it a menu
            named after the section, filled when the page is built (opening
            the menu builds it).
    """

    title: str
    order: int
    page: Ref = ""
    plan: str = ""
    eager: bool = False
    menu: bool = False


@dataclass(frozen=True)
class Setting:
    """A local setting a capability reads (never replicated), with its default.

    Read with :func:`isu_desk.storage.settings.value`; listed and changed by
    ``isu-desk settings``.

    Attributes:
        key: Its key in the local settings table (unique across capabilities).
        label: Its name for users.
        default: Its value until one is set.
        check: ``"module:function"``; ``function(text) -> Result[str]`` gives the
            value to store (normalised) or plain errors. Empty: any text.
    """

    key: str
    label: str
    default: str = ""
    check: Ref = ""


@dataclass(frozen=True)
class Capability:
    """Everything one capability brings, declared once in its package's ``__init__``.

    Attributes:
        name: Its package name, e.g. ``"contributions"``.
        title: Its name for users, e.g. ``"Contributions"``.
        models: Module defining its SQLAlchemy models (imported before the
            database is used, so ``Base.metadata`` knows every table).
        record_types: The records it stores.
        transfer: Its import/export kinds, or None.
        commands: ``"module:register"``; ``register(subparsers)`` adds its sub-commands.
        reports: ``"module:REPORTS"``, a ``dict[str, ReportSpec]`` in catalogue order.
        section: Its sidebar section, or None.
        tile: ``"module:Class"`` of its dashboard tile, built as ``Tile(context)``.
        demo: ``"module:load_demo"``; ``load_demo(database) -> Mapping[str, int]``
            (what was added, by kind), idempotent.
        seed: ``"module:function"`` run with the database when a workstation is
            initialised (curated reference data), idempotent.
        settings: The local settings it reads.
        history: ``"module:KINDS"``, a tuple of
            :class:`isu_desk.services.history_kinds.RecordKind`: the records whose
            history can be read and restored, with the service calls that load and save one.
    """

    name: str
    title: str
    models: Ref = ""
    record_types: tuple[RecordType, ...] = ()
    transfer: Transfer | None = None
    commands: Ref = ""
    reports: Ref = ""
    section: Section | None = None
    tile: Ref = ""
    demo: Ref = ""
    seed: Ref = ""
    settings: tuple[Setting, ...] = ()
    history: Ref = ""
