"""What every record form does with little room: its fields scroll while Save stays in
view, a long name wraps instead of widening the form, and a dialog never opens
wider or taller than the screen (at 150 % scale too).

Every form saves the same way (:func:`save_in_background`): the service's save
runs off the GUI thread through :func:`isu_desk.ui.operations.op`, Save is
disabled until it returns, and the form gets the service's ``Result`` back (or
a plain message when the save could not run), its fields untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from isu_desk.ui.context import AppContext, plain_message
from isu_desk.ui.operations import op


def scrolling(layout: QLayout) -> QScrollArea:
    """The fields of ``layout`` in a scroll area (vertical only; labels wrap)."""
    body = QWidget()
    body.setLayout(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    # Open as tall as the fields need (up to the screen), not as a tiny scroll box.
    area.setMinimumHeight(min(body.sizeHint().height(), 360))
    area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    return area


def heading(text: str = "") -> QLabel:
    """A form's big heading: wraps at any length, never sets the form's width."""
    label = QLabel(text)
    label.setStyleSheet("font-size: 15pt; font-weight: 600;")
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def fit_to_screen(widget: QWidget, wanted: QSize | None = None, share: float = 0.9) -> None:
    """Resize to ``wanted`` (else its size hint) but never beyond ``share`` of the screen."""
    if wanted is None:
        layout = widget.layout()
        if layout is not None:
            layout.activate()  # messages shown since the last layout count
        wanted = widget.sizeHint().expandedTo(widget.minimumSizeHint())
    size = wanted
    screen = widget.screen()
    if screen is None:
        widget.resize(size)
        return
    room = screen.availableGeometry().size()
    width = min(size.width(), int(room.width() * share))
    height = min(size.height(), int(room.height() * share))
    widget.setMaximumSize(room)
    widget.resize(width, height)


def dialog_body(
    dialog: QDialog, parts: list[QWidget | QLayout], ok: Callable[[], None], save: bool = False
) -> QDialogButtonBox:
    """Lay ``parts`` out top to bottom with OK (or Save) and Cancel under them."""
    first = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(first | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(ok)
    buttons.rejected.connect(dialog.reject)
    box = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            box.addLayout(part)
        else:
            box.addWidget(part)
    box.addWidget(buttons)
    return buttons


def save_in_background(
    context: AppContext,
    button: QWidget,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[str], None],
) -> bool:
    """Run ``work`` (a service's save) off the GUI thread with ``button`` disabled.

    ``done`` gets what ``work`` returned and ``failed`` a plain message when it
    raised; both run on the GUI thread, and neither runs once ``button``'s form
    is gone. False (and nothing runs) while a save from this button is running.
    """
    if not button.isEnabled():
        return False
    button.setEnabled(False)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        if shiboken6.isValid(button):
            button.setEnabled(True)
            callback(value)

    (
        op(context, work, QCoreApplication.translate("RecordForm", "Saving…"))
        .success(lambda value: finish(done, value))
        .failure(lambda exc: finish(failed, plain_message(exc)))
        .run_in_background()
    )
    return True
