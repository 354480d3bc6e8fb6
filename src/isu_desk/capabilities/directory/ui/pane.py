"""One Directory list with its search, filters and detail form (a tab of the
Directory page).

Typing in the search box re-queries after a 150 ms pause; the total under the
list is counted after a longer pause so that a keystroke costs one SQL page,
not a page and a count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.directory.services.service import (
    TYPE_OF,
    DirectoryRecord,
    DirectoryService,
)
from isu_desk.capabilities.directory.ui.forms import RecordForm, blank_record
from isu_desk.capabilities.directory.ui.models import DirectoryTableModel, KindSpec, tr
from isu_desk.capabilities.directory.ui.phrases import PHRASES, SHOW_ONLY, enum_text, phrase
from isu_desk.domain.errors import FieldError, RecordNotFound, Result
from isu_desk.ui.history_panel import DeletedDialog, HistoryPanel, opened
from isu_desk.ui.operations import op
from isu_desk.ui.record_form import save_in_background
from isu_desk.ui.record_table import RecordTable
from isu_desk.ui.widgets import ChoiceField, SearchField

SEARCH_DELAY_MS = 150
EXPORT_LIMIT = 1_000_000
COUNT_DELAY_MS = 400


def record_label(record: DirectoryRecord) -> str:
    """How a record is named in messages."""
    name = getattr(record, "name", "")
    if name:
        return str(name)
    role = getattr(record, "role", None)
    if role is None:
        return QCoreApplication.translate("directory.ui.pane", "this record")
    theme = getattr(record, "theme", "")
    return f"{enum_text(role)}, {theme}" if theme else enum_text(role)


class KindPane(QWidget):
    """Search box, filters, list and form of one Directory kind."""

    saved = Signal(object)  # the record just saved
    deleted = Signal(object)  # the record just deleted (for undo)

    def __init__(
        self,
        service: DirectoryService,
        spec: KindSpec,
        parent: QWidget | None = None,
        context: Any = None,
    ):
        super().__init__(parent)
        self.service = service
        self.spec = spec
        self.context = context  # given: the form gets a History tab, the list a Deleted view
        self.model = DirectoryTableModel(service, spec)
        self.search = SearchField(tr(spec.search_hint))
        self.search.setObjectName(f"search_{spec.kind}")
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.filters: dict[str, ChoiceField] = {}
        self.view = RecordTable()
        self.form = RecordForm(spec.kind)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self._search_timer = self._timer(SEARCH_DELAY_MS, self._apply_search)
        self._count_timer = self._timer(COUNT_DELAY_MS, self._show_count)
        self._reselecting = False
        self.previous_version: DirectoryRecord | None = None  # before the last save (undo)
        self._build()
        self.model.refresh()
        self._show_count()
        self.form.load(blank_record(spec.kind))

    def _timer(self, delay: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    # --- building ------------------------------------------------------------

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        self.new_button = QPushButton(phrase(PHRASES[self.spec.kind].new))
        self.new_button.setToolTip(self.tr("New (Ctrl+N)"))
        self.new_button.clicked.connect(self.new)
        self.search.to_list.connect(self._go_to_list)
        # The filters get a row of their own, so the list stays usable when narrow and
        # the search hint, the buttons and the filters have room for longer (French) labels.
        self._bar = bar
        filter_bar = QHBoxLayout()
        for spec in self.spec.filters:
            combo = ChoiceField(tr(spec.all_label))
            combo.setMinimumContentsLength(3)
            combo.setToolTip(phrase(SHOW_ONLY[spec.key]))
            combo.setObjectName(f"filter_{spec.key}")
            if spec.enum is not None:
                combo.set_choices([(m.value, enum_text(m)) for m in spec.enum])
            combo.edited.connect(lambda key=spec.key, c=combo: self._filter_changed(key, c))
            self.filters[spec.key] = combo
            filter_bar.addWidget(combo, 1)
        if len(self.spec.filters) < 3:
            filter_bar.addStretch(3 - len(self.spec.filters))  # one filter: a third of the row
        self.refresh_choices()
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._build_view()
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(bar)
        left_box.addLayout(filter_bar)
        bar.addWidget(self.new_button)
        left_box.addWidget(self.view, 1)
        left_box.addWidget(self.count_label)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._form_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        self.splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.splitter)

    def _build_view(self) -> None:
        view = self.view
        view.setObjectName(f"list_{self.spec.kind}")
        view.setModel(self.model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, spec in enumerate(self.spec.columns):
            view.setColumnWidth(column, spec.width)
        view.horizontalHeader().setSortIndicator(
            self.model.sort_column(), Qt.SortOrder.AscendingOrder
        )
        view.setSortingEnabled(True)
        view.selectionModel().currentRowChanged.connect(self._row_changed)
        view.open_requested.connect(lambda _row: self.open_form())
        view.previous_focus = self.search
        view.next_focus = next(iter(self.form.fields.values()))
        view.export_name = self.spec.kind.replace("_", "-")
        view.all_rows = self.all_rows
        delete = QAction(self.tr("Delete…"), view)
        delete.triggered.connect(self.delete)
        view.row_actions.append(delete)

    def open_form(self) -> None:
        """Enter, F2 or a double-click on a row: edit it in the form, first field first."""
        first = next(iter(self.form.fields.values()))
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def all_rows(self) -> list[list[str]]:
        """Every row the list's search and filters match, as shown (for export)."""
        rows = self.service.page(self.spec.kind, self.model.query, 0, EXPORT_LIMIT)
        shown = self.view.visible_columns()
        columns = [self.spec.columns[c] for c in shown]
        return [[column.text(row.get(column.key)) for column in columns] for row in rows]

    def _form_panel(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        if self.context is None:
            box.addWidget(self.form, 1)
        else:
            box.addWidget(self._with_history(), 1)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.delete_button.setToolTip(self.tr("Delete (Del)"))
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        self.form.dirty_changed.connect(self._update_buttons)
        self._update_buttons()
        return panel

    def _with_history(self) -> QWidget:
        self.history = HistoryPanel(self.context)
        self.form_tabs = QTabWidget()
        self.form_tabs.setDocumentMode(True)
        self.form_tabs.addTab(self.form, self.tr("Details"))
        self.form_tabs.addTab(self.history, self.tr("History"))
        self.form.loaded.connect(lambda r: self.history.show_record(self.spec.kind, r.id))
        self.deleted_button = QPushButton(self.tr("Deleted…"))
        self.deleted_button.setToolTip(phrase(PHRASES[self.spec.kind].deleted))
        self.deleted_button.clicked.connect(self._open_deleted)
        self._bar.addWidget(self.deleted_button)
        return self.form_tabs

    def _open_deleted(self) -> None:
        self.deleted_window = opened(DeletedDialog(self.context, self.spec.kind, self))

    def _update_buttons(self, _dirty: bool = False) -> None:
        self.revert_button.setEnabled(self.form.dirty)
        self.delete_button.setEnabled(bool(self.form.current.id))

    def refresh_choices(self) -> None:
        """Reload the State/organisation pickers of the filters and the form."""
        for spec in self.spec.filters:
            if spec.choices_kind:
                self.filters[spec.key].set_choices(self.service.choices(spec.choices_kind))
        self.form.set_choices(self.service)

    # --- list ----------------------------------------------------------------

    def _go_to_list(self) -> None:
        """From the search box to the list: apply the search now, select the first row."""
        self._search_timer.stop()
        self._apply_search()
        self.view.setFocus()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._after_requery()

    def _filter_changed(self, key: str, combo: ChoiceField) -> None:
        value = combo.value()
        self.model.set_filter(key, str(value) if value else None)
        self._after_requery()

    def refresh_count(self) -> None:
        """After the query was changed from outside (a Dashboard card): recount, reselect."""
        self._after_requery()

    def _after_requery(self) -> None:
        self._reselect(self.form.current.id)
        self.count_label.setText(self.tr("Counting…"))
        self._count_timer.start()

    def _show_count(self) -> None:
        total = self.model.total()
        phrases = PHRASES[self.spec.kind]
        text = phrase(phrases.one if total == 1 else phrases.many)
        self.count_label.setText(text.format(count=f"{total:,}"))

    def reload(self) -> None:
        """Re-query after a change elsewhere, keeping the selected record.

        A form without edits shows the record as it is now (a sync may have
        changed or deleted it); a form with edits is left alone.
        """
        self.model.refresh()
        if not self.form.dirty and self.form.current.id:
            self.form.load(self._fresh(self.form.current.id))
            self._update_buttons()
        self._reselect(self.form.current.id)
        self._count_timer.start()

    def _fresh(self, record_id: str) -> DirectoryRecord:
        try:
            return self.service.get(TYPE_OF[self.spec.kind], record_id)
        except RecordNotFound:
            return blank_record(self.spec.kind)

    def _reselect(self, record_id: str) -> None:
        row = self.model.row_of(record_id) if record_id else -1
        self._reselecting = True
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        else:
            self.view.selectionModel().clear()
        self._reselecting = False

    def _row_changed(self, current, previous) -> None:
        if self._reselecting or not current.isValid():
            return
        chosen = self.model.row_id(current.row())
        if not self.maybe_keep_edits(then=lambda: self._open_row(chosen)):
            self._reselect(self.form.current.id)
            return
        self._open_row(chosen)

    def _open_row(self, record_id: str) -> None:
        """Show a record of the list in the form (the row chosen, after a save if asked)."""
        self.form.load(self._fresh(record_id))
        self._reselect(record_id)
        self._update_buttons()

    # --- actions -------------------------------------------------------------

    def maybe_keep_edits(self, then: Callable[[], None] | None = None) -> bool:
        """Ask about unsaved edits; True when the caller may go on at once.

        "Save" starts the save and returns False: ``then`` (the caller's step)
        runs once it is saved; a refused save leaves its errors by the fields.
        """
        if not self.form.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to {name}?").format(
                name=record_label(self.form.current)
                or QCoreApplication.translate("directory.ui.pane", "this record")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save(then)
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def new(self) -> None:
        if not self.maybe_keep_edits(then=self.new):
            return
        self.form.load(blank_record(self.spec.kind))
        self._reselect("")
        self._update_buttons()
        first = next(iter(self.form.fields.values()))
        first.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the form off the GUI thread; errors go next to their fields and
        nothing is written. ``then`` runs after a successful save."""
        local = self.form.local_errors()
        if local:
            self.form.show_errors(local)
            return
        previous = self.form.current
        record = self.form.record()
        save_in_background(
            self.context,
            self.save_button,
            lambda: self.service.save(record),  # type: ignore[type-var]
            lambda result: self._saved(result, previous, record, then),
            self.form.general_error.show_error,
        )

    def _saved(
        self,
        result: Result[Any],
        previous: DirectoryRecord,
        sent: DirectoryRecord,
        then: Callable[[], None] | None,
    ) -> None:
        if not result.ok:
            self.form.show_errors(result.errors)
            return
        record = result.unwrap()
        self.previous_version = previous
        self.form.load_saved(record, sent)  # typing done meanwhile stays, unsaved
        self._update_buttons()
        self._reselect(record.id)  # the lists reloaded when the database reported the save
        self.saved.emit(record)
        if then is not None and not self.form.dirty:  # typed meanwhile: stay, nothing lost
            then()

    def revert(self) -> None:
        self.form.load(self.form.current)

    def delete(self) -> None:
        current = self.form.current
        if not current.id:
            return
        name = record_label(current)
        answer = QMessageBox.question(
            self,
            phrase(PHRASES[self.spec.kind].delete_title),
            self.tr("Delete {name}? You can bring it back with Directory ▸ Undo (Ctrl+Z).").format(
                name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        op(self.context, lambda: self.service.delete(self.spec.kind, current.id)).success(
            self._deleted
        ).run_in_background()

    def _deleted(self, result: Result[Any]) -> None:
        if not result.ok:
            QMessageBox.information(self, self.tr("Cannot delete"), _messages(result.errors))
            return
        if self.form.current.id == result.unwrap().id:
            self.form.load(blank_record(self.spec.kind))
        self._update_buttons()
        self.deleted.emit(result.unwrap())

    def show_record(self, record: DirectoryRecord) -> None:
        """Load a record into the form and select it in the list when fetched."""
        self.form.load(record)
        self._reselect(record.id)
        self._update_buttons()

    # --- layout memory -------------------------------------------------------

    def save_layout(self, settings: QSettings) -> None:
        prefix = f"directory/{self.spec.kind}"
        settings.setValue(f"{prefix}/splitter", self.splitter.saveState())
        widths = [self.view.columnWidth(i) for i in range(self.model.columnCount())]
        settings.setValue(f"{prefix}/columns", ",".join(map(str, widths)))
        settings.setValue(f"{prefix}/hidden", self.view.hidden_columns())

    def restore_layout(self, settings: QSettings) -> None:
        prefix = f"directory/{self.spec.kind}"
        state = settings.value(f"{prefix}/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.view.hide_columns(str(settings.value(f"{prefix}/hidden", "") or ""))
        widths = str(settings.value(f"{prefix}/columns", "") or "")
        if not widths:
            self.view.fit_columns()
        for column, width in enumerate(w for w in widths.split(",") if w.isdigit()):
            if column < self.model.columnCount() and int(width) > 10:
                self.view.setColumnWidth(column, int(width))


def _messages(errors: tuple[FieldError, ...]) -> str:
    return "\n".join(error.message for error in errors)
