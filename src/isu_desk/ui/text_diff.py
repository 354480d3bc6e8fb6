"""Two versions of a long text side by side, the differing words marked.

Used by the Conflicts view for any long text field (minutes, notes, decision
texts): words only in the current text are marked red on the left, words only
in the other text green on the right, so a person can see what each desk wrote
and combine them (both panes can be selected and copied from).
"""

from __future__ import annotations

import difflib
import re
from html import escape
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

# A text counts as long (worth a side-by-side view) from this many characters or any line break.
LONG_TEXT = 60
_TOKENS = re.compile(r"\s+|[^\s]+")
REMOVED = "background: #f9d0cc; color: #7a1a12; text-decoration: line-through;"
ADDED = "background: #cdeccf; color: #14532d; font-weight: 600;"


def is_long_text(value: Any) -> bool:
    return isinstance(value, str) and (len(value) >= LONG_TEXT or "\n" in value)


def word_diff(current: str, other: str) -> list[tuple[str, str, str]]:
    """(tag, current piece, other piece) runs over words: ``equal``, ``replace``,
    ``delete`` (only in current) or ``insert`` (only in other). Whitespace is kept,
    so joining the pieces of one side gives its text back exactly."""
    left, right = _TOKENS.findall(current), _TOKENS.findall(other)
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    return [
        (tag, "".join(left[i1:i2]), "".join(right[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _html(runs: list[tuple[str, str, str]], side: int, style: str) -> str:
    parts = []
    for tag, *pieces in runs:
        piece = escape(pieces[side], quote=False)
        parts.append(
            piece if tag == "equal" or not piece else f'<span style="{style}">{piece}</span>'
        )
    return "<div style='white-space: pre-wrap;'>" + "".join(parts) + "</div>"


def diff_html(current: str, other: str) -> tuple[str, str]:
    """The two texts as HTML, each with its own words marked."""
    runs = word_diff(current, other)
    return _html(runs, 0, REMOVED), _html(runs, 1, ADDED)


class TextDiff(QWidget):
    """The current and the other text side by side, differing words marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("text_diff")
        self.current = QTextBrowser()
        self.current.setObjectName("diff_current")
        self.other = QTextBrowser()
        self.other.setObjectName("diff_other")
        row = QHBoxLayout()
        current = self.tr("Current text (words only here in red)")
        other = self.tr("Other text (words only here in green)")
        for title, pane in ((current, self.current), (other, self.other)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(pane, 1)
            row.addLayout(column, 1)
        hint = QLabel(
            self.tr(
                "To combine them: keep one side, then open the record and add what the other "
                "side wrote (copy it from here)."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(hint)

    def show_texts(self, current: str, other: str) -> None:
        left, right = diff_html(current, other)
        self.current.setHtml(left)
        self.other.setHtml(right)


def show_long_text_conflict(diff: TextDiff, conflict: Any) -> None:
    """Show ``diff`` for a conflict over a long text field; hide it for anything else."""
    values = (getattr(conflict, "current_value", None), getattr(conflict, "other_value", None))
    long_text = (
        conflict is not None
        and not conflict.is_delete
        and any(is_long_text(v) for v in values)
        and all(v is None or isinstance(v, str) for v in values)
    )
    diff.setVisible(long_text)
    if long_text:
        diff.show_texts(values[0] or "", values[1] or "")
