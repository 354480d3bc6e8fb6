"""Letters from the record: the acknowledgement of a contribution and the reminder of
a pledge, for one row or for every selected row, previewed in the window with
Print… and Save as… (one PDF, one letter a page)."""

from __future__ import annotations

from typing import Any

from isu_desk.capabilities.contributions.services.reports import letters_pdf
from isu_desk.ui.pdf_preview import PdfPreviewDialog

TITLES = {"acknowledgement": "Acknowledgement letter", "pledge-reminder": "Reminder"}


def preview_letters(page: Any, report: str, record_ids: list[str], name: str) -> None:
    """Prepare the letters in the background, then show them in a preview window."""
    if not record_ids:
        page.context.status_message("Choose one or more rows first.")
        return
    title = TITLES[report] if len(record_ids) == 1 else f"{TITLES[report]}s ({len(record_ids)})"
    dialog = PdfPreviewDialog(page.context, title, page)
    dialog.setObjectName("letter_preview")
    dialog.preview.clear(f"Preparing the {title.lower()}…")
    page.letter_preview = dialog  # kept, so it stays open (and tests can find it)
    database = page.context.database
    page.context.run_in_background(
        lambda: letters_pdf(database, report, record_ids),
        on_success=lambda data: dialog.preview.show_pdf(data, title, f"{report}-{name}.pdf"),
        on_error=lambda exc: dialog.preview.clear(f"The letter could not be prepared: {exc}"),
        label=f"Preparing the {title.lower()}…",
    )
    dialog.show()
