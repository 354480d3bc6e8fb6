"""Letters in English, French and Spanish: every field filled, edited templates checked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from tests.capabilities.sponsorship.sample import MEETING, ROUND, application
from tests.helpers import fields

from isu_desk.capabilities.directory.api import Gender
from isu_desk.capabilities.sponsorship.domain import wording
from isu_desk.capabilities.sponsorship.domain.letters import (
    FIELDS,
    Letter,
    LetterContext,
    LetterKind,
    check_template,
    default_template,
    fill_letter,
    letter_values,
)
from isu_desk.capabilities.sponsorship.domain.wording import Language

ALL = [(kind, language) for kind in LetterKind for language in Language]
NOMINEE = application(
    nominee_name="عائشة الحسيني", nominee_title="Dr", nominee_gender=Gender.FEMALE
)


def context(language: Language) -> LetterContext:
    return LetterContext(
        language=language,
        today=date(2025, 7, 15),
        state_name="Iraq",
        mission="the Permanent Mission of Iraq to the United Nations Office at Geneva",
        meeting_name="Thirteenth Meeting of States Parties",
        venue="Geneva",
        meeting=MEETING,
        signatory="Sheila N. Mweemba, Director",
        contact_email="sponsorship@example.org",
    )


def _text(letter: Letter) -> str:
    return "\n".join([letter.subject, *letter.paragraphs])


@pytest.mark.parametrize(("kind", "language"), ALL)
def test_each_shipped_template_fills_every_field_of_its_letter(
    kind: LetterKind, language: Language
) -> None:
    text = default_template(kind, language)
    assert check_template(text, kind) == []
    sentinels = {name: f"«{name.upper()}-{n}»" for n, name in enumerate(sorted(FIELDS[kind]))}
    letter = fill_letter(text, kind, sentinels)
    assert isinstance(letter, Letter)
    written = _text(letter)
    missing = [name for name, value in sentinels.items() if value not in written]
    assert missing == [], f"{kind}.{language} does not use {missing}"
    assert "$" not in written
    assert letter.subject and len(letter.paragraphs) >= 4


@pytest.mark.parametrize(("kind", "language"), ALL)
def test_letters_from_the_records_read_in_their_language(
    kind: LetterKind, language: Language
) -> None:
    app = None if kind is LetterKind.CALL else NOMINEE
    values = letter_values(kind, context(language), ROUND, app, reply_by=date(2025, 8, 1))
    assert set(values) == FIELDS[kind]
    letter = fill_letter(default_template(kind, language), kind, values)
    assert isinstance(letter, Letter)
    written = _text(letter)
    dates = {
        Language.EN: "from 16 to 19 September 2025",
        Language.FR: "du 16 au 19 septembre 2025",
        Language.ES: "del 16 al 19 de septiembre de 2025",
    }
    if kind is not LetterKind.REGRET:
        assert dates[language] in written
    if app is not None:
        assert "عائشة الحسيني" in written
    if kind is LetterKind.OFFER:
        covered = {
            Language.EN: "the daily subsistence allowance (DSA) for 5 days at CHF 385.00 a day",
            Language.FR: "pour 5 jours à 385,00 CHF par jour",
            Language.ES: "las dietas (DSA) de 5 días a razón de 385,00 CHF por día",
        }
        assert covered[language] in written


def test_the_salutation_follows_language_and_gender() -> None:
    assert wording.salutation(Language.EN, Gender.FEMALE, "Dr A. Haddad") == "Dear Dr A. Haddad,"
    assert wording.salutation(Language.FR, Gender.FEMALE, "Dr A. Haddad") == "Madame,"
    assert wording.salutation(Language.FR, Gender.UNSPECIFIED, "X") == "Madame, Monsieur,"
    assert wording.salutation(Language.ES, Gender.MALE, "Sr. Pérez") == "Estimado Sr. Pérez:"
    assert wording.addressee("", "  Ana Pérez ") == "Ana Pérez"


def test_dates_and_amounts_are_written_the_way_each_language_does() -> None:
    first = date(2026, 12, 1)
    assert wording.long_date(first, Language.EN) == "1 December 2026"
    assert wording.long_date(first, Language.FR) == "1er décembre 2026"
    assert wording.long_date(first, Language.ES) == "1 de diciembre de 2026"
    across = (date(2025, 9, 30), date(2025, 10, 2))
    assert wording.date_range(*across, Language.EN) == "from 30 September to 2 October 2025"
    assert wording.date_range(first, first, Language.FR) == "le 1er décembre 2026"
    amount = Decimal("12345.5")
    assert wording.chf_text(amount, Language.EN) == "CHF 12,345.50"
    assert wording.chf_text(amount, Language.FR) == "12\u00a0345,50 CHF"
    assert wording.chf_text(amount, Language.ES) == "12.345,50 CHF"
    assert Language.of("FR") is Language.FR and Language.of("ar") is Language.EN
    assert Language.of(None) is Language.EN


def test_what_is_covered_lists_only_what_was_requested() -> None:
    rate = Decimal("385")
    only_dsa = wording.covered(Language.EN, ticket=False, dsa_days=3, dsa_rate=rate, terminal=False)
    assert only_dsa == "the daily subsistence allowance (DSA) for 3 days at CHF 385.00 a day"
    no_dsa = wording.covered(Language.ES, ticket=True, dsa_days=0, dsa_rate=rate, terminal=True)
    assert no_dsa == "un pasaje de ida y vuelta en clase económica y los gastos de terminal"


def test_an_edited_template_with_an_unknown_field_or_a_stray_dollar_is_refused() -> None:
    unknown = check_template("Dear $addressee, your passport $passport_number", LetterKind.REGRET)
    assert fields(unknown) == {"template"}
    assert "cannot fill $passport_number" in unknown[0].message
    stray = fill_letter("Subject: x\n\nCosts in US$ 50", LetterKind.REGRET, {})
    assert isinstance(stray, list)
    assert stray[0].message == "Line 3 has a stray $; write $$ for a dollar sign."
    offer_only = check_template("$covered", LetterKind.REGRET)
    assert "cannot fill $covered" in offer_only[0].message


def test_a_regret_letter_needs_its_application() -> None:
    with pytest.raises(ValueError):
        letter_values(LetterKind.REGRET, context(Language.EN), ROUND)
