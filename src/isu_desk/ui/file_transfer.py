"""File ▸ Import… and File ▸ Export…: choose what and which file; an import with bad
lines imports nothing and lists every line with its reason in the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isu_desk.services.transfer import export_any, import_any, kinds
from isu_desk.ui.record_form import fit_to_screen
from isu_desk.ui.team_dialog import documents_folder

FILES = "Spreadsheets and data (*.csv *.xlsx *.json)"


class TransferDialog(QDialog):
    """Import records from a file, or export them to one."""

    def __init__(self, context: Any, importing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.importing = context, importing
        self.setWindowTitle("Import records" if importing else "Export records")
        self.kind = QComboBox()
        for kind, label in kinds():
            self.kind.addItem(label, kind)
        self.run_button = QPushButton("Choose the file and import…" if importing else
                                      "Choose the file and export…")  # fmt: skip
        self.run_button.clicked.connect(self.run)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setObjectName("transfer_report")
        form = QFormLayout()
        form.addRow("Records", self.kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        hint = "All rows are imported, or none when a line has a mistake." if importing else ""
        box.addLayout(form)
        if hint:
            box.addWidget(QLabel(hint))
        box.addLayout(buttons)
        box.addWidget(self.report, 1)
        fit_to_screen(self, QSize(560, 360))

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def run(self) -> None:
        kind = self.chosen_kind()
        if self.importing:
            path, _ = QFileDialog.getOpenFileName(self, "Import from", documents_folder(), FILES)
        else:
            start = str(Path(documents_folder()) / f"{kind}.csv")
            path, _ = QFileDialog.getSaveFileName(self, "Export to", start, FILES)
        if path:
            self.transfer(kind, Path(path))

    def transfer(self, kind: str, path: Path) -> None:
        database = self.context.database
        self.report.setPlainText("Working…")
        self.run_button.setEnabled(False)
        job = (lambda: import_any(database, kind, path)) if self.importing else (
            lambda: export_any(database, kind, path))  # fmt: skip
        self.context.run_in_background(
            job,
            on_success=lambda outcome: self._done(kind, path, outcome),
            on_error=lambda exc: self._show(str(exc)),
            label="Importing…" if self.importing else "Exporting…",
        )

    def _show(self, text: str) -> None:
        self.run_button.setEnabled(True)
        self.report.setPlainText(text)

    def _done(self, kind: str, path: Path, outcome: Any) -> None:
        if not self.importing:
            self._show(f"Exported {outcome} records to {path}.")
            return
        if not outcome.ok:
            lines = [str(error) for error in outcome.errors]
            self._show("\n".join([f"Nothing was imported from {path.name}:", *lines]))
            return
        summary = outcome.unwrap()
        self._show(f"Imported from {path.name}: {summary.created} created, "
                   f"{summary.updated} updated, {summary.unchanged} unchanged.")  # fmt: skip
        self.context.notify_changed({kind})
