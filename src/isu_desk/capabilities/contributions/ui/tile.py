"""The Dashboard's Contributions tile: this year's budget covered, open pledges, overdue
instalments and the latest contribution, each a figure like the other tiles'.

A click (or Enter) on a figure opens the list it comes from.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.ui.models import money
from isu_desk.capabilities.contributions.ui.page import SECTION, TABLES
from isu_desk.ui.dashboard_page import Tile, lay_out_tiles
from isu_desk.ui.formats import display_date, display_percent

TARGETS = {"coverage": "budget", "open": "pledges", "overdue": "pledges", "latest": "received"}


class ContributionsTile(QWidget):
    """Four figures of Contributions on the Dashboard."""

    open_requested = Signal(str, str, str)  # section, list, filter: the Dashboard's contract

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = ContributionsService(context.database)
        self.tiles = {
            "coverage": Tile(self.tr("of this year's budget received")),
            "open": Tile(self.tr("Open pledges")),
            "overdue": Tile(self.tr("Overdue instalments")),
            "latest": Tile(self.tr("Latest contribution")),
        }
        for key, kind in TARGETS.items():
            self.tiles[key].setToolTip(self.tr("Open the list"))
            self.tiles[key].clicked.connect(
                lambda kind=kind: self.open_requested.emit(SECTION, kind, "")
            )
        lay_out_tiles(self, self.tiles, per_row=4)
        context.watch(self, TABLES, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        board = self.service.dashboard(date.today())
        coverage = self.tiles["coverage"]
        if board.coverage is None:
            coverage.set_value("–")
            coverage.caption.setText(self.tr("No budget yet for {year}").format(year=board.year))
        else:
            coverage.set_value(display_percent(board.coverage))
            coverage.caption.setText(
                self.tr("of the {year} budget received (CHF {received} of {budget})").format(
                    year=board.year,
                    received=money(board.received_chf),
                    budget=money(board.budget_chf),
                )
            )
        self.tiles["open"].set_value(str(board.open_pledges))
        self.tiles["overdue"].set_value(str(len(board.overdue)))
        latest = self.tiles["latest"]
        if not board.latest:
            latest.set_value("–")
            latest.caption.setText(self.tr("No contribution received yet"))
            return
        entry = board.latest[0]
        latest.set_value(money(entry["amount_chf"]))
        latest.caption.setText(
            self.tr("Latest contribution (CHF): {donor}, {date}").format(
                donor=entry["donor_name"], date=display_date(entry["received_on"])
            )
        )
