"""A page for a section not built yet: it says in plain words what it will hold."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from isu_desk.ui.context import AppContext

PLANS = {
    "Contributions": (
        "Pledges and contributions from States and organisations to the ISU budget: "
        "amounts in their currency with the CHF value, receipts, and what is still due."
    ),
    "Sponsorship": (
        "The Sponsorship Programme: who is sponsored to attend which meeting, travel "
        "and daily allowance, and the donors who pay for it."
    ),
    "Meetings": (
        "Meetings of States Parties, Review Conferences and intersessional meetings: "
        "dates, venues, delegations and their participants."
    ),
    "Sync": (
        "Exchanging changes with the other workstations of the unit through packet files "
        "on a USB stick or a shared folder, and resolving conflicting edits."
    ),
}


class PlaceholderPage(QWidget):
    """Tells the user what a section will hold once it is built."""

    def __init__(
        self, context: AppContext | None, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(
            f"This section is not built yet. It will hold {_lower_first(PLANS.get(title, ''))}"
            if title in PLANS
            else "This section is not built yet."
        )
        text.setObjectName("placeholder_text")
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        text.setMaximumWidth(620)
        text.setStyleSheet("font-size: 11pt;")
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 32, 32, 32)
        box.addWidget(heading)
        box.addWidget(text)
        box.addStretch(1)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
