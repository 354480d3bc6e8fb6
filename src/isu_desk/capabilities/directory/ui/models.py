"""Qt item models for the Directory lists, over SQL pages from the services.

:class:`DirectoryTableModel` never holds a whole list: it asks
``DirectoryService.page`` for one chunk at a time (``canFetchMore`` /
``fetchMore`` as the view scrolls) and re-queries when the search, a filter or
the sort order changes, so SQLite does the filtering and sorting. It does not
count rows either: a chunk shorter than asked for means the list ended. The
total shown under the list is counted separately, after typing pauses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from isu_desk.capabilities.directory.domain import (
    Gender,
    OfficeRole,
    OrganisationKind,
    StateStatus,
)
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.ui.phrases import QT_TRANSLATE_NOOP, enum_text
from isu_desk.domain.listing import ListQuery
from isu_desk.ui.formats import display_date

CHUNK = 200
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def _enum_text(enum_type: type[Enum]) -> Callable[[Any], str]:
    def text(value: Any) -> str:
        try:
            return enum_text(enum_type(value)) if value else ""
        except ValueError:
            return str(value)

    return text


def _date_text(value: Any) -> str:
    return display_date(value)


def _yes(value: Any) -> str:
    return QCoreApplication.translate("directory.ui.models", "Yes") if value else ""


def _plain(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column:
    """One list column: the row key it shows (and sorts by), its header, its text."""

    key: str
    header: str
    width: int = 140
    text: Callable[[Any], str] = _plain


@dataclass(frozen=True)
class Filter:
    """A drop-down above a list that filters one column to one value."""

    key: str
    label: str
    enum: type[Enum] | None = None
    choices_kind: str = ""  # a Directory kind whose records are the choices
    all_label: str = QT_TRANSLATE_NOOP("directory.ui.models", "Any")


@dataclass(frozen=True)
class KindSpec:
    """How one Directory kind is listed."""

    kind: str
    title: str
    singular: str
    columns: tuple[Column, ...]
    filters: tuple[Filter, ...] = ()
    search_hint: str = QT_TRANSLATE_NOOP("directory.ui.models", "Search")
    default_sort: str = "name"


KINDS: tuple[KindSpec, ...] = (
    KindSpec(
        "states",
        QT_TRANSLATE_NOOP("directory.ui.models", "States"),
        QT_TRANSLATE_NOOP("directory.ui.models", "State"),
        (
            Column("name", QT_TRANSLATE_NOOP("directory.ui.models", "Name"), 230),
            Column("iso3", QT_TRANSLATE_NOOP("directory.ui.models", "Code"), 60),
            Column(
                "status",
                QT_TRANSLATE_NOOP("directory.ui.models", "Status"),
                110,
                _enum_text(StateStatus),
            ),
            Column(
                "signature_date",
                QT_TRANSLATE_NOOP("directory.ui.models", "Signed"),
                100,
                _date_text,
            ),
            Column(
                "consent_date",
                QT_TRANSLATE_NOOP("directory.ui.models", "Ratified/acceded"),
                120,
                _date_text,
            ),
            Column(
                "entry_into_force_date",
                QT_TRANSLATE_NOOP("directory.ui.models", "In force"),
                100,
                _date_text,
            ),
            Column("least_developed", QT_TRANSLATE_NOOP("directory.ui.models", "LDC"), 50, _yes),
        ),
        (
            Filter(
                "status",
                QT_TRANSLATE_NOOP("directory.ui.models", "Status"),
                StateStatus,
                all_label=QT_TRANSLATE_NOOP("directory.ui.models", "Any status"),
            ),
        ),
        QT_TRANSLATE_NOOP("directory.ui.models", "Search States by name or code"),
    ),
    KindSpec(
        "organisations",
        QT_TRANSLATE_NOOP("directory.ui.models", "Organisations"),
        QT_TRANSLATE_NOOP("directory.ui.models", "Organisation"),
        (
            Column("name", QT_TRANSLATE_NOOP("directory.ui.models", "Name"), 260),
            Column("acronym", QT_TRANSLATE_NOOP("directory.ui.models", "Acronym"), 90),
            Column(
                "kind",
                QT_TRANSLATE_NOOP("directory.ui.models", "Kind"),
                130,
                _enum_text(OrganisationKind),
            ),
            Column("country_iso3", QT_TRANSLATE_NOOP("directory.ui.models", "Country"), 70),
            Column("email", QT_TRANSLATE_NOOP("directory.ui.models", "E-mail"), 200),
        ),
        (
            Filter(
                "kind",
                QT_TRANSLATE_NOOP("directory.ui.models", "Kind"),
                OrganisationKind,
                all_label=QT_TRANSLATE_NOOP("directory.ui.models", "Any kind"),
            ),
        ),
        QT_TRANSLATE_NOOP("directory.ui.models", "Search organisations by name, acronym or e-mail"),
    ),
    KindSpec(
        "contacts",
        QT_TRANSLATE_NOOP("directory.ui.models", "Contacts"),
        QT_TRANSLATE_NOOP("directory.ui.models", "Contact"),
        (
            Column("name", QT_TRANSLATE_NOOP("directory.ui.models", "Name"), 200),
            Column("position", QT_TRANSLATE_NOOP("directory.ui.models", "Position"), 180),
            Column("state_name", QT_TRANSLATE_NOOP("directory.ui.models", "State"), 150),
            Column(
                "organisation_name", QT_TRANSLATE_NOOP("directory.ui.models", "Organisation"), 170
            ),
            Column("email", QT_TRANSLATE_NOOP("directory.ui.models", "E-mail"), 200),
            Column(
                "gender", QT_TRANSLATE_NOOP("directory.ui.models", "Gender"), 80, _enum_text(Gender)
            ),
        ),
        (
            Filter(
                "state_id",
                QT_TRANSLATE_NOOP("directory.ui.models", "State"),
                choices_kind="states",
                all_label=QT_TRANSLATE_NOOP("directory.ui.models", "Any State"),
            ),
            Filter(
                "organisation_id",
                QT_TRANSLATE_NOOP("directory.ui.models", "Organisation"),
                choices_kind="organisations",
                all_label=QT_TRANSLATE_NOOP("directory.ui.models", "Any organisation"),
            ),
            Filter(
                "gender",
                QT_TRANSLATE_NOOP("directory.ui.models", "Gender"),
                Gender,
                all_label=QT_TRANSLATE_NOOP("directory.ui.models", "Any gender"),
            ),
        ),
        QT_TRANSLATE_NOOP("directory.ui.models", "Search contacts by name, position or e-mail"),
    ),
    KindSpec(
        "office_holders",
        QT_TRANSLATE_NOOP("directory.ui.models", "Office holders"),
        QT_TRANSLATE_NOOP("directory.ui.models", "Office holder"),
        (
            Column(
                "role",
                QT_TRANSLATE_NOOP("directory.ui.models", "Role"),
                140,
                _enum_text(OfficeRole),
            ),
            Column("theme", QT_TRANSLATE_NOOP("directory.ui.models", "Theme"), 220),
            Column("state_name", QT_TRANSLATE_NOOP("directory.ui.models", "State"), 170),
            Column("contact_name", QT_TRANSLATE_NOOP("directory.ui.models", "Person"), 170),
            Column(
                "term_start", QT_TRANSLATE_NOOP("directory.ui.models", "Term from"), 100, _date_text
            ),
            Column(
                "term_end", QT_TRANSLATE_NOOP("directory.ui.models", "Term to"), 100, _date_text
            ),
        ),
        (
            Filter(
                "role",
                QT_TRANSLATE_NOOP("directory.ui.models", "Role"),
                OfficeRole,
                all_label=QT_TRANSLATE_NOOP("directory.ui.models", "Any role"),
            ),
        ),
        QT_TRANSLATE_NOOP("directory.ui.models", "Search office holders by State"),
        default_sort="term_start",
    ),
)
SPEC_OF = {spec.kind: spec for spec in KINDS}


def tr(text: str, n: int = -1) -> str:
    """A text declared in this module (``QT_TRANSLATE_NOOP``) in the user's language."""
    return QCoreApplication.translate("directory.ui.models", text, None, n)


