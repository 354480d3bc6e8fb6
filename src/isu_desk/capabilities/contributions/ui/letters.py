"""Letters from the record: the acknowledgement of a contribution and the reminder of
a pledge, for one row or for every selected row, previewed in the window with
Print… and Save as… (one PDF, one letter a page)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from isu_desk.capabilities.contributions.services.reports import letters_pdf
from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.ui.pdf_preview import PdfPreviewDialog

# (title of one letter, of several: "{count}" is how many)
TITLES = {
    "acknowledgement": (
        QT_TRANSLATE_NOOP("contributions.ui.letters", "Acknowledgement letter"),
        QT_TRANSLATE_NOOP("contributions.ui.letters", "Acknowledgement letters ({count})"),
    ),
    "pledge-reminder": (
        QT_TRANSLATE_NOOP("contributions.ui.letters", "Reminder"),
        QT_TRANSLATE_NOOP("contributions.ui.letters", "Reminders ({count})"),
    ),
}


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    """A title of :data:`TITLES` in the user's language."""
    return translate("contributions.ui.letters", text)


def preview_letters(page: Any, report: str, record_ids: list[str], name: str) -> None:
    """Prepare the letters in the background, then show them in a preview window."""
    if not record_ids:
        page.context.status_message(
            translate("contributions.ui.letters", "Choose one or more rows first.")
        )
        return
    one, several = TITLES[report]
    title = _tr(one) if len(record_ids) == 1 else _tr(several).format(count=len(record_ids))
    preparing = translate("contributions.ui.letters", "Preparing the {title}…").format(
        title=title.lower()
    )
    dialog = PdfPreviewDialog(page.context, title, page)
    dialog.setObjectName("letter_preview")
    dialog.preview.clear(preparing)
    page.letter_preview = dialog  # kept, so it stays open (and tests can find it)
    database = page.context.database
    page.context.run_in_background(
        lambda: letters_pdf(database, report, record_ids),
        on_success=lambda data: dialog.preview.show_pdf(data, title, f"{report}-{name}.pdf"),
        on_error=lambda exc: dialog.preview.clear(
            translate(
                "contributions.ui.letters", "The letter could not be prepared: {error}"
            ).format(error=exc)
        ),
        label=preparing,
    )
    dialog.show()
