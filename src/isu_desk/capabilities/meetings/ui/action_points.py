"""The Action points view across all meetings, and the "done on" question.

Overdue points come first and are red; the list is filtered by owner (part
of a name, accents ignored) and status. Ctrl+D marks the chosen point done,
asking for the date (today, already filled in) and an optional note.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.meetings.domain.records import ActionPoint, ActionStatus
from isu_desk.capabilities.meetings.services.minutes import ActionRow, MinutesService
from isu_desk.capabilities.meetings.ui.labels import choices, label
from isu_desk.capabilities.meetings.ui.models import Col, Rows, rows_table, selected_row
from isu_desk.domain.text import fold
from isu_desk.ui.formats import display_date
from isu_desk.ui.widgets import ChoiceField, DateField, ErrorLabel, SearchField, TextField

OPEN = "open+in_progress"
PAGE = 500  # rows read at once; overdue come first, so they are always among them
COLUMNS = (
    Col(
        QT_TRANSLATE_NOOP("Rows", "Due"),
        lambda r: display_date(r.point.due_on) or QCoreApplication.translate("Rows", "no date"),
        lambda r: str(r.point.due_on),
    ),
    Col(QT_TRANSLATE_NOOP("Rows", "Action"), lambda r: r.point.text),
    Col(QT_TRANSLATE_NOOP("Rows", "Owner"), lambda r: r.owner),
    Col(QT_TRANSLATE_NOOP("Rows", "Meeting"), lambda r: r.meeting_code or r.meeting_title),
    Col(
        QT_TRANSLATE_NOOP("Rows", "Status"),
        lambda r: (
            label(r.point.status)
            + (QCoreApplication.translate("Rows", " · overdue") if r.overdue else "")
        ),
    ),
    Col(
        QT_TRANSLATE_NOOP("Rows", "Closed"),
        lambda r: display_date(r.point.closed_on),
        lambda r: str(r.point.closed_on),
    ),
)


class DoneDialog(QDialog):
    """When was the point done (today filled in), with an optional note."""

    def __init__(self, point: ActionPoint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done_dialog")
        self.setWindowTitle(self.tr("Mark the action point done"))
        self.day = DateField(optional=False)
        self.day.set_value(date.today())
        self.note = TextField()
        self.error = ErrorLabel()
        form = QFormLayout(self)
        what = QLabel(point.text)
        what.setWordWrap(True)
        form.addRow(what)
        form.addRow(self.tr("Done on"), self.day)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.day.editor.setFocus()


def mark_done(parent: QWidget, service: MinutesService, point: ActionPoint | None) -> str:
    """Ask for the date and close the point; returns the line for the status bar."""
    if point is None:
        return QCoreApplication.translate("action_points", "Choose an action point first.")
    if point.status.closed:
        return QCoreApplication.translate(
            "action_points", "That point is already {status}."
        ).format(status=label(point.status).lower())
    dialog = DoneDialog(point, parent)
    parent.done_dialog = dialog  # type: ignore[attr-defined]  # tests answer it
    while dialog.exec():
        result = service.mark_done(point.id, dialog.day.value(), dialog.note.value())
        if result.ok:
            return QCoreApplication.translate("action_points", "Marked done: {action}").format(
                action=point.text
            )
        dialog.error.show_error("; ".join(e.message for e in result.errors))
    return ""


class ActionPointsView(QWidget):
    """Every meeting's action points; ``open_point`` carries the row to show in its meeting."""

    open_point = Signal(object)
    message = Signal(str)

    def __init__(self, service: MinutesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.owner = SearchField(self.tr("Owner (part of a name)"))
        self.owner.setObjectName("points_owner")
        self.owner.setMinimumWidth(220)
        self.status = ChoiceField(self.tr("All statuses"))
        self.status.setObjectName("points_status")
        self.status.set_choices([(OPEN, self.tr("Open or in progress")), *choices(ActionStatus)])
        self.status.set_value(OPEN)
        self.overdue = QLabel()
        self.overdue.setObjectName("points_count")
        self.model = Rows(COLUMNS, late=lambda r: r.overdue)
        self.view = rows_table(self.model, self, "action_points")
        done = QPushButton(self.tr("Mark done… (Ctrl+D)"))
        done.clicked.connect(self.mark_done)
        filters = QHBoxLayout()
        heading = QLabel(self.tr("Action points of all meetings, overdue first"))
        heading.setWordWrap(True)  # a narrow window (or French) wraps it instead of scrolling
        filters.addWidget(heading, 1)
        filters.addWidget(self.owner)
        filters.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.overdue, 1)
        bottom.addWidget(done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.owner.textChanged.connect(lambda _t: self.refresh())
        self.owner.to_list.connect(self.view.setFocus)
        self.status.edited.connect(self.refresh)
        self.view.open_requested.connect(lambda row: self.open_point.emit(self.model.row_at(row)))
        self.refresh()

    def statuses(self) -> tuple[ActionStatus, ...]:
        chosen = self.status.value()
        if chosen == OPEN:
            return (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        return (chosen,) if isinstance(chosen, ActionStatus) else ()

    def refresh(self) -> None:
        wanted = fold(self.owner.text().strip())
        # Owners are matched by part of their name, so a filtered list reads every row.
        limit = -1 if wanted else PAGE
        rows = self.service.action_points(statuses=self.statuses(), limit=limit)
        if wanted:
            rows = [row for row in rows if wanted in fold(row.owner)]
        self.model.set_rows(rows)
        late = sum(1 for row in rows if row.overdue)
        if len(rows) == PAGE and not wanted:
            shown = self.tr("the first %n action points", None, len(rows))
        else:
            shown = self.tr("%n action points", None, len(rows))
        self.overdue.setText(self.tr("{shown} · %n overdue", None, late).format(shown=shown))

    def selected(self) -> ActionRow | None:
        found: ActionRow | None = selected_row(self.view, self.model)
        return found

    def mark_done(self) -> None:
        row = self.selected()
        line = mark_done(self, self.service, row.point if row else None)
        if line:
            self.message.emit(line)
