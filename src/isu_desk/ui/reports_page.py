"""The Reports section: the list of reports, a PDF preview, Save as… and Print….

The list holds every capability's reports (:mod:`isu_desk.services.reports`
asks the registry). Choosing a report renders it in the background and shows
the PDF with QtPdf. Printing rasterises each page onto the printer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from isu_desk.services import reports as reports_service
from isu_desk.ui.context import AppContext

PRINT_DPI = 200


def option_names(spec: Any) -> list[str]:
    """The options a report needs, then those it accepts."""
    return [*getattr(spec, "options", ()), *getattr(spec, "optional", ())]


def default_option(name: str) -> str:
    """What an option field starts with (the current year for ``year``)."""
    return str(date.today().year) if name == "year" else ""


class ReportsPage(QWidget):
    """Pick a report on the left; its preview on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = reports_service
        self.pdf_bytes: bytes | None = None
        self.current_name = ""
        self._buffer: QBuffer | None = None
        self.reports = QListWidget()
        self.reports.setObjectName("report_list")
        self.reports.setStyleSheet("QListWidget#report_list::item { padding: 6px 8px; }")
        self.reports.setMinimumWidth(200)
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel()
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        self.option_fields: dict[str, QLineEdit] = {}
        self.options_box = QFormLayout()
        self.show_button = QPushButton("Show")
        self.show_button.setToolTip("Prepare the report again with these options")
        self.save_button = QPushButton("Save as…")
        self.print_button = QPushButton("Print…")
        self._build()
        self._fill()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(self.options_box)
        right_box.addLayout(buttons)
        right_box.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("Reports")
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
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_report)
        self._set_ready(False)
        self.show_button.setVisible(False)

    def _fill(self) -> None:
        for spec in self.service.available_reports().values():
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec)
            self.reports.addItem(item)
        self.message.setText("Choose a report to preview it.")

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # --- rendering -----------------------------------------------------------

    def _chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        spec = item.data(Qt.ItemDataRole.UserRole)
        self._show_options(spec)
        if all(self.option_fields[name].text() for name in getattr(spec, "options", ())):
            self._render_current()
        else:
            self.message.setText(f"Fill in {', '.join(spec.options)} and press Show.")

    def _show_options(self, spec: Any) -> None:
        while self.options_box.rowCount():
            self.options_box.removeRow(0)
        self.option_fields = {}
        for name in option_names(spec):
            field = QLineEdit(default_option(name))
            field.setObjectName(f"option_{name}")
            if name != "year":
                field.setPlaceholderText(f"the {name}'s id (copy it from its section)")
            field.returnPressed.connect(self._render_current)
            self.option_fields[name] = field
            self.options_box.addRow(name.replace("_", " ").capitalize(), field)
        self.show_button.setVisible(bool(self.option_fields))

    def _render_current(self) -> None:
        item = self.reports.currentItem()
        if item is None:
            return
        spec = item.data(Qt.ItemDataRole.UserRole)
        options = {k: f.text().strip() for k, f in self.option_fields.items() if f.text().strip()}
        self.render_report(spec.name, options, spec.title)

    def render_report(self, name: str, options: dict[str, Any], title: str = "") -> None:
        """Render a report in the background, then show it."""
        service, database = self.service, self.context.database
        self.current_name = name
        self._set_ready(False)
        self.message.setText(f"Preparing {title or name}…")
        self.context.run_in_background(
            lambda: service.render_report(database, name, options),
            on_success=lambda data: self._show_pdf(name, data, title),
            on_error=self._render_failed,
            label=f"Preparing {title or name}…",
        )

    def _show_pdf(self, name: str, data: bytes, title: str) -> None:
        if name != self.current_name:
            return  # the user chose another report meanwhile
        self.pdf_bytes = data
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.message.setText(f"{title or name}: {pages} page{'s' if pages != 1 else ''}")
        self._set_ready(pages > 0)

    def _render_failed(self, exc: Exception) -> None:
        self.pdf_bytes = None
        self.message.setText(f"The report could not be prepared: {exc}")

    # --- saving and printing -------------------------------------------------

    def save_as(self) -> None:
        if self.pdf_bytes is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Save report", f"{self.current_name}.pdf", "PDF files (*.pdf)"
        )
        if not path:
            return
        try:
            Path(path).write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, "Save report", f"Could not save {path}:\n{exc.strerror}")
            return
        self.context.status_message(f"Saved {path}")

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_document(self.document, printer)
        self.context.status_message("Sent to the printer.")


def print_document(document: QPdfDocument, printer: Any) -> None:
    """Paint each page of a PDF onto a printer (or any QPagedPaintDevice), as images."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            pixels = QSize(int(size.width() * PRINT_DPI / 72), int(size.height() * PRINT_DPI / 72))
            image = document.render(page, pixels)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
