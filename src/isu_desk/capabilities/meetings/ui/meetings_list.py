"""The list of meetings: filtered by kind and year and by what is typed (code, title,
city), newest first, sortable by any column; Enter or a double-click opens one."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.meetings.domain.records import Meeting, MeetingKind
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.ui.labels import choices, label
from isu_desk.capabilities.meetings.ui.models import Col, Rows, rows_table, selected_row
from isu_desk.ui.formats import display_date
from isu_desk.ui.widgets import ChoiceField, SearchField

FIRST_YEAR = 2008  # the Convention was adopted in 2008


def _days(meeting: Meeting) -> str:
    if meeting.last_day == meeting.start_date:
        return display_date(meeting.start_date)
    return f"{display_date(meeting.start_date)} – {display_date(meeting.last_day)}"


COLUMNS = (
    Col(QT_TRANSLATE_NOOP("Rows", "Dates"), _days, lambda m: m.start_date.isoformat()),
    Col(QT_TRANSLATE_NOOP("Rows", "Code"), lambda m: m.code),
    Col(QT_TRANSLATE_NOOP("Rows", "Meeting"), lambda m: m.title),
    Col(QT_TRANSLATE_NOOP("Rows", "Kind"), lambda m: label(m.kind)),
    Col(
        QT_TRANSLATE_NOOP("Rows", "Place"),
        lambda m: ", ".join(p for p in (m.city, m.country_iso3) if p),
    ),
    Col(QT_TRANSLATE_NOOP("Rows", "Status"), lambda m: label(m.status)),
)


class MeetingsList(QWidget):
    """Filters, the table of meetings and a count; ``opened`` carries the meeting chosen."""

    opened = Signal(object)

    def __init__(self, service: MeetingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.kind = ChoiceField(self.tr("All kinds"))
        self.kind.setObjectName("meetings_kind")
        self.kind.set_choices(choices(MeetingKind))
        all_years = self.tr("All years")
        self.year = ChoiceField(all_years)
        self.year.setObjectName("meetings_year")
        self.year.setMinimumContentsLength(len(all_years))  # "Toutes les années" whole
        years = range(date.today().year + 2, FIRST_YEAR - 1, -1)
        self.year.set_choices([(y, str(y)) for y in years])
        self.search = SearchField(self.tr("Find a meeting (code, title, city)"))
        self.search.setObjectName("meetings_search")
        self.model = Rows(COLUMNS)
        self.view = rows_table(self.model, self, "meetings")
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.clicked.connect(lambda: self.opened.emit(None))
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.year)
        filters.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        for field in (self.kind, self.year):
            field.edited.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.search.to_list.connect(self.view.setFocus)
        self.view.open_requested.connect(lambda row: self.opened.emit(self.model.row_at(row)))
        self.view.next_focus = self.new_button
        self.refresh()

    def refresh(self) -> None:
        kind: Any = self.kind.value()
        year: Any = self.year.value()
        rows = self.service.meetings(year=year, kind=kind, search=self.search.text().strip())
        self.model.set_rows(rows)
        count = len(rows)  # English says "1 meeting"; French has its own plural forms
        plural = self.tr("%n meeting", None, count) if count == 1 else None
        self.count.setText(plural or self.tr("%n meetings", None, count))
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def selected(self) -> Meeting | None:
        found: Meeting | None = selected_row(self.view, self.model)
        return found
