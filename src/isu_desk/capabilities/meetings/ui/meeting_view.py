"""One meeting, in tabs: details, agenda and documents, participants, minutes,
decisions and action points; its printed lists open in a PDF preview.

Every list is sortable (:mod:`isu_desk.ui.collation`); documents keep the UN
symbol order until a column is clicked.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    AgendaItem,
    Attendance,
    Decision,
    Document,
    Meeting,
)
from isu_desk.capabilities.meetings.domain.rules import agenda_sort_key
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.capabilities.meetings.ui.details import DetailsForm
from isu_desk.capabilities.meetings.ui.labels import label
from isu_desk.capabilities.meetings.ui.minutes_tab import MinutesTab
from isu_desk.capabilities.meetings.ui.models import Col, Rows, rows_table, select_where
from isu_desk.capabilities.meetings.ui.record_dialog import RecordDialog, blank
from isu_desk.capabilities.meetings.ui.registration import RegistrationDialog
from isu_desk.ui.formats import display_date
from isu_desk.ui.history_panel import HistoryDialog, opened
from isu_desk.ui.pdf_preview import PdfPreviewDialog

TABS = ("details", "agenda", "participants", "minutes", "decisions", "actions")
REPORTS = (
    ("participants", QT_TRANSLATE_NOOP("MeetingView", "List of participants")),
    ("minutes", QT_TRANSLATE_NOOP("MeetingView", "Minutes")),
    ("decisions", QT_TRANSLATE_NOOP("MeetingView", "Decisions")),
    ("documents", QT_TRANSLATE_NOOP("MeetingView", "Documents")),
)


def _boxed(*widgets: QWidget, buttons: QHBoxLayout | None = None) -> QWidget:
    holder = QWidget()
    box = QVBoxLayout(holder)
    for widget in widgets:
        box.addWidget(widget, 1 if not isinstance(widget, QLabel) else 0)
    if buttons is not None:
        box.addLayout(buttons)
    return holder


class MeetingView(QWidget):
    """A meeting's tabs; ``back`` asks for the list again, ``message`` for the status bar."""

    back = Signal()
    message = Signal(str)
    mark_done = Signal(object)

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meetings = MeetingsService(context.database)
        self.minutes_service = MinutesService(context.database)
        self.meeting: Meeting | None = None
        self.names: dict[str, str] = {}
        self.title = QLabel()
        self.title.setObjectName("meeting_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        back = QPushButton(self.tr("← All meetings"))
        back.setObjectName("back_to_meetings")
        back.clicked.connect(self.back.emit)
        self.details = DetailsForm(self.meetings)
        self.details.saved.connect(self._saved)
        self.minutes = MinutesTab(self.minutes_service, context.database)
        self.minutes.message.connect(self.message.emit)
        minutes_history = QPushButton(self.tr("History…"))
        minutes_history.setObjectName("minutes_history")
        minutes_history.clicked.connect(self.minutes_history)
        self.minutes.buttons.insertWidget(0, minutes_history)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meeting_tabs")
        self.tabs.setDocumentMode(True)
        self._build_lists()
        # The title wraps and the printed lists have a row of their own, so a long title or
        # the French labels never make the page scroll sideways at 1280x720.
        self.title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(self.title, 1)
        lists = QHBoxLayout()
        for report, name in REPORTS:
            title = self.tr(name)
            button = QPushButton(title + "…")
            button.clicked.connect(lambda _c=False, r=report, t=title: self.preview(r, t))
            lists.addWidget(button)
        lists.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(lists)
        layout.addWidget(self.tabs, 1)

    def _build_lists(self) -> None:
        name = self.names.get
        self.agenda = Rows(
            (
                Col(
                    QT_TRANSLATE_NOOP("Rows", "No."),
                    lambda a: a.number,
                    lambda a: agenda_sort_key(a.number),
                ),
                Col(QT_TRANSLATE_NOOP("Rows", "Agenda item"), lambda a: a.title),
            )
        )
        self.documents = Rows(
            (
                Col(
                    QT_TRANSLATE_NOOP("Rows", "Symbol"),
                    lambda d: d.symbol,
                    lambda d: self._symbol_rank.get(d.id, 0),
                ),
                Col(QT_TRANSLATE_NOOP("Rows", "Title"), lambda d: d.title),
                Col(QT_TRANSLATE_NOOP("Rows", "Languages"), lambda d: d.languages),
                Col(QT_TRANSLATE_NOOP("Rows", "Status"), lambda d: label(d.status)),
                Col(
                    QT_TRANSLATE_NOOP("Rows", "Issued"),
                    lambda d: display_date(d.issued_on),
                    lambda d: str(d.issued_on or ""),
                ),
            )
        )
        self.participants = Rows(
            (
                Col(QT_TRANSLATE_NOOP("Rows", "Name"), lambda p: name(p.contact_id, "")),
                Col(
                    QT_TRANSLATE_NOOP("Rows", "Delegation"),
                    lambda p: name(p.delegation_state_id or p.delegation_organisation_id or "", ""),
                ),
                Col(QT_TRANSLATE_NOOP("Rows", "Category"), lambda p: label(p.category)),
                Col(
                    QT_TRANSLATE_NOOP("Rows", "Head"),
                    lambda p: self.tr("head of delegation") if p.head_of_delegation else "",
                ),
                Col(QT_TRANSLATE_NOOP("Rows", "Attendance"), lambda p: label(p.attendance)),
            )
        )
        self.decisions = Rows(
            (
                Col(
                    QT_TRANSLATE_NOOP("Rows", "No."),
                    lambda d: d.number,
                    lambda d: agenda_sort_key(d.number),
                ),
                Col(QT_TRANSLATE_NOOP("Rows", "Decision"), lambda d: " ".join(d.text.split())),
                Col(QT_TRANSLATE_NOOP("Rows", "Kind"), lambda d: label(d.kind)),
                Col(QT_TRANSLATE_NOOP("Rows", "States"), lambda d: d.states),
                Col(
                    QT_TRANSLATE_NOOP("Rows", "Adopted"),
                    lambda d: display_date(d.adopted_on),
                    lambda d: str(d.adopted_on or ""),
                ),
            )
        )
        self.points = Rows(
            (
                Col(QT_TRANSLATE_NOOP("Rows", "Action"), lambda r: r.point.text),
                Col(QT_TRANSLATE_NOOP("Rows", "Owner"), lambda r: r.owner),
                Col(
                    QT_TRANSLATE_NOOP("Rows", "Due"),
                    lambda r: display_date(r.point.due_on),
                    lambda r: str(r.point.due_on),
                ),
                Col(QT_TRANSLATE_NOOP("Rows", "Status"), lambda r: label(r.point.status)),
                Col(QT_TRANSLATE_NOOP("Rows", "Closed"), lambda r: display_date(r.point.closed_on)),
            ),
            late=lambda r: r.overdue,
        )
        self._symbol_rank: dict[str, int] = {}
        self.views = {
            key: rows_table(model, self, f"meeting_{key}")
            for key, model in (
                ("agenda", self.agenda),
                ("documents", self.documents),
                ("participants", self.participants),
                ("decisions", self.decisions),
                ("actions", self.points),
            )
        }
        split = QSplitter()
        split.addWidget(self.views["agenda"])
        split.addWidget(self.views["documents"])
        split.setSizes([380, 620])
        agenda_buttons = self._new_buttons((AgendaItem, self.tr("New agenda item…")),
                                           (Document, self.tr("New document…")))  # fmt: skip
        import_button = QPushButton(self.tr("Import registration list…"))
        import_button.setObjectName("import_registration")
        import_button.clicked.connect(self.import_registration)
        people = QHBoxLayout()
        people.addWidget(import_button)
        people.addStretch(1)
        people.addWidget(QLabel(self.tr("Mark the chosen people:")))
        for attendance in (Attendance.PRESENT, Attendance.APOLOGIES, Attendance.ABSENT):
            button = QPushButton(label(attendance))
            button.setObjectName(f"mark_{attendance.value}")
            button.clicked.connect(lambda _c=False, a=attendance: self.mark_attendance(a))
            people.addWidget(button)
        done = QPushButton(self.tr("Mark done… (Ctrl+D)"))
        done.clicked.connect(lambda: self.mark_done.emit(self.selected_point()))
        history = QPushButton(self.tr("History…"))
        history.clicked.connect(self.point_history)
        carry = QPushButton(self.tr("Carry open points forward"))
        carry.setToolTip(
            self.tr("List the open points as matters arising at the next meeting of this kind")
        )
        carry.clicked.connect(self.carry_forward)
        points = self._new_buttons((ActionPoint, self.tr("New action point…")))
        points.addWidget(done)
        points.addWidget(history)
        points.addWidget(carry)
        points.addStretch(1)
        agenda_buttons.addStretch(1)
        decision_buttons = self._new_buttons((Decision, self.tr("New decision…")))
        decision_buttons.addStretch(1)
        for key, model in (("agenda", self.agenda), ("documents", self.documents),
                           ("decisions", self.decisions)):  # fmt: skip
            self.views[key].open_requested.connect(
                lambda row, model=model: self.edit(model.row_at(row))
            )
        self.views["actions"].open_requested.connect(
            lambda row: self.edit(self.points.row_at(row).point)
        )
        for widget, text in (
            (self.details, self.tr("Details")),
            (_boxed(split, buttons=agenda_buttons), self.tr("Agenda and documents")),
            (_boxed(self.views["participants"], buttons=people), self.tr("Participants")),
            (self.minutes, self.tr("Minutes")),
            (_boxed(self.views["decisions"], buttons=decision_buttons), self.tr("Decisions")),
            (_boxed(self.views["actions"], buttons=points), self.tr("Action points")),
        ):
            self.tabs.addTab(widget, text)

    def _new_buttons(self, *kinds: tuple[type, str]) -> QHBoxLayout:
        row = QHBoxLayout()
        for cls, text in kinds:
            button = QPushButton(text)
            button.setObjectName(f"new_{cls.__name__.lower()}")
            button.clicked.connect(lambda _c=False, cls=cls: self.new_record(cls))
            row.addWidget(button)
        return row

    def new_record(self, cls: type) -> None:
        if self.meeting is not None:
            self.edit(blank(cls, self.meeting.id))

    def edit(self, record: Any) -> None:
        """The record's form; saved changes show at once (the window refreshes the lists)."""
        dialog = RecordDialog(self.meetings, record, self)
        self.record_dialog = dialog
        if dialog.exec():
            self.message.emit(self.tr("Saved."))

    # --- showing ---------------------------------------------------------------

    def show_meeting(self, meeting: Meeting | None) -> None:
        """Show a meeting (``None``: the details of a new one)."""
        self.meeting = meeting
        self.details.show_meeting(meeting)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, meeting is not None)
        if meeting is None:
            self.title.setText(self.tr("New meeting"))
            self.tabs.setCurrentIndex(0)
            return
        self.title.setText(meeting.display_name)
        self.reload()

    def reload(self) -> None:
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        self.names.clear()  # the columns read this dict
        self.names.update(self.meetings.names())
        documents = self.meetings.documents(meeting_id)
        self._symbol_rank = {doc.id: rank for rank, doc in enumerate(documents)}
        self.agenda.set_rows(self.meetings.agenda(meeting_id))
        self.documents.set_rows(documents)
        self.participants.set_rows(self.meetings.participants(meeting_id))
        self.decisions.set_rows(self.minutes_service.decisions(meeting_id))
        self.points.set_rows(self.minutes_service.action_points(meeting_id=meeting_id))
        self.minutes.show_meeting(meeting_id)

    def open_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    def show_hit(self, kind: str, record_id: str) -> None:
        """Open the tab of a search hit with the record chosen."""
        if kind == "minutes":
            self.open_tab("minutes")
            item = next(
                (i for i in self.minutes.items if i.entry and i.entry.id == record_id), None
            )
            if item is not None:
                self.minutes.show_item(item.item.id)
            return
        key = {"decision": "decisions", "action": "actions", "document": "agenda"}[kind]
        self.open_tab(key)
        model_key = "documents" if kind == "document" else key
        models = {"decisions": self.decisions, "actions": self.points}
        model = models.get(key, self.documents)
        select_where(self.views[model_key], model, lambda row: _id(row) == record_id)
        self.views[model_key].setFocus()

    def selected_point(self) -> ActionPoint | None:
        view = self.views["actions"]
        rows = view.selected_rows()
        return self.points.row_at(rows[0]).point if rows else None

    # --- actions ---------------------------------------------------------------

    def _saved(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.title.setText(meeting.display_name)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        self.message.emit(self.tr("Saved {meeting}.").format(meeting=meeting.display_name))

    def preview(self, report: str, title: str) -> None:
        """Prepare one of the meeting's printed lists in the background and preview it."""
        if self.meeting is None:
            return
        from isu_desk.services.reports import render_report

        meeting = self.meeting
        dialog = PdfPreviewDialog(self.context, f"{title}: {meeting.display_name}", self)
        dialog.setObjectName("meeting_report_preview")
        preparing = self.tr("Preparing the {list}…").format(list=title.lower())
        dialog.preview.clear(preparing)
        self.report_preview = dialog
        database = self.context.database
        slug = (meeting.code or meeting.start_date.isoformat()).lower()
        self.context.run_in_background(
            lambda: render_report(database, report, {"meeting": meeting.id}),
            on_success=lambda data: dialog.preview.show_pdf(data, title, f"{report}-{slug}.pdf"),
            on_error=lambda exc: dialog.preview.clear(
                self.tr("The list could not be prepared: {error}").format(error=exc)
            ),
            label=preparing,
        )
        dialog.show()

    def import_registration(self) -> None:
        if self.meeting is None:
            return
        dialog = RegistrationDialog(self.context.database, self.meeting, self)
        self.registration = dialog
        if dialog.choose_file() and dialog.exec():
            self.message.emit(dialog.summary)

    def mark_attendance(self, attendance: Attendance) -> None:
        """Record who came (the minutes list them as present or with apologies)."""
        view = self.views["participants"]
        chosen = [self.participants.row_at(row) for row in view.selected_rows()]
        for participant in chosen:
            result = self.meetings.save(replace(participant, attendance=attendance))
            if not result.ok:
                self.message.emit("; ".join(e.message for e in result.errors))
                return
        if chosen:
            self.message.emit(
                self.tr("%n marked {attendance}.", None, len(chosen)).format(
                    attendance=label(attendance).lower()
                )
            )

    def carry_forward(self) -> None:
        if self.meeting is None:
            return
        result = self.minutes_service.carry_forward(self.meeting.id)
        if not result.ok:
            self.message.emit("; ".join(e.message for e in result.errors))
            return
        moved = result.unwrap()
        self.message.emit(
            self.tr(
                "%n open point(s) carried to {meeting} as matters arising.", None, moved.points
            ).format(meeting=moved.to_meeting.display_name)
        )

    def minutes_history(self) -> None:
        """Every change of the chosen item's text, corrections of approved minutes too."""
        entry_id = self.minutes.current_entry_id()
        if entry_id:
            title = self.minutes.heading.text()
            self.history_window = opened(
                HistoryDialog(self.context, "minutes", entry_id, title, self)
            )

    def point_history(self) -> None:
        point = self.selected_point()
        if point is not None:
            dialog = HistoryDialog(self.context, "action-points", point.id, point.text, self)
            self.history_window = opened(dialog)


def _id(row: Any) -> str:
    return str(row.point.id if hasattr(row, "point") else row.id)
