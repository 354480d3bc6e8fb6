"""Sponsorship letters from the records: offer, regret, wait-list and the call for applications.

Each letter is worded from its template in the State's language of
correspondence (or the language asked for): the copy staff edited in the data
folder (``templates/<language>/sponsorship_<kind>.<language>.txt``; English
in ``templates/``) when there is one, else the wording shipped with ISU Desk.
Each letter gets its numbered reference once (the shared letters register),
so printing it again shows the same number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from isu_desk.capabilities.directory.api import DirectoryService, State
from isu_desk.capabilities.sponsorship.domain.letters import (
    LetterContext,
    LetterKind,
    check_template,
    default_template,
    fill_letter,
    letter_values,
    template_name,
)
from isu_desk.capabilities.sponsorship.domain.records import Round
from isu_desk.capabilities.sponsorship.domain.wording import Language
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services import reading
from isu_desk.domain.errors import DataError
from isu_desk.domain.ids import seed_id
from isu_desk.domain.text import fold
from isu_desk.services.letter_templates import template_folder
from isu_desk.services.letters import letter_settings, reference_for
from isu_desk.storage import settings
from isu_desk.storage.database import Database

REPLY_WITHIN = timedelta(days=14)
CONTACT_EMAIL_SETTING = "sponsorship_contact_email"
DEFAULT_CONTACT_EMAIL = "info@cmconvention.org"
STATUS_OF_KIND = {
    LetterKind.OFFER: Status.OFFERED,
    LetterKind.REGRET: Status.REGRETTED,
    LetterKind.WAITLIST: Status.WAIT_LISTED,
}
_MISSION = {
    Language.EN: "the Permanent Mission of {} to the United Nations Office at Geneva",
    Language.FR: "la Mission permanente de {} auprès de l'Office des Nations Unies à Genève",
    Language.ES: "la Misión Permanente de {} ante la Oficina de las Naciones Unidas en Ginebra",
}
_ALL_MISSIONS = {
    Language.EN: "the Permanent Missions of the States Parties and signatory States",
    Language.FR: "les Missions permanentes des États parties et des États signataires",
    Language.ES: "las Misiones Permanentes de los Estados partes y los Estados signatarios",
}
_REFERENCE = {Language.EN: "Our reference:", Language.FR: "Notre référence :",
              Language.ES: "Nuestra referencia:"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class FilledLetter:
    """A letter ready to lay out, and the file name it is saved under on its own."""

    reference: str
    subject: str
    paragraphs: tuple[str, ...]
    file_stem: str


def template_for(database: Database, kind: LetterKind, language: Language) -> str:
    """The edited template in the data folder if any, else the default wording."""
    edited = template_folder(database.path.parent, language.value) / template_name(kind, language)
    return (
        edited.read_text(encoding="utf-8") if edited.exists() else default_template(kind, language)
    )


def _context(
    database: Database, round_: Round, language: Language, today: date, state_name: str
) -> LetterContext:
    meeting = reading.meeting_of(database, round_.meeting_id)
    with database.read() as session:
        email = settings.get(session, CONTACT_EMAIL_SETTING) or DEFAULT_CONTACT_EMAIL
    mission = _MISSION[language].format(state_name) if state_name else _ALL_MISSIONS[language]
    return LetterContext(
        language, today, state_name, mission, meeting.title, meeting.city or "Geneva",
        reading.dates_of(meeting), letter_settings(database).signature, email,
    )  # fmt: skip


def _fill(
    database: Database, kind: LetterKind, language: Language, values: dict[str, str]
) -> tuple[str, tuple[str, ...]]:
    text = template_for(database, kind, language)
    letter = fill_letter(text, kind, values)
    if isinstance(letter, list):
        raise DataError(f"The {template_name(kind, language)} template: {letter[0].message}")
    return letter.subject, letter.paragraphs


def application_letter(
    database: Database,
    application_id: str,
    kind: LetterKind,
    today: date,
    language: Language | None = None,
) -> FilledLetter:
    """The offer, regret or wait-list letter of one application."""
    if kind is LetterKind.CALL:
        raise DataError("The call for applications is printed for a round, not an application.")
    with database.read() as session:
        app = reading.get_application(session, application_id)
        round_ = reading.get_round(session, app.round_id)
    state = DirectoryService(database).get(State, app.state_id)
    chosen = language or Language.of(state.correspondence_language)
    context = _context(database, round_, chosen, today, state.name)
    values = letter_values(kind, context, round_, app, today + REPLY_WITHIN)
    subject, paragraphs = _fill(database, kind, chosen, values)
    reference, _ = reference_for(database, f"sponsorship-{kind.value}", app.id, today)
    stem = f"{kind.value}-{state.iso3}-{app.id[:8]}"
    return FilledLetter(f"{_REFERENCE[chosen]} {reference}", subject, paragraphs, stem)


def round_letters(
    database: Database, round_id: str, kind: LetterKind, today: date
) -> list[FilledLetter]:
    """Every letter of ``kind`` a round's applications call for (all offers, say)."""
    from isu_desk.capabilities.sponsorship.services.service import SponsorshipService

    rows = SponsorshipService(database, lambda: today).applications(round_id)
    wanted = STATUS_OF_KIND.get(kind)
    chosen = [row for row in rows if row.status is wanted]
    chosen.sort(key=lambda row: (row.state_name, row.application.nominee_name))
    return [application_letter(database, row.application.id, kind, today) for row in chosen]


