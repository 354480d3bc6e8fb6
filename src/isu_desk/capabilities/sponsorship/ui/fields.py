"""What the Sponsorship forms share: each field with its error under it, amounts read as
typed (plain CHF figures, never guessed), and errors shown where they belong."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from isu_desk.domain.errors import FieldError
from isu_desk.ui.widgets import ErrorLabel


def form_rows(
    fields: Mapping[str, QWidget], errors: Mapping[str, ErrorLabel], labels: Mapping[str, str]
) -> QFormLayout:
    """A form with a row per field: its label, the field, and its (hidden) error under it."""
    form = QFormLayout()
    for name, widget in fields.items():
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        box.addWidget(errors[name])
        box.addStretch(1)  # spare height goes under the field, not around it
        holder = QWidget()
        holder.setLayout(box)
        form.addRow(labels[name], holder)
    return form


def read_chf(name: str, text: str, errors: list[FieldError], empty: str = "0") -> Decimal:
    """``text`` as CHF (``1234.50``; apostrophes and commas as thousands marks are dropped);
    a message for ``name`` in ``errors`` when it is not an amount (then zero)."""
    cleaned = text.strip().replace("'", "").replace(",", "")
    try:
        return Decimal(cleaned or empty)
    except InvalidOperation:
        message = QCoreApplication.translate("fields", "“{text}” is not an amount (1234.50).")
        errors.append(FieldError(name, message.format(text=text.strip())))
        return Decimal(0)


def translated(context: str, labels: Mapping[str, str]) -> dict[str, str]:
    """``labels`` (marked with ``QT_TRANSLATE_NOOP(context, …)``) in the user's language."""
    return {name: QCoreApplication.translate(context, text) for name, text in labels.items()}


def show_errors(
    errors: list[FieldError], labels: Mapping[str, ErrorLabel], general: ErrorLabel
) -> None:
    """Clear every message, then show each error under its field (else under the form)."""
    for label in (*labels.values(), general):
        label.clear_error()
    for error in errors:
        label = labels.get(error.field, general)
        shown = label.text() if label.isVisible() else ""
        label.show_error(f"{shown}\n{error.message}".strip())
