"""The Reports section: the list of reports, a PDF preview, Save as… and Print….

The list holds every capability's reports (:mod:`isu_desk.services.reports`
asks the registry). Choosing a report clears the old preview (Print and Save wait for the new one)
and renders it in the background (``render_report`` from
:mod:`isu_desk.services.reports`). A report about one record (a letter) asks
for the record from a searchable list, never for its id. Printing is done by
:mod:`isu_desk.ui.pdf_preview` (vectors through the system's print service, or
the printer's resolution).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.domain.text import fold
from isu_desk.services import reports as reports_service
from isu_desk.ui.context import AppContext
from isu_desk.ui.pdf_preview import PdfPreview
from isu_desk.ui.widgets import SearchPicker

SHOWN_CHOICES = 20
# The options the capabilities' reports take, as the form labels them.
OPTION_LABELS = (
    QT_TRANSLATE_NOOP("ReportsPage", "Year"),
    QT_TRANSLATE_NOOP("ReportsPage", "Contribution"),
    QT_TRANSLATE_NOOP("ReportsPage", "Pledge"),
    QT_TRANSLATE_NOOP("ReportsPage", "Language"),
    QT_TRANSLATE_NOOP("ReportsPage", "Meeting"),
    QT_TRANSLATE_NOOP("ReportsPage", "Owner"),
    QT_TRANSLATE_NOOP("ReportsPage", "Date"),
    QT_TRANSLATE_NOOP("ReportsPage", "Application"),
    QT_TRANSLATE_NOOP("ReportsPage", "Kind"),
    QT_TRANSLATE_NOOP("ReportsPage", "Round"),
)


def option_label(name: str) -> str:
    """An option's label on the form, in the window's language ("Year", "Année")."""
    return QCoreApplication.translate("ReportsPage", name.replace("_", " ").capitalize())


def option_names(spec: Any) -> list[str]:
    """The options a report needs, then those it accepts."""
    return [*getattr(spec, "options", ()), *getattr(spec, "optional", ())]


def default_option(name: str) -> str:
    """What an option field starts with (the current year for ``year``)."""
    return str(date.today().year) if name == "year" else ""


def matching(choices: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """The first choices whose label holds every typed word, ignoring case and accents."""
    words = fold(text).split()
    found = [(i, label) for i, label in choices if all(w in fold(label) for w in words)]
    return found[:SHOWN_CHOICES]


class ReportsPage(QWidget):
    """Pick a report on the left; its preview on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = reports_service
        self.current_name = ""
        self.reports = QListWidget()
        self.reports.setObjectName("report_list")
        self.reports.setStyleSheet("QListWidget#report_list::item { padding: 6px 8px; }")
        self.reports.setMinimumWidth(200)
        self.viewer = PdfPreview(context)
        self.document = self.viewer.document
        self.preview = self.viewer.view
        self.message = self.viewer.message
        self.message.setObjectName("report_message")
        self.option_fields: dict[str, QLineEdit] = {}
        self.options_box = QFormLayout()
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setToolTip(self.tr("Prepare the report again with these options"))
        self.save_button = self.viewer.save_button
        self.print_button = self.viewer.print_button
        self._build()
        self._fill()

    @property
    def pdf_bytes(self) -> bytes | None:
        return self.viewer.pdf_bytes

    def _build(self) -> None:
        self.viewer.buttons.insertWidget(1, self.show_button)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(self.options_box)
        right_box.addWidget(self.viewer, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(QCoreApplication.translate("Capabilities", "Reports"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        left_box.addWidget(heading)
        left_box.addWidget(self.reports, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 700])
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(splitter)
        self.reports.currentItemChanged.connect(self._chosen)
        self.show_button.clicked.connect(self._render_current)
        self.show_button.setVisible(False)

    def _fill(self) -> None:
        for spec in self.service.available_reports().values():
            item = QListWidgetItem(QCoreApplication.translate("Capabilities", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec)
            self.reports.addItem(item)
        self.message.setText(self.tr("Choose a report to preview it."))

    # --- rendering -----------------------------------------------------------

    def _chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        spec = item.data(Qt.ItemDataRole.UserRole)
        self.current_name = spec.name
        self.viewer.clear()  # the old report's pages never stand for the new one
        self._show_options(spec)
        if all(self._option_value(name) for name in getattr(spec, "options", ())):
            self._render_current()
        else:
            wanted = ", ".join(option_label(n).lower() for n in spec.options)
            self.message.setText(
                self.tr("Choose the {options} above, then press Show.").format(options=wanted)
            )

    def _show_options(self, spec: Any) -> None:
        while self.options_box.rowCount():
            self.options_box.removeRow(0)
        self.option_fields = {}
        for name in option_names(spec):
            field = self._option_field(name)
            field.setObjectName(f"option_{name}")
            self.option_fields[name] = field
            self.options_box.addRow(option_label(name), field)
        self.show_button.setVisible(bool(self.option_fields))

    def _option_field(self, name: str) -> QLineEdit:
        choices_of = getattr(self.service, "option_choices", None)
        choices = choices_of(self.context.database, name) if choices_of else None
        if choices is None:
            field = QLineEdit(default_option(name))
            field.returnPressed.connect(self._render_current)
            return field
        picker = SearchPicker()
        picker.setPlaceholderText(
            self.tr("Type part of the {option}'s donor, date or amount").format(
                option=option_label(name).lower()
            )
        )
        labels = dict(choices)
        picker.set_source(lambda text: matching(choices, text), lambda i: labels.get(i, ""))
        picker.edited.connect(lambda: self._picked(picker))
        return picker

    def _picked(self, picker: SearchPicker) -> None:
        if picker.value() is not None:
            self._render_current()

    def _option_value(self, name: str) -> str:
        field = self.option_fields[name]
        if isinstance(field, SearchPicker):
            return field.value() or ""
        return field.text().strip()

    def _render_current(self) -> None:
        item = self.reports.currentItem()
        if item is None:
            return
        spec = item.data(Qt.ItemDataRole.UserRole)
        options = {k: self._option_value(k) for k in self.option_fields if self._option_value(k)}
        self.render_report(
            spec.name, options, QCoreApplication.translate("Capabilities", spec.title)
        )

    def render_report(self, name: str, options: dict[str, Any], title: str = "") -> None:
        """Render a report in the background, then show it."""
        service, database = self.service, self.context.database
        self.current_name = name
        preparing = self.tr("Preparing {report}…").format(report=title or name)
        self.viewer.clear(preparing)
        self.context.run_in_background(
            lambda: service.render_report(database, name, options),
            on_success=lambda data: self._show_pdf(name, data, title),
            on_error=self._render_failed,
            label=preparing,
        )

    def _show_pdf(self, name: str, data: bytes, title: str) -> None:
        if name != self.current_name:
            return  # the user chose another report meanwhile
        self.viewer.show_pdf(data, title or name, f"{name}.pdf")

    def _render_failed(self, exc: Exception) -> None:
        self.viewer.clear(self.tr("The report could not be prepared: {error}").format(error=exc))

    # --- saving and printing -------------------------------------------------

    def save_as(self) -> None:
        self.viewer.save_as()

    def print_report(self) -> None:
        self.viewer.print_pdf()
