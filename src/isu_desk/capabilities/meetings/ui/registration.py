"""The registration import dialog: a conference system's list read, every person
placed, and the people new to the Directory listed (each ticked) for
confirmation before anyone is created."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.meetings.domain.records import Meeting
from isu_desk.capabilities.meetings.services.registration import (
    RegistrationPreview,
    apply_registration,
    preview_registration,
)
from isu_desk.storage.database import Database
from isu_desk.ui.widgets import ErrorLabel

LINE = Qt.ItemDataRole.UserRole + 1
FILES = "Registration lists (*.csv *.xlsx *.json)"


class RegistrationDialog(QDialog):
    """Preview, then import; ``summary`` says what was done."""

    def __init__(self, database: Database, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.meeting = meeting
        self.preview: RegistrationPreview | None = None
        self.summary = ""
        self.setWindowTitle(f"Import a registration list: {meeting.display_name}")
        self.resize(640, 480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.people = QListWidget()
        self.people.setObjectName("new_people")
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Import")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, "Registration list", "", FILES)
        return bool(path) and self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read and place the list; False (with a message box) when it cannot be used."""
        found = preview_registration(self.database, self.meeting.id, path)
        if not found.ok:
            self.intro.setText(f"{path.name} cannot be imported; nothing was written:")
            self.error.show_error("\n".join(str(e) for e in found.errors))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return True
        self.preview = found.unwrap()
        lines = self.preview.lines
        new = self.preview.new_people
        listed = sum(1 for line in lines if line.listed)
        self.intro.setText(
            f"{path.name}: {len(lines)} people; {listed} already on the list, "
            f"{len(lines) - len(new)} found in the Directory, <b>{len(new)} new</b>. "
            "Untick anyone who should not be created."
        )
        self.people.clear()
        for line in new:
            item = QListWidgetItem(
                f"line {line.line}: {line.name} — {line.delegation}"
                + (f" — {line.email}" if line.email else "")
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(LINE, line.line)
            self.people.addItem(item)
        return True

    def confirmed(self) -> set[int]:
        return {
            int(self.people.item(row).data(LINE))
            for row in range(self.people.count())
            if self.people.item(row).checkState() == Qt.CheckState.Checked
        }

    def apply(self) -> None:
        if self.preview is None:
            return
        result = apply_registration(self.database, self.preview, self.confirmed())
        if not result.ok:
            self.error.show_error("\n".join(str(e) for e in result.errors))
            return
        done = result.unwrap()
        self.summary = (
            f"{done.participants_added} participants added, {done.contacts_created} new "
            f"contacts, {done.already_listed} already listed, {done.not_confirmed} left out."
        )
        self.accept()
