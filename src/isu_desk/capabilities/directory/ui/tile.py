"""The Directory's dashboard tile: States Parties, signatories, contacts, organisations.

It also shows the next Article 7 transparency report date (30 April).
"""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QWidget

from isu_desk.capabilities.directory.domain import StateStatus
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.listing import ListQuery
from isu_desk.ui.context import AppContext
from isu_desk.ui.dashboard_page import Tile, lay_out_tiles

TABLES = ("states", "contacts", "organisations")


def next_article7_date(today: date) -> date:
    """Article 7 reports are due by 30 April each year."""
    due = date(today.year, 4, 30)
    return due if today <= due else date(today.year + 1, 4, 30)


# What each figure opens: (section, Directory list, filter on its status).
TARGETS = {
    "parties": ("Directory", "states", "state_party"),
    "signatories": ("Directory", "states", "signatory"),
    "contacts": ("Directory", "contacts", ""),
    "organisations": ("Directory", "organisations", ""),
    "article7": ("Directory", "states", "state_party"),
}


class DirectoryTile(QWidget):
    """The Directory's figures: counts and the next Article 7 deadline; each opens its list."""

    open_requested = Signal(str, str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = DirectoryService(context.database)
        self.tiles = {
            "parties": Tile(self.tr("States Parties")),
            "signatories": Tile(self.tr("Signatories")),
            "contacts": Tile(self.tr("Contacts")),
            "organisations": Tile(self.tr("Organisations")),
            "article7": Tile(self.tr("Next Article 7 transparency reports due")),
        }
        for key, target in TARGETS.items():
            self.tiles[key].setToolTip(self.tr("Open the list"))
            self.tiles[key].clicked.connect(lambda t=target: self.open_requested.emit(*t))
        lay_out_tiles(self, self.tiles, per_row=3)
        context.watch(self, TABLES, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Recount (four COUNT queries)."""
        for key, status in (("parties", StateStatus.STATE_PARTY), ("signatories", "signatory")):
            query = ListQuery(filters=MappingProxyType({"status": str(status)}))
            self.tiles[key].set_value(f"{self.service.count('states', query):,}")
        for kind in ("contacts", "organisations"):
            self.tiles[kind].set_value(f"{self.service.count(kind):,}")
        today = date.today()
        due = next_article7_date(today)
        days = (due - today).days
        # "30 April 2027", the month in the window's language (its default QLocale).
        when = QLocale().toString(QDate(due.year, due.month, due.day), "d MMMM yyyy")
        self.tiles["article7"].set_value(when)
        self.tiles["article7"].caption.setText(
            self.tr("Article 7 transparency reports due (today)")
            if days == 0
            else self.tr("Article 7 transparency reports due (in %n days)", None, days)
        )
