"""A PDF preview with Print… and Save as…, used by the Reports section and by letters
opened from a record; and how a PDF reaches the printer.

Printing: where the system prints through CUPS (Linux, macOS), the PDF itself is
handed to ``lp`` for the printer chosen in the print dialog, so every page goes as
vectors and text stays sharp at any resolution. Elsewhere (Windows, or printing
to a file) each page is rendered at the printer's own resolution (its dots per
inch, 600 on an office laser) and painted onto it, never at a fixed lower one.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isu_desk.ui.record_form import fit_to_screen

MAX_RASTER_DPI = 600  # an A4 page at 600 dpi is ~140 MB of pixels while it prints


def device_dpi(device: QPagedPaintDevice) -> int:
    """The resolution to render pages at for this device: its own, within reason."""
    return max(72, min(int(device.logicalDpiX()), MAX_RASTER_DPI))


def paint_pages(document: QPdfDocument, device: QPagedPaintDevice) -> None:
    """Paint each page of a PDF onto a printer (or any paged device) at its resolution."""
    dpi = device_dpi(device)
    painter = QPainter()
    if not painter.begin(device):
        return
    try:
        for page in range(document.pageCount()):
            if page:
                device.newPage()
            size = document.pagePointSize(page)
            pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            image = document.render(page, pixels)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()


def lp_command(printer: Any, path: Path) -> list[str] | None:
    """The ``lp`` command that prints the PDF file as is on the chosen printer, or None
    where there is no CUPS ``lp`` or the dialog chose a file rather than a printer."""
    from PySide6.QtPrintSupport import QPrinter

    lp = shutil.which("lp")
    if lp is None or printer.outputFileName():
        return None
    command = [lp, "-n", str(max(1, printer.copyCount()))]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    if printer.duplex() != QPrinter.DuplexMode.DuplexNone:
        command += ["-o", "sides=two-sided-long-edge"]
    return [*command, str(path)]


def send_to_printer(pdf: bytes, document: QPdfDocument, printer: Any) -> str:
    """Print the PDF as vectors through ``lp`` when possible, else at printer resolution;
    returns what happened, for the status bar."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "print.pdf"
        path.write_bytes(pdf)
        command = lp_command(printer, path)
        if command is not None:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode == 0:
                return QCoreApplication.translate("pdf_preview", "Sent to the printer.")
    paint_pages(document, printer)
    return QCoreApplication.translate("pdf_preview", "Sent to the printer ({dpi} dpi).").format(
        dpi=device_dpi(printer)
    )


class PdfPreview(QWidget):
    """Pages of a PDF, with Print… and Save as… enabled only while a PDF is shown."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pdf_bytes: bytes | None = None
        self.suggested = "document.pdf"
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print_button")
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.message, 1)
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.print_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.buttons)
        box.addWidget(self.view, 1)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_pdf)
        self.clear()

    def clear(self, message: str = "") -> None:
        """Show nothing: the old pages go and Print/Save wait for the next PDF."""
        self.pdf_bytes = None
        self.document.close()
        self.message.setText(message)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def show_pdf(self, data: bytes, title: str, suggested: str) -> None:
        self.pdf_bytes = data
        self.suggested = suggested
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.message.setText(
            self.tr("{title}: 1 page").format(title=title)
            if pages == 1
            else self.tr("{title}: {pages} pages").format(title=title, pages=pages)
        )
        self._set_ready(pages > 0)

    def save_as(self) -> None:
        if self.pdf_bytes is None:
            return
        start = str(Path.home() / self.suggested)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            Path(path).write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("Could not save {path}:\n{error}").format(path=path, error=exc.strerror),
            )
            return
        self.context.status_message(self.tr("Saved {path}").format(path=path))

    def print_pdf(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.pdf_bytes is None or self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.context.status_message(send_to_printer(self.pdf_bytes, self.document, printer))


class PdfPreviewDialog(QDialog):
    """A letter (or any PDF) previewed in its own window, with Print… and Save as…."""

    def __init__(self, context: Any, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = PdfPreview(context, self)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.preview.buttons.addWidget(close)
        QVBoxLayout(self).addWidget(self.preview)
        fit_to_screen(self, QSize(760, 860))
