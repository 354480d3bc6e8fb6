"""Words that change with the letter's language: dates, amounts, salutations, what is covered.

English, French and Spanish, the languages of correspondence of the States
(a field on the State, English by default). Pure functions, no locale
settings: the same output on every workstation.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from isu_desk.capabilities.directory.api import Gender


class Language(StrEnum):
    EN = "en"
    FR = "fr"
    ES = "es"

    @classmethod
    def of(cls, code: str | None) -> Language:
        """The language for a State's code; anything else is English."""
        try:
            return cls((code or "").strip().lower()[:2])
        except ValueError:
            return cls.EN


_MONTH_NAMES = {
    Language.EN: "January February March April May June July August September October November "
    "December",
    Language.FR: "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre",
    Language.ES: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
}
_MONTHS = {language: tuple(names.split()) for language, names in _MONTH_NAMES.items()}


def _day(d: date, language: Language) -> str:
    return "1er" if language is Language.FR and d.day == 1 else str(d.day)


def long_date(d: date, language: Language) -> str:
    """1 December 2026 · 1er décembre 2026 · 1 de diciembre de 2026."""
    month = _MONTHS[language][d.month - 1]
    if language is Language.ES:
        return f"{d.day} de {month} de {d.year}"
    return f"{_day(d, language)} {month} {d.year}"


def date_range(start: date, end: date, language: Language) -> str:
    """When a meeting is held, with its preposition.

    from 16 to 19 September 2025 · du 16 au 19 septembre 2025 · del 16 al 19 de
    septiembre de 2025; one day: on 16 September 2025 · le 16 septembre 2025 ·
    el 16 de septiembre de 2025.
    """
    if start == end:
        return f"{_ON[language]} {long_date(start, language)}"
    same_month = (start.year, start.month) == (end.year, end.month)
    first = _day(start, language) if same_month else _without_year(start, language, end)
    from_, to = _FROM_TO[language]
    return f"{from_} {first} {to} {long_date(end, language)}"


_ON = {Language.EN: "on", Language.FR: "le", Language.ES: "el"}
_FROM_TO = {Language.EN: ("from", "to"), Language.FR: ("du", "au"), Language.ES: ("del", "al")}


def _without_year(d: date, language: Language, end: date) -> str:
    text = long_date(d, language)
    if d.year != end.year:
        return text
    suffix = f" de {d.year}" if language is Language.ES else f" {d.year}"
    return text.removesuffix(suffix)


def chf_text(amount: Decimal, language: Language) -> str:
    """CHF 1,234.50 · 1 234,50 CHF · 1.234,50 CHF."""
    plain = f"{amount:,.2f}"
    if language is Language.EN:
        return f"CHF {plain}"
    separator = "\u00a0" if language is Language.FR else "."
    swapped = plain.replace(",", "\0").replace(".", ",").replace("\0", separator)
    return f"{swapped} CHF"


def addressee(title: str, name: str) -> str:
    """The nominee as addressed: title and name (just the name when there is no title)."""
    return " ".join(part for part in (title.strip(), name.strip()) if part)


def salutation(language: Language, gender: Gender, addressed: str) -> str:
    """Dear Ms Ana Pérez, · Madame, · Estimada Sra. Ana Pérez:"""
    if language is Language.EN:
        return f"Dear {addressed},"
    if language is Language.FR:
        return {Gender.FEMALE: "Madame,", Gender.MALE: "Monsieur,"}.get(gender, "Madame, Monsieur,")
    opening = {Gender.FEMALE: "Estimada", Gender.MALE: "Estimado"}.get(gender, "Estimado/a")
    return f"{opening} {addressed}:"


_COVERED = {
    Language.EN: (
        "an economy-class return ticket",
        "the daily subsistence allowance (DSA) for {days} days at {rate} a day",
        "terminal expenses",
        "and",
    ),
    Language.FR: (
        "un billet aller-retour en classe économique",
        "l'indemnité journalière de subsistance (DSA) pour {days} jours à {rate} par jour",
        "les faux frais au départ et à l'arrivée",
        "et",
    ),
    Language.ES: (
        "un pasaje de ida y vuelta en clase económica",
        "las dietas (DSA) de {days} días a razón de {rate} por día",
        "los gastos de terminal",
        "y",
    ),
}


def covered(
    language: Language, *, ticket: bool, dsa_days: int, dsa_rate: Decimal, terminal: bool
) -> str:
    """What the offer covers, as a phrase: "an economy-class return ticket, …"."""
    ticket_phrase, dsa_phrase, terminal_phrase, conjunction = _COVERED[language]
    parts: list[str] = []
    if ticket:
        parts.append(ticket_phrase)
    if dsa_days:
        parts.append(dsa_phrase.format(days=dsa_days, rate=chf_text(dsa_rate, language)))
    if terminal:
        parts.append(terminal_phrase)
    return _joined(parts, conjunction)


def _joined(parts: list[str], conjunction: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
        return parts[0]
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"
