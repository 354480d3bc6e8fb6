"""File ▸ Import… and File ▸ Export…: choose what and which file; an import with bad
lines imports nothing and lists every line with its reason in the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
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

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.services.transfer import export_any, import_any, kinds
from isu_desk.ui.record_form import fit_to_screen
from isu_desk.ui.team_dialog import documents_folder

FILES = QT_TRANSLATE_NOOP("TransferDialog", "Spreadsheets and data (*.csv *.xlsx *.json)")


class TransferDialog(QDialog):
    """Import records from a file, or export them to one."""

    def __init__(self, context: Any, importing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.importing = context, importing
        self.setWindowTitle(self.tr("Import records") if importing else self.tr("Export records"))
        self.kind = QComboBox()
        for kind, label in kinds():
            self.kind.addItem(QCoreApplication.translate("Capabilities", label), kind)
        self.run_button = QPushButton(self.tr("Choose the file and import…") if importing else
                                      self.tr("Choose the file and export…"))  # fmt: skip
        self.run_button.clicked.connect(self.run)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setObjectName("transfer_report")
        form = QFormLayout()
        form.addRow(self.tr("Records"), self.kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        hint = (
            self.tr("All rows are imported, or none when a line has a mistake.")
            if importing
            else ""
        )
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
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import from"), documents_folder(), self.tr(FILES)
            )
        else:
            start = str(Path(documents_folder()) / f"{kind}.csv")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), start, self.tr(FILES))
        if path:
            self.transfer(kind, Path(path))

    def transfer(self, kind: str, path: Path) -> None:
        database = self.context.database
        self.report.setPlainText(self.tr("Working…"))
        self.run_button.setEnabled(False)
        job = (lambda: import_any(database, kind, path)) if self.importing else (
            lambda: export_any(database, kind, path))  # fmt: skip
        self.context.run_in_background(
            job,
            on_success=lambda outcome: self._done(kind, path, outcome),
            on_error=lambda exc: self._show(str(exc)),
            label=self.tr("Importing…") if self.importing else self.tr("Exporting…"),
        )

    def _show(self, text: str) -> None:
        self.run_button.setEnabled(True)
        self.report.setPlainText(text)

    def _done(self, kind: str, path: Path, outcome: Any) -> None:
        if not self.importing:
            self._show(
                self.tr("Exported {count} records to {path}.").format(count=outcome, path=path)
            )
            return
        if not outcome.ok:
            lines = [str(error) for error in outcome.errors]
            nothing = self.tr("Nothing was imported from {file}:").format(file=path.name)
            self._show("\n".join([nothing, *lines]))
            return
        summary = outcome.unwrap()
        self._show(
            self.tr(
                "Imported from {file}: {created} created, {updated} updated, {unchanged} unchanged."
            ).format(
                file=path.name,
                created=summary.created,
                updated=summary.updated,
                unchanged=summary.unchanged,
            )
        )
        self.context.notify_changed({kind})
