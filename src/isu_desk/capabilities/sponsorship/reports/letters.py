"""Sponsorship letters on the letterhead: one letter, or a batch with one letter per page.

The wording comes filled from the domain's templates (in the State's
language); this module only lays it out: the unit's reference, the subject
as a heading, then each paragraph with its line breaks kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from isu_desk.reports.letterhead import ReportMeta, documents, render_document
from isu_desk.reports.text import paragraph


@dataclass(frozen=True, slots=True)
class LetterPage:
    reference: str
    subject: str
    paragraphs: tuple[str, ...]


def letter_flowables(letter: LetterPage) -> list[Flowable]:
    story: list[Flowable] = []
    if letter.reference:
        story.append(paragraph(letter.reference, "small"))
        story.append(Spacer(1, 4 * mm))
    if letter.subject:
        story.append(paragraph(letter.subject, "heading"))
    story += [paragraph(text) for text in letter.paragraphs]
    return story


def letters_report(letters: Sequence[LetterPage], meta: ReportMeta) -> bytes:
    """The letters in one PDF, each starting on a new page and numbered on its own."""
    return render_document(meta, documents(letter_flowables(letter) for letter in letters))