def call_letter(
    database: Database, round_id: str, today: date, language: Language = Language.EN,
    state: State | None = None,
) -> FilledLetter:  # fmt: skip
    """The call for applications: to all missions, or to one State in its language."""
    with database.read() as session:
        round_ = reading.get_round(session, round_id)
    if state is not None:
        language = Language.of(state.correspondence_language)
    context = _context(database, round_, language, today, state.name if state else "")
    values = letter_values(LetterKind.CALL, context, round_)
    subject, paragraphs = _fill(database, LetterKind.CALL, language, values)
    record = seed_id("sponsorship-call", f"{round_id}:{state.id}") if state else round_id
    reference, _ = reference_for(database, "sponsorship-call", record, today)
    stem = f"call-{state.iso3}" if state else "call"
    return FilledLetter(f"{_REFERENCE[language]} {reference}", subject, paragraphs, stem)


def call_letters(
    database: Database, round_id: str, today: date, language: Language = Language.EN,
    states: Sequence[State] = (),
) -> list[FilledLetter]:  # fmt: skip
    """The call for applications: one note to all missions (no ``states``), or one to each
    State chosen, each in its language of correspondence, in the order given."""
    if not states:
        return [call_letter(database, round_id, today, language)]
    return [call_letter(database, round_id, today, language, state) for state in states]


def find_states(database: Database, given: str | Sequence[str]) -> list[State]:
    """The States named by ISO code or name (a comma list or several), in the order given;
    each one not found is named in a plain :class:`DataError`."""
    names = given.split(",") if isinstance(given, str) else [n for g in given for n in g.split(",")]
    by_key: dict[str, State] = {}
    for state in DirectoryService(database).all(State):
        by_key[state.iso3.casefold()] = state
        by_key[fold(state.name)] = state
    found: list[State] = []
    unknown: list[str] = []
    for name in (n.strip() for n in names):
        match = by_key.get(name.casefold()) or by_key.get(fold(name))
        if match is None and name:
            unknown.append(f"“{name}”")
        elif match is not None and match not in found:
            found.append(match)
    if unknown:
        raise DataError(
            f"There is no State {', '.join(unknown)} in the Directory; "
            "give each by its ISO code (LAO) or its name."
        )
    return found


def check_edited(database: Database) -> list[str]:
    """Problems in the templates staff edited, each with its file name."""
    problems = []
    for kind in LetterKind:
        for language in Language:
            text = template_for(database, kind, language)
            problems += [
                f"{template_name(kind, language)}: {e.message}" for e in check_template(text, kind)
            ]
    return problems


def write_separately(letters: list[FilledLetter], folder: Path, render: object) -> list[Path]:
    """Each letter in its own PDF in ``folder`` (``render`` lays out one letter)."""
    written = []
    for letter in letters:
        target = folder / f"{letter.file_stem}.pdf"
        target.write_bytes(render(letter))  # type: ignore[operator]
        written.append(target)
    return written
