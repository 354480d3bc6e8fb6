"""Two rounds for one meeting: told on the page, and the empty one deleted.

A desk refuses a second round for a meeting, but two desks working offline can
each open one; both survive sync. The round chooser then numbers them, the page
says so above the table, and "Delete round…" removes the one nothing is
recorded in yet (the service refuses a round with applications).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from isu_desk.capabilities.sponsorship.services.service import RoundRow
from isu_desk.ui.operations import op


def round_choices(rounds: list[RoundRow]) -> list[tuple[str, str]]:
    """(id, label) of each round: its meeting, numbered first (the chooser may cut the
    end of a long name) when the meeting has two."""
    count = Counter(row.round.meeting_id for row in rounds)
    seen: Counter[str] = Counter()
    labelled = []
    for row in rounds:
        meeting = row.round.meeting_id
        seen[meeting] += 1
        name = row.meeting_name
        if count[meeting] > 1:
            name = QCoreApplication.translate(
                "SponsorshipPage", "Round {n} of {count}: {meeting}"
            ).format(meeting=name, n=seen[meeting], count=count[meeting])
        labelled.append((row.round.id, name))
    return labelled


def twin_note(rounds: list[RoundRow], chosen: str) -> str:
    """What the page says when the chosen round's meeting has another round; else ""."""
    mine = next((row for row in rounds if row.round.id == chosen), None)
    if mine is None:
        return ""
    twins = sum(row.round.meeting_id == mine.round.meeting_id for row in rounds)
    if twins < 2:
        return ""
    return QCoreApplication.translate(
        "SponsorshipPage",
        "{meeting} has {count} sponsorship rounds, opened on different desks while "
        "offline. Keep the one with the applications: choose the other (it must hold "
        "nothing) and press Delete round…",
    ).format(meeting=mine.meeting_name, count=twins)


def delete_round(page: Any) -> None:
    """Ask, then delete the chosen round in the background (refused if it holds anything)."""
    round_id = page.round_id()
    if not round_id:
        page.message.setText(QCoreApplication.translate("SponsorshipPage", "Create a round first."))
        return
    answer = QMessageBox.question(
        page,
        QCoreApplication.translate("SponsorshipPage", "Delete round"),
        QCoreApplication.translate(
            "SponsorshipPage",
            "Delete this sponsorship round?\n\n{name}\n\nOnly a round with nothing in it "
            "can be deleted. Edit ▸ Undo brings it back.",
        ).format(name=page.round_choice.currentText()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return

    def done(result: Any) -> None:
        if not result.ok:
            page.message.setText(" ".join(error.message for error in result.errors))
            return
        page.message.setText(
            QCoreApplication.translate(
                "SponsorshipPage", "Round deleted. Edit ▸ Undo brings it back."
            )
        )
        page.refresh()

    op(
        page.context,
        lambda: page.service.delete_round(round_id),
        QCoreApplication.translate("SponsorshipPage", "Deleting…"),
    ).success(done).run_in_background()
