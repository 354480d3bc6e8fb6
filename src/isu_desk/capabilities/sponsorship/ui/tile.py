"""The dashboard's Sponsorship tile: the open round, days to its deadline, decisions
waiting and the budget remaining."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from isu_desk.capabilities.sponsorship.services import budget
from isu_desk.ui.context import AppContext
from isu_desk.ui.dashboard_page import Tile, lay_out_tiles
from isu_desk.ui.formats import display_amount

TABLES = ("sponsorship_rounds", "sponsorship_applications", "sponsorship_steps",
          "sponsorship_costs")  # fmt: skip


class SponsorshipTile(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tiles = {
            "round": Tile(self.tr("Open sponsorship round")),
            "deadline": Tile(self.tr("Days to the application deadline")),
            "waiting": Tile(self.tr("Applications waiting for a decision")),
            "remaining": Tile(self.tr("Sponsorship budget remaining (CHF)")),
        }
        lay_out_tiles(self, self.tiles, per_row=4)
        context.watch(self, TABLES, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        found = budget.dashboard(self.context.database, date.today())
        if found is None:
            for tile in self.tiles.values():
                tile.set_value("–")
            self.tiles["round"].caption.setText(self.tr("No sponsorship round is open"))
            return
        days = found.days_to_deadline
        self.tiles["round"].set_value(found.meeting_name.split()[0])
        self.tiles["deadline"].set_value(str(days) if days >= 0 else self.tr("passed"))
        self.tiles["waiting"].set_value(str(found.awaiting_decision))
        self.tiles["remaining"].set_value(display_amount(found.remaining, "CHF"))
