"""The Sponsorship section: a round's applications by score, their steps, letters, the budget.

Above the table: the round, a status filter and a search; the budget gauge
(budget, open offers, committed, spent, remaining). Below: a button per
workflow step (enabled when every selected application may take it), letters
for the selected rows, and "Propose offers…". Beside it: the selected
application with its score's breakdown, its steps and any conflict from sync.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from isu_desk.capabilities.meetings.api import MeetingsService
from isu_desk.capabilities.sponsorship.domain.checks import CONFIRM_FIELD
from isu_desk.capabilities.sponsorship.domain.letters import LetterKind
from isu_desk.capabilities.sponsorship.domain.records import Application, Round
from isu_desk.capabilities.sponsorship.domain.workflow import REASON_REQUIRED, Status, allowed
from isu_desk.capabilities.sponsorship.services import budget
from isu_desk.capabilities.sponsorship.services.reports import (
    call_pdf,
    letters_by_status,
    letters_pdf,
    save_separately,
)
from isu_desk.capabilities.sponsorship.services.service import ApplicationRow, SponsorshipService
from isu_desk.capabilities.sponsorship.ui.call_dialog import CallDialog
from isu_desk.capabilities.sponsorship.ui.form import ApplicationDialog
from isu_desk.capabilities.sponsorship.ui.labels import choices, label
from isu_desk.capabilities.sponsorship.ui.page_layout import LETTERS, lay_out
from isu_desk.capabilities.sponsorship.ui.round_form import PaymentDialog, RoundDialog
from isu_desk.capabilities.sponsorship.ui.round_twins import round_choices, twin_note
from isu_desk.capabilities.sponsorship.ui.table import SCORE_COLUMN, ApplicationsModel
from isu_desk.capabilities.sponsorship.ui.weights import WeightsDialog
from isu_desk.domain.text import fold
from isu_desk.ui.collation import SortingProxy
from isu_desk.ui.formats import display_money
from isu_desk.ui.operations import op
from isu_desk.ui.pdf_preview import PdfPreviewDialog
from isu_desk.ui.record_table import RecordTable
from isu_desk.ui.widgets import ChoiceField, ErrorLabel

TABLES = ("sponsorship_rounds", "sponsorship_applications", "sponsorship_steps",
          "sponsorship_overrides", "sponsorship_costs", "states")  # fmt: skip


def chf(amount: Any) -> str:
    return display_money(amount, "CHF")


class SponsorshipPage(QWidget):
    """Rounds and their applications (see the module's docstring)."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = SponsorshipService(context.database)
        self.rows: list[ApplicationRow] = []
        self.round_choice = ChoiceField()
        self.round_choice.setAccessibleName(self.tr("Round"))
        self.round_choice.setMinimumContentsLength(22)  # longer names are cut, not the page
        self.round_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_choice = ChoiceField(self.tr("All statuses"))
        self.status_choice.set_choices(choices(Status))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search State or nominee"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        for signal in (
            self.round_choice.edited,
            self.status_choice.edited,
            self.search.textChanged,
        ):
            signal.connect(self.show_rows)
        self.round_choice.edited.connect(self.refresh)
        self.gauge = QProgressBar()
        self.gauge.setTextVisible(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.twin_note = ErrorLabel()  # two rounds for one meeting (see round_twins)
        self.model = ApplicationsModel(self)
        proxy = SortingProxy(self)
        proxy.setSourceModel(self.model)
        self.view = RecordTable()
        self.view.setModel(proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(SCORE_COLUMN, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(self.show_selected)
        self.view.open_requested.connect(self.edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setMargin(8)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_buttons: dict[Status, QPushButton] = {}
        self.fitted = False
        lay_out(self)
        context.watch(self, TABLES, self.refresh)
        self.refresh()

    # --- reading -------------------------------------------------------------------------

    def round_id(self) -> str:
        return str(self.round_choice.value() or "")

    def refresh(self) -> None:
        """Rounds, then the chosen round's applications and budget (a few queries)."""
        chosen = self.round_id()
        rounds = self.service.rounds()
        self.round_choice.blockSignals(True)
        self.round_choice.set_choices(round_choices(rounds))
        ids = [r.round.id for r in rounds]
        self.round_choice.set_value(chosen if chosen in ids else (ids[0] if ids else None))
        self.round_choice.blockSignals(False)
        self.twin_note.show_error(twin_note(rounds, self.round_id()))
        self.rows = self.service.applications(self.round_id()) if self.round_id() else []
        self.show_gauge()
        self.show_rows()

    def show_gauge(self) -> None:
        if not self.round_id():
            self.figures.setText(self.tr("No sponsorship round yet."))
            return
        gauge = budget.round_budget(self.context.database, self.round_id())
        self.gauge.setRange(0, max(int(gauge.budget), 1))
        self.gauge.setValue(min(int(gauge.committed + gauge.spent), max(int(gauge.budget), 1)))
        self.gauge.setFormat(
            self.tr("{remaining} remaining of {budget}").format(
                remaining=chf(gauge.remaining), budget=chf(gauge.budget)
            )
        )
        self.figures.setText(
            self.tr(
                "Budget {budget} · open offers {offered} · committed {committed} · "
                "spent {spent} · remaining {remaining}"
            ).format(
                budget=chf(gauge.budget),
                offered=chf(gauge.offered),
                committed=chf(gauge.committed),
                spent=chf(gauge.spent),
                remaining=chf(gauge.remaining),
            )
        )

    def show_rows(self) -> None:
        status = self.status_choice.value()
        words = fold(self.search.text()).split()
        shown = [
            row for row in self.rows
            if (status is None or row.status is status)
            and all(w in fold(f"{row.state_name} {row.application.nominee_name}") for w in words)
        ]  # fmt: skip
        self.model.set_rows(shown)
        if shown and not self.fitted:  # columns fit the first rows; then they are the user's
            self.fitted = True
            self.view.fit_columns()
            for column in (0, 1):  # long State and nominee names are elided, not the table
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), 170))
        self.show_selected()

    def selected(self) -> list[ApplicationRow]:
        return [self.model.rows[i] for i in self.view.selected_rows()]

    def show_selected(self) -> None:
        chosen = self.selected()
        for status, button in self.step_buttons.items():
            button.setEnabled(bool(chosen) and all(status in allowed(r.status) for r in chosen))
        if len(chosen) != 1:
            self.detail.setText(
                self.tr("%n applications selected.", None, len(chosen)) if chosen else ""
            )
            return
        self.detail.setText(self._describe(chosen[0]))

    def _describe(self, row: ApplicationRow) -> str:
        app, score = row.application, row.score
        score_line = self.tr("Score {score}").format(score=score.value)
        lines = [f"{app.nominee_title} {app.nominee_name}".strip(), row.state_name,
                 f"{label(row.status)} · {label(app.role)}", "", score_line]  # fmt: skip
        lines += [f"  {line.label}: {line.points}" for line in score.lines]
        lines.append(self.tr("  Computed: {score}").format(score=score.computed))
        if score.override is not None:
            lines.append(
                self.tr("  Set by staff to {points}: {reason}").format(
                    points=score.override.points, reason=score.override.reason
                )
            )
        lines += [
            "",
            self.tr("Estimate {estimate} · paid {paid}").format(
                estimate=chf(row.estimate.total), paid=chf(row.paid)
            ),
            "",
            self.tr("Steps"),
        ]
        history = self.service.history(app.id)
        lines += [
            f"  {s.on.isoformat()} {label(s.to_status)} {s.reason}".rstrip() for s in history.steps
        ]
        lines += [
            self.tr("  Conflict after sync: {status} ({why})").format(
                status=label(s.to_status), why=why
            )
            for s, why in history.conflicts
        ]
        return "\n".join(lines)

    # --- acting --------------------------------------------------------------------------

    def take_step(self, status: Status) -> None:
        reason = ""
        if status in REASON_REQUIRED:
            reason, ok = QInputDialog.getText(
                self, label(status), self.tr("Why {status}?").format(status=label(status).lower())
            )
            if not ok:
                return
        problems = []
        for row in self.selected():
            result = self.service.take_step(row.application.id, status, reason=reason)
            if not result.ok and result.errors[0].field == CONFIRM_FIELD:
                answer = QMessageBox.question(
                    self, self.tr("Past the budget"), result.errors[0].message
                )
                if answer == QMessageBox.StandardButton.Yes:
                    result = self.service.take_step(
                        row.application.id, status, reason=reason, confirmed=True
                    )
            if not result.ok:
                problems += [f"{row.application.nominee_name}: {e.message}" for e in result.errors]
        self.message.setText("\n".join(problems))

    def letters(self, kind: LetterKind) -> None:
        ids = [row.application.id for row in self.selected()]
        if not ids:
            self.message.setText(self.tr("Select the applications to write to."))
            return
        database = self.context.database
        work = op(
            self.context,
            lambda: letters_pdf(database, ids, kind, date.today()),
            self.tr("Letters…"),
        )
        work.success(lambda pdf: self._preview(pdf, kind))
        work.failure(lambda error: self.message.setText(str(error)))
        work.run_in_background()

    def call(self) -> None:
        """The call for applications, to all States or to those ticked, in a preview."""
        if not self.round_id():
            self.message.setText(self.tr("Create a round first."))
            return
        dialog = CallDialog(self.context.database, self)
        self.call_dialog = dialog  # tests answer it
        if not dialog.exec():
            return
        states, language = dialog.chosen()
        database, round_id = self.context.database, self.round_id()
        work = op(self.context, lambda: call_pdf(database, round_id, language, states),
                  self.tr("Letters…"))  # fmt: skip
        title = self.tr("Call for applications")
        work.success(lambda pdf: self._show_pdf(pdf, title, "call-for-applications.pdf"))
        work.failure(lambda error: self.message.setText(str(error)))
        work.run_in_background()

    def _preview(self, pdf: bytes, kind: LetterKind) -> None:
        title = self.tr(next(text for text, letter in LETTERS if letter is kind))
        self._show_pdf(pdf, title, f"{kind.value}-letters.pdf")

    def _show_pdf(self, pdf: bytes, title: str, suggested: str) -> None:
        dialog = PdfPreviewDialog(self.context, title, self)
        dialog.preview.show_pdf(pdf, title, suggested)
        dialog.show()

    def save_letters(self) -> None:
        """The letter each selected application's status calls for, one PDF each in a folder."""
        ids = [row.application.id for row in self.selected()]
        if not ids:
            self.message.setText(self.tr("Select the applications to write to."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save letters in the folder"))
        if not folder:
            return
        database = self.context.database

        def write() -> list[Path]:
            return save_separately(database, letters_by_status(database, ids, date.today()),
                                   Path(folder))  # fmt: skip

        work = op(self.context, write, self.tr("Letters…"))
        work.success(
            lambda paths: self.message.setText(
                self.tr("%n letters saved in {folder}, one file each.", None, len(paths)).format(
                    folder=folder
                )
            )
        )
        work.failure(lambda error: self.message.setText(str(error)))
        work.run_in_background()

    def new_round(self) -> None:
        meetings = MeetingsService(self.context.database).meetings()
        if not meetings:
            self.message.setText(self.tr("Add the meeting in Meetings first."))
            return
        self._round_dialog(Round("", "", date.today(), *(Decimal(0),) * 3), meetings)

    def edit_round(self) -> None:
        if not self.round_id():
            self.message.setText(self.tr("Create a round first."))
            return
        meetings = MeetingsService(self.context.database).meetings()
        self._round_dialog(self.service.round(self.round_id()), meetings)

    def _round_dialog(self, round_: Round, meetings: list[Any]) -> None:
        dialog = RoundDialog(self.service, round_, meetings, self)
        if dialog.exec() and dialog.saved is not None:
            self.round_choice.set_value(dialog.saved.id)
            self.refresh()

    def edit_weights(self) -> None:
        if WeightsDialog(self.context.database, self).exec():
            self.refresh()

    def enter_payment(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            self.message.setText(self.tr("Select one application to enter what the GICHD paid."))
            return
        app = chosen[0].application
        PaymentDialog(self.context.database, app.id, app.nominee_name, date.today(), self).exec()

    def new(self) -> None:
        if not self.round_id():
            self.message.setText(self.tr("Create a round first."))
            return
        blank = Application("", self.round_id(), "", "", date.today())
        ApplicationDialog(self.service, self.context.database, blank, self).exec()

    def edit(self, row: int) -> None:
        app = self.model.rows[row].application
        ApplicationDialog(self.service, self.context.database, app, self).exec()

    def set_score(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            self.message.setText(self.tr("Select one application to set its score."))
            return
        row = chosen[0]
        points, ok = QInputDialog.getInt(
            self, self.tr("Set score"), self.tr("Score"), row.score.value, -1000, 1000
        )
        if not ok:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Set score"), self.tr("Why is the score set by hand?")
        )
        if ok:
            result = self.service.override_score(row.application.id, points, reason)
            self.message.setText("" if result.ok else result.errors[0].message)

    def propose(self) -> None:
        if not self.round_id():
            return
        proposal = budget.propose(self.context.database, self.round_id())
        names = {r.application.id: r.application.nominee_name for r in self.rows}
        listed = "\n".join(f"{i.score.value}  {names[i.application_id]}  {chf(i.estimate)}"
                           for i in proposal.offers)  # fmt: skip
        text = self.tr(
            "Offer {offers} applications for {total} ({remaining} would remain); "
            "wait-list {waiting}.\n\n{listed}\n\nRecord these offers?"
        ).format(offers=len(proposal.offers), total=chf(proposal.total),
                 remaining=chf(proposal.remaining), waiting=len(proposal.wait_list),
                 listed=listed)  # fmt: skip
        if (
            QMessageBox.question(self, self.tr("Propose offers"), text)
            != QMessageBox.StandardButton.Yes
        ):
            return
        result = budget.confirm(self.context.database, self.round_id(), proposal, date.today())
        self.message.setText("" if result.ok else result.errors[0].message)
