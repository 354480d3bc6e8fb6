"""Directory validation rules and search folding, as a user meets them."""

from __future__ import annotations

from datetime import date

from isu_desk.capabilities.directory.domain import (
    Contact,
    OfficeHolder,
    OfficeRole,
    State,
    StateStatus,
    validate_contact,
    validate_office_holder,
    validate_state,
)
from isu_desk.domain.text import fold


def _fields(errors: list) -> set[str]:
    return {e.field for e in errors}


def test_folding_ignores_case_and_accents() -> None:
    assert "cote" in fold("Côte d'Ivoire")
    assert fold("ÉLISE Müller") == "elise muller"
    assert fold("Nguyễn Thị Hương") == "nguyen thi huong"
    assert fold("Мария") == "мария"


def test_a_contact_needs_a_name_and_a_real_email() -> None:
    errors = validate_contact(Contact(id="", name=" ", email="someone@"))
    assert _fields(errors) == {"name", "email"}
    assert any("not an e-mail address" in e.message for e in errors)
    assert (
        validate_contact(Contact(id="", name="A", email="a@mission.ch", languages="en, fr")) == []
    )


def test_a_state_code_is_three_capital_letters_and_a_party_has_consent() -> None:
    errors = validate_state(State(id="", iso3="fr", name="France", status=StateStatus.STATE_PARTY))
    assert _fields(errors) == {"iso3", "consent_date"}


def test_entry_into_force_cannot_precede_ratification() -> None:
    state = State(
        id="",
        iso3="FRA",
        name="France",
        status=StateStatus.STATE_PARTY,
        consent_date=date(2009, 9, 25),
        entry_into_force_date=date(2008, 1, 1),
    )
    assert _fields(validate_state(state)) == {"entry_into_force_date"}


def test_a_term_ends_after_it_starts_and_a_coordinator_has_a_theme() -> None:
    holder = OfficeHolder(
        id="",
        role=OfficeRole.COORDINATOR,
        state_id="s",
        term_start=date(2025, 9, 1),
        term_end=date(2025, 1, 1),
    )
    assert _fields(validate_office_holder(holder)) == {"theme", "term_end"}