@dataclass
class _Loaded:
    """The rows fetched so far for the current query."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    more: bool = False


class DirectoryTableModel(QAbstractTableModel):
    """One Directory list, fetched from SQL in chunks of :data:`CHUNK` rows."""

    def __init__(self, service: DirectoryService, spec: KindSpec, chunk: int = CHUNK) -> None:
        super().__init__()
        self._service = service
        self.spec = spec
        self.chunk = chunk
        self.query = ListQuery(sort=spec.default_sort)
        self._loaded = _Loaded()

    # --- querying ------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        """Show the first chunk of another search/filter/sort (one SQL query)."""
        self.query = query
        self.refresh()

    def set_search(self, text: str) -> None:
        if text != self.query.search:
            self.set_query(replace(self.query, search=text))

    def set_filter(self, key: str, value: str | None) -> None:
        filters = {k: v for k, v in self.query.filters.items() if k != key}
        if value:
            filters[key] = value
        self.set_query(replace(self.query, filters=MappingProxyType(filters)))

    def refresh(self) -> None:
        """Re-run the query from the first row (after a change or a new query)."""
        self.beginResetModel()
        rows = self._service.page(self.spec.kind, self.query, 0, self.chunk)
        self._loaded = _Loaded(rows, len(rows) == self.chunk)
        self.endResetModel()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._loaded.more

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or not self._loaded.more:
            return
        start = len(self._loaded.rows)
        rows = self._service.page(self.spec.kind, self.query, start, self.chunk)
        self._loaded.more = len(rows) == self.chunk
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._loaded.rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.spec.columns[column].key
        if (key, descending) != (self.query.sort, self.query.descending):
            self.set_query(replace(self.query, sort=key, descending=descending))

    def sort_column(self) -> int:
        keys = [c.key for c in self.spec.columns]
        return keys.index(self.query.sort) if self.query.sort in keys else 0

    def total(self) -> int:
        """How many rows match the current query (one COUNT; call when typing pauses)."""
        return self._service.count(self.spec.kind, self.query)

    # --- rows ----------------------------------------------------------------

    def row_data(self, row: int) -> dict[str, Any]:
        return self._loaded.rows[row]

    def row_id(self, row: int) -> str:
        return str(self._loaded.rows[row]["id"])

    def row_of(self, record_id: str) -> int:
        """The row of a record among those fetched, or -1."""
        for row, values in enumerate(self._loaded.rows):
            if values["id"] == record_id:
                return row
        return -1

    # --- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._loaded.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.spec.columns[index.column()]
        values = self._loaded.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(values.get(column.key))
        if role == Qt.ItemDataRole.UserRole:
            return values["id"]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.spec.columns[section].header)
        return None
