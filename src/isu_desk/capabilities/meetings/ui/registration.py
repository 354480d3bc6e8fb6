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

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.meetings.domain.records import Meeting
from isu_desk.capabilities.meetings.services.registration import (
    RegistrationPreview,
    apply_registration,
    preview_registration,
)
from isu_desk.storage.database import Database
from isu_desk.ui.widgets import ErrorLabel

LINE = Qt.ItemDataRole.UserRole + 1
FILES = QT_TRANSLATE_NOOP("RegistrationDialog", "Registration lists (*.csv *.xlsx *.json)")


class RegistrationDialog(QDialog):
    """Preview, then import; ``summary`` says what was done."""

    def __init__(self, database: Database, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.meeting = meeting
        self.preview: RegistrationPreview | None = None
        self.summary = ""
        self.setWindowTitle(
            self.tr("Import a registration list: {meeting}").format(meeting=meeting.display_name)
        )
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
        ok.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Registration list"), "", self.tr(FILES)
        )
        return bool(path) and self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read and place the list; False (with a message box) when it cannot be used."""
        found = preview_registration(self.database, self.meeting.id, path)
        if not found.ok:
            self.intro.setText(
                self.tr("{file} cannot be imported; nothing was written:").format(file=path.name)
            )
            self.error.show_error("\n".join(str(e) for e in found.errors))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return True
        self.preview = found.unwrap()
        lines = self.preview.lines
        new = self.preview.new_people
        listed = sum(1 for line in lines if line.listed)
        self.intro.setText(
            self.tr(
                "{file}: {people} people; {listed} already on the list, "
                "{found} found in the Directory, <b>{new} new</b>. "
                "Untick anyone who should not be created."
            ).format(
                file=path.name,
                people=len(lines),
                listed=listed,
                found=len(lines) - len(new),
                new=len(new),
            )
        )
        self.people.clear()
        for line in new:
            item = QListWidgetItem(
                self.tr("line {line}: {name} — {delegation}").format(
                    line=line.line, name=line.name, delegation=line.delegation
                )
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
        self.summary = self.tr(
            "{added} participants added, {created} new contacts, "
            "{listed} already listed, {left} left out."
        ).format(
            added=done.participants_added,
            created=done.contacts_created,
            listed=done.already_listed,
            left=done.not_confirmed,
        )
        self.accept()
