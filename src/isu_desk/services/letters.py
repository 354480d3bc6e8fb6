"""Who signs the unit's letters, where they are written from, and each letter's reference.

The signatory's name and title, the place on the date line and the reference
prefix are local settings (File ▸ Settings in the window). A letter's numbered
reference is issued the first time the letter is prepared for a record and kept
(:mod:`isu_desk.storage.letters`), so printing it again gives the same reference
and date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from isu_desk.storage import letters as repo
from isu_desk.storage import settings
from isu_desk.storage.database import Database

SIGNATORY_NAME = "signatory_name"
SIGNATORY_TITLE = "signatory_title"
LETTER_PLACE = "letter_place"
REFERENCE_PREFIX = "letter_reference_prefix"
DEFAULTS = {
    SIGNATORY_NAME: "",
    SIGNATORY_TITLE: "Head, Implementation Support Unit",
    LETTER_PLACE: "Geneva",
    REFERENCE_PREFIX: "CCM/ISU",
}


@dataclass(frozen=True, slots=True)
class LetterSettings:
    signatory_name: str
    signatory_title: str
    place: str
    prefix: str

    @property
    def signature(self) -> str:
        """The signature block: the name on one line, the title under it."""
        return "\n".join(line for line in (self.signatory_name, self.signatory_title) if line)


def letter_settings(database: Database) -> LetterSettings:
    """The letter settings, each falling back to its default when not set."""
    with database.read() as session:
        values = {key: settings.get(session, key) or default for key, default in DEFAULTS.items()}
    return LetterSettings(
        values[SIGNATORY_NAME], values[SIGNATORY_TITLE], values[LETTER_PLACE],
        values[REFERENCE_PREFIX],
    )  # fmt: skip


def letter_values(chosen: LetterSettings) -> dict[str, str]:
    """The letter settings as the settings table keeps them."""
    return {
        SIGNATORY_NAME: chosen.signatory_name.strip(),
        SIGNATORY_TITLE: chosen.signatory_title.strip(),
        LETTER_PLACE: chosen.place.strip(),
        REFERENCE_PREFIX: chosen.prefix.strip(),
    }


def reference_for(database: Database, kind: str, record_id: str, today: date) -> tuple[str, date]:
    """(reference, date) of a record's letter: the one issued before, else a new number."""
    prefix = letter_settings(database).prefix
    with database.transaction() as session:
        found = repo.letter_for(session, kind, record_id)
        if found is None:
            found = repo.issue(session, kind, record_id, today, prefix)
        return found.reference, found.issued_on


def with_letters(database: Database, record_ids: list[str]) -> set[str]:
    """The records among these that already have an acknowledgement letter."""
    with database.read() as session:
        return repo.acknowledged_ids(session, record_ids)


def unit_details(database: Database) -> tuple[str, str]:
    """The unit's name and address as the letterhead prints them ("" = the default)."""
    from isu_desk.services.reports import UNIT_ADDRESS_SETTING, UNIT_NAME_SETTING

    with database.read() as session:
        name = settings.get(session, UNIT_NAME_SETTING) or ""
        address = settings.get(session, UNIT_ADDRESS_SETTING) or ""
    return name, address


def unit_values(name: str, address: str) -> dict[str, str]:
    """The unit's letterhead name and address as the settings table keeps them."""
    from isu_desk.services.reports import UNIT_ADDRESS_SETTING, UNIT_NAME_SETTING

    return {UNIT_NAME_SETTING: name.strip(), UNIT_ADDRESS_SETTING: address.strip()}
