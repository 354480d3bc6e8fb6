"""The letters of a round: call for applications, offer, regret and wait-list, in EN/FR/ES.

The wording lives in plain-text templates shipped in this package
(``templates/sponsorship_<kind>.<language>.txt``) that staff may copy and
edit. ``$name`` marks a value filled in here (``$$`` for a dollar sign); a
first paragraph starting with ``Subject:`` (``Objet :``, ``Asunto:``) becomes
the letter's subject, and
paragraphs are separated by an empty line. :func:`check_template` names a
field the letter does not know or a stray ``$`` in an edited copy;
:func:`letter_values` computes every field of a letter from the records, and
:func:`fill_letter` puts them in.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from importlib import resources

from isu_desk.capabilities.sponsorship.domain import wording
from isu_desk.capabilities.sponsorship.domain.records import Application, MeetingDates, Round
from isu_desk.capabilities.sponsorship.domain.wording import Language
from isu_desk.domain.errors import FieldError

UNIT_NAME = {
    Language.EN: "Implementation Support Unit of the Convention on Cluster Munitions",
    Language.FR: "Unité d'appui à l'application de la Convention sur les armes à sous-munitions",
    Language.ES: "Dependencia de Apoyo a la Aplicación de la Convención sobre Municiones en Racimo",
}


_SUBJECT = re.compile(r"(subject|objet|asunto)\s*:", re.IGNORECASE)


class LetterKind(StrEnum):
    CALL = "call"
    OFFER = "offer"
    REGRET = "regret"
    WAITLIST = "waitlist"


_PLACE = ("date", "mission", "meeting", "unit_name")
_NOMINEE = ("state", "addressee", "salutation", "signatory")
FIELDS: dict[LetterKind, frozenset[str]] = {
    LetterKind.CALL: frozenset((*_PLACE, "venue", "meeting_dates", "deadline", "contact_email")),
    LetterKind.OFFER: frozenset(
        (*_PLACE, *_NOMINEE, "venue", "meeting_dates", "covered", "reply_by")
    ),
    LetterKind.REGRET: frozenset((*_PLACE, *_NOMINEE)),
    LetterKind.WAITLIST: frozenset((*_PLACE, *_NOMINEE, "venue", "meeting_dates")),
}
"""The fields each letter fills in; a template may use any of its kind's fields."""


@dataclass(frozen=True, slots=True)
class Letter:
    subject: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LetterContext:
    """What a letter says besides the application: who writes, to whom, about which meeting."""

    language: Language
    today: date
    state_name: str
    mission: str  # e.g. "the Permanent Mission of Chile to the United Nations Office at Geneva"
    meeting_name: str
    venue: str
    meeting: MeetingDates
    signatory: str = ""
    contact_email: str = ""


def template_name(kind: LetterKind, language: Language) -> str:
    """The template's file name, the same in the package and in the data folder."""
    return f"sponsorship_{kind.value}.{language.value}.txt"


def default_template(kind: LetterKind, language: Language) -> str:
    """The wording shipped with ISU Desk."""
    folder = resources.files("isu_desk.capabilities.sponsorship") / "templates"
    return (folder / template_name(kind, language)).read_text(encoding="utf-8")


def check_template(text: str, kind: LetterKind) -> list[FieldError]:
    """A field the letter does not fill, or a stray ``$``, in plain words."""
    template = string.Template(text)
    if not template.is_valid():
        line = _stray_dollar_line(template)
        return [FieldError("template", f"Line {line} has a stray $; write $$ for a dollar sign.")]
    unknown = sorted(set(template.get_identifiers()) - FIELDS[kind])
    if not unknown:
        return []
    known = ", ".join(f"${name}" for name in sorted(FIELDS[kind]))
    used = ", ".join(f"${name}" for name in unknown)
    return [FieldError("template", f"The {kind.value} letter cannot fill {used}. Use: {known}.")]


def _stray_dollar_line(template: string.Template) -> int:
    for match in template.pattern.finditer(template.template):
        if match.group("invalid") is not None:
            return template.template.count("\n", 0, match.start()) + 1
    return 0


def fill_letter(
    text: str, kind: LetterKind, values: Mapping[str, str]
) -> Letter | list[FieldError]:
    """The letter written from ``text`` with ``values`` (every field of ``kind``)."""
    errors = check_template(text, kind)
    if errors:
        return errors
    missing = FIELDS[kind] - set(values)
    if missing:
        raise KeyError(f"values lack {sorted(missing)}")
    filled = string.Template(text).substitute(values)
    blocks = [b.strip() for b in filled.replace("\r\n", "\n").split("\n\n") if b.strip()]
    subject = ""
    if blocks and _SUBJECT.match(blocks[0]):
        subject = blocks.pop(0).split(":", 1)[1].strip()
    return Letter(subject, tuple(blocks))


def letter_values(
    kind: LetterKind,
    context: LetterContext,
    round_: Round,
    app: Application | None = None,
    reply_by: date | None = None,
) -> dict[str, str]:
    """Every field of a ``kind`` letter, worded in the context's language."""
    language = context.language
    values = {
        "date": wording.long_date(context.today, language),
        "state": context.state_name,
        "mission": context.mission,
        "meeting": context.meeting_name,
        "unit_name": UNIT_NAME[language],
        "venue": context.venue,
        "meeting_dates": wording.date_range(context.meeting.start, context.meeting.end, language),
        "deadline": wording.long_date(round_.deadline, language),
        "contact_email": context.contact_email,
        "signatory": context.signatory,
    }
    if app is not None:
        addressed = wording.addressee(app.nominee_title, app.nominee_name)
        values |= {
            "addressee": addressed,
            "salutation": wording.salutation(language, app.nominee_gender, addressed),
            "covered": wording.covered(
                language,
                ticket=app.ticket,
                dsa_days=app.dsa_days,
                dsa_rate=round_.dsa_rate_chf,
                terminal=app.terminal_expenses,
            ),
            "reply_by": wording.long_date(reply_by or context.today, language),
        }
    elif kind is not LetterKind.CALL:
        raise ValueError(f"a {kind.value} letter is about an application")
    return {name: value for name, value in values.items() if name in FIELDS[kind]}
