"""How the Sponsorship page is laid out: filters, gauge, table and rows of buttons that wrap
(:class:`FlowLayout`) beside the detail pane, so the page never needs more width than a
1280x720 screen at 150 % leaves it, in English or in French (it scrolls down instead)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.sponsorship.domain.letters import LetterKind
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.ui.flow import FlowLayout, WrappingPanel
from isu_desk.capabilities.sponsorship.ui.round_twins import delete_round

STEPS = (
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Eligible"), Status.ELIGIBLE),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Ineligible…"), Status.INELIGIBLE),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Offer"), Status.OFFERED),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Wait-list"), Status.WAIT_LISTED),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Regret…"), Status.REGRETTED),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Accepted"), Status.ACCEPTED),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Declined"), Status.DECLINED),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Withdrawn"), Status.WITHDRAWN),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Travel booked"), Status.TRAVEL_BOOKED),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Attended"), Status.ATTENDED),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "No-show"), Status.NO_SHOW),
)
LETTERS = (
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Offer letters"), LetterKind.OFFER),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Regret letters"), LetterKind.REGRET),
    (QT_TRANSLATE_NOOP("SponsorshipPage", "Wait-list letters"), LetterKind.WAITLIST),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SponsorshipPage", text)


def _buttons(row: QLayout, buttons: Any) -> None:
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)


def _filters(page: Any) -> FlowLayout:
    filters = FlowLayout()
    for label, widget in (
        (QCoreApplication.translate("SponsorshipPage", "Round"), page.round_choice),
        (QCoreApplication.translate("SponsorshipPage", "Status"), page.status_choice),
    ):
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(label))
        row.addWidget(widget)
        filters.addWidget(pair)
    filters.addWidget(page.search)
    return filters


def _actions(page: Any) -> tuple[FlowLayout, FlowLayout, FlowLayout]:
    """The workflow steps, the letters, and the other actions, each a row that wraps."""
    steps = FlowLayout()
    for text, status in STEPS:
        button = QPushButton(_tr(text))
        button.clicked.connect(lambda _c=False, s=status: page.take_step(s))
        steps.addWidget(button)
        page.step_buttons[status] = button
    letters = FlowLayout()
    _buttons(letters, [(_tr(text), lambda _c=False, k=kind: page.letters(k))
                       for text, kind in LETTERS])  # fmt: skip
    separately = QCoreApplication.translate("SponsorshipPage", "Save letters as separate files…")
    _buttons(letters, ((separately, page.save_letters),))
    actions = FlowLayout(stretch_last=True)
    _buttons(actions, (
        (QCoreApplication.translate("SponsorshipPage", "New round…"), page.new_round),
        (QCoreApplication.translate("SponsorshipPage", "Edit round…"), page.edit_round),
        (QCoreApplication.translate("SponsorshipPage", "Delete round…"),
         lambda: delete_round(page)),
        (QCoreApplication.translate("SponsorshipPage", "Priority weights…"), page.edit_weights),
        (QCoreApplication.translate("SponsorshipPage", "New application…"), page.new),
        (QCoreApplication.translate("SponsorshipPage", "Set score…"), page.set_score),
        (QCoreApplication.translate("SponsorshipPage", "Enter payment…"), page.enter_payment),
        (QCoreApplication.translate("SponsorshipPage", "Call for applications…"), page.call),
        (QCoreApplication.translate("SponsorshipPage", "Propose offers…"), page.propose),
    ))  # fmt: skip
    return steps, letters, actions


def lay_out(page: Any) -> None:
    """Fill ``page`` (a SponsorshipPage whose widgets exist) with its layout."""
    left = WrappingPanel()
    box = QVBoxLayout(left)
    for part in (_filters(page), page.twin_note, page.gauge, page.figures, page.view, page.message,
                 *_actions(page)):  # fmt: skip
        if isinstance(part, QWidget):
            box.addWidget(part, 1 if part is page.view else 0)
        else:
            box.addLayout(part)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page.detail)
    scroll.setMinimumWidth(180)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(scroll)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([860, 240])
    QVBoxLayout(page).addWidget(splitter)
