"""Reading one imported row of a contributions file, cell by cell, in plain words.

A :class:`RowReader` turns the cells of a row into typed values and collects a
plain message for each cell it cannot read; :class:`Lookups` holds what names
in a file refer to (States by ISO3 code, organisations and funds by name,
pledges and exchange rates), loaded once per import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.contributions.domain.records import ExchangeRate, Pledge
from isu_desk.capabilities.contributions.storage import repository as repo
from isu_desk.services.transfer_kit import csv_text
from isu_desk.storage.mapping import to_record

E = TypeVar("E", bound=Enum)
PLACEHOLDER_DATE = date(2000, 1, 1)


@dataclass
class Lookups:
    """What the names in a file point at."""

    states: dict[str, str]
    organisations: dict[str, str]
    funds: dict[str, str]
    pledges: dict[str, Pledge]
    rates: list[ExchangeRate]
    ambiguous_organisations: frozenset[str] = frozenset()  # folded names of two or more
    ambiguous_funds: frozenset[str] = frozenset()

    @classmethod
    def load(cls, session: Any) -> Lookups:
        states = {r.iso3: r.id for r in repo.all_rows(session, "states")}
        orgs = repo.all_rows(session, "organisations")
        organisations, ambiguous = _unique_names([(o.name, o.id) for o in orgs])
        acronyms, unclear = _unique_names([(o.acronym, o.id) for o in orgs if o.acronym])
        for acronym, org_id in acronyms.items():  # a full name wins over an acronym
            organisations.setdefault(acronym, org_id)
        ambiguous |= unclear - organisations.keys()
        fund_rows = repo.all_rows(session, "funds")
        funds, unclear_funds = _unique_names([(f.name, f.id) for f in fund_rows])
        funds.update({f.id: f.id for f in fund_rows})
        pledges = {r.id: to_record(Pledge, r) for r in repo.all_rows(session, "pledges")}
        rates = [to_record(ExchangeRate, r) for r in repo.all_rows(session, "exchange_rates")]
        return cls(
            states, organisations, funds, pledges, rates,
            frozenset(ambiguous), frozenset(unclear_funds),
        )  # fmt: skip


def _unique_names(pairs: list[tuple[str, str]]) -> tuple[dict[str, str], set[str]]:
    """Folded name -> id for names of one record; the names of two or more apart."""
    ids: dict[str, set[str]] = {}
    for name, record_id in pairs:
        ids.setdefault(name.casefold(), set()).add(record_id)
    unique = {name: next(iter(found)) for name, found in ids.items() if len(found) == 1}
    return unique, {name for name, found in ids.items() if len(found) > 1}


class RowReader:
    """The typed cells of one row; ``problems`` lists what could not be read."""

    def __init__(self, row: dict[str, Any], lookups: Lookups) -> None:
        self.row = row
        self.lookups = lookups
        self.problems: list[str] = []

    def text(self, name: str) -> str:
        """The cell as text (an Excel number as its shortest decimal, a date cell as ISO)."""
        return csv_text(self.row.get(name)).strip()

    def donor(self) -> tuple[str | None, str | None]:
        name = self.text("donor")
        if not name:
            self.problems.append("donor: enter a State's ISO3 code or an organisation's name.")
            return None, None
        if name.upper() in self.lookups.states:
            return self.lookups.states[name.upper()], None
        if name.casefold() in self.lookups.ambiguous_organisations:
            self.problems.append(f"donor: {name!r} names two organisations; rename one first.")
            return None, None
        if name.casefold() in self.lookups.organisations:
            return None, self.lookups.organisations[name.casefold()]
        self.problems.append(f"donor: {name!r} is neither a State's ISO3 code nor a known "
                             "organisation.")  # fmt: skip
        return None, None

    def fund(self) -> str:
        name = self.text("fund")
        if name.casefold() in self.lookups.ambiguous_funds and name not in self.lookups.funds:
            self.problems.append(f"fund: {name!r} names two funds; rename one first.")
            return ""
        found = self.lookups.funds.get(name.casefold()) or self.lookups.funds.get(name)
        if not found:
            self.problems.append(f"fund: {name!r} is not a fund (add it in the app first).")
        return found or ""

    def currency(self) -> str:
        return self.text("currency").upper()

    def amount(self, name: str, optional: bool = False) -> Any:
        text = self.text(name)
        if not text and optional:
            return None
        parsed = dom.parse_amount(text)
        if not isinstance(parsed, str) and abs(parsed) >= dom.MAX_AMOUNT:
            parsed = f"{text} is implausibly large; check the digits."
        if isinstance(parsed, str):
            self.problems.append(f"{name}: {parsed}")
            return Decimal(1)
        return parsed

    def rate(self, currency: str, on: date) -> Decimal:
        """The row's rate, or else the rate in force on its date."""
        if self.text("rate_to_chf"):
            rate: Decimal = self.amount("rate_to_chf")
            return rate
        found = dom.rate_in_force(self.lookups.rates, currency, on)
        if found is None:
            self.problems.append(f"rate_to_chf: no {currency} rate in force on {on}; enter one.")
            return Decimal(1)
        return found.rate_to_chf

    def date(self, name: str, optional: bool = False) -> Any:
        value = self.row.get(name)
        if isinstance(value, datetime):
            return value.date()
        text = self.text(name)
        if not text and optional:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.problems.append(f"{name}: {text!r} is not a date; write it as 2025-03-31.")
            return PLACEHOLDER_DATE

    def years(self, name: str) -> tuple[int, int]:
        parsed = dom.parse_years(self.text(name))
        if isinstance(parsed, str):
            self.problems.append(f"{name}: {parsed}")
            return PLACEHOLDER_DATE.year, PLACEHOLDER_DATE.year
        return parsed

    def integer(self, name: str, default: int) -> int:
        text = self.text(name)
        if not text:
            return default
        if text.endswith(".0"):  # an Excel number cell
            text = text[:-2]
        if not re.fullmatch(r"[0-9]{1,4}", text):
            self.problems.append(f"{name}: {text!r} is not a whole number.")
            return default
        return int(text)

    def choice(self, name: str, enum: type[E], default: E) -> E:
        text = self.text(name)
        if not text:
            return default
        try:
            return enum(text)
        except ValueError:
            allowed = ", ".join(str(e.value) for e in enum)
            self.problems.append(f"{name}: {text!r} is not one of {allowed}.")
            return default
