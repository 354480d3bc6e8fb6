"""Contributions reports: the year's statement, the 2021–2026 budget, acknowledgement
letters and pledge reminders, registered in :data:`REPORTS` for the app and the CLI.

The statement is computed from exact SQL sums per donor, pledge and currency.
Letter wording lives in templates staff can edit, in English, French or Spanish
(:mod:`isu_desk.services.letter_templates`; the ``language`` option picks one),
filled with :class:`string.Template` ``$placeholders``.
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from isu_desk.capabilities.contributions.domain import balances as bal
from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.contributions.domain.records import Contribution, Instalment, Pledge
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.storage import repository as repo
from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.directory.api import Contact, DirectoryService
from isu_desk.domain.errors import DataError, RecordNotFound
from isu_desk.domain.listing import ListQuery
from isu_desk.services.letter_templates import (
    DEFAULT_LANGUAGE,
    letter_amount,
    letter_date,
    letterhead_words,
    reference_line,
    template_text,
)
from isu_desk.services.letters import letter_settings, reference_for
from isu_desk.services.reports import ReportSpec, report_meta
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_record

if TYPE_CHECKING:  # reportlab loads only when a report is rendered
    from isu_desk.capabilities.contributions.reports import Letter, Statement

TEMPLATES = ("acknowledgement", "pledge_reminder")


# --- the statement -------------------------------------------------------------------


def statement(database: Database, year: int, today: date | None = None) -> Statement:
    """Pledged, received and outstanding per donor and currency for one work-plan year."""
    from isu_desk.capabilities.contributions.reports import Statement, StatementRow

    as_of = min(today or date.today(), date(year, 12, 31))
    with database.read() as session:
        groups = repo.year_groups(session, year)
        pledges = [to_record(Pledge, p) for p in repo.pledges_covering(session, year)]
        schedule = repo.instalments(session, [p.id for p in pledges])
        names = repo.donor_names(session)
        in_kind = repo.in_kind_entries(session, year)
        rates = {c: repo.rate_in_force(session, c, as_of) for c in _currencies(groups, pledges)}
    by_pledge: dict[str, list[Instalment]] = defaultdict(list)
    for item in schedule:
        by_pledge[item.pledge_id].append(to_record(Instalment, item))
    figures = _figures(year, groups, pledges, by_pledge)
    rows = []
    for (donor, currency), (pledged, received, outstanding, chf) in figures.items():
        rate = (
            Decimal(1) if currency == "CHF" else getattr(rates.get(currency), "rate_to_chf", None)
        )
        estimate = None if rate is None else dom.chf_equivalent(outstanding, rate)
        rows.append(StatementRow(names.get(donor, "?"), currency, pledged, received,
                                 outstanding, chf, estimate))  # fmt: skip
    rows.sort(key=lambda r: (r.donor.casefold(), r.currency))
    notes = tuple((names.get(e.donor_state_id or e.donor_organisation_id or "", "?"),
                   e.description, e.amount_chf) for e in in_kind)  # fmt: skip
    return Statement(year, tuple(rows), notes, as_of)


def _currencies(groups: list[dict[str, Any]], pledges: list[Pledge]) -> set[str]:
    return {g["currency"] for g in groups} | {p.currency for p in pledges}


def _figures(
    year: int,
    groups: list[dict[str, Any]],
    pledges: list[Pledge],
    schedule: Mapping[str, list[Instalment]],
) -> dict[tuple[str, str], list[Decimal]]:
    """(donor, currency) -> [pledged, received, outstanding, received CHF].

    Received counts cash only: in-kind contributions (an estimated value) are
    totalled apart; they still settle the pledge they were given against.
    """
    zero = Decimal(0)
    figures: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [zero] * 4)
    credited: dict[str, Decimal] = defaultdict(lambda: zero)
    for group in groups:
        key = (group["donor_id"], group["currency"])
        if group["form"] != dom.ContributionForm.IN_KIND.value:  # in kind: its own section
            figures[key][1] += group["amount"]
            figures[key][3] += group["amount_chf"]
        if group["pledge_id"]:
            credited[group["pledge_id"]] += group["credited"]
    for pledge in pledges:
        due = bal.due_in_year(pledge, schedule.get(pledge.id, []), year)
        key = (bal.donor_key(pledge), pledge.currency)
        figures[key][0] += due
        figures[key][2] += max(due - credited[pledge.id], zero)
    return dict(figures)


# --- letters -----------------------------------------------------------------------


def fill_letter(text: str, values: Mapping[str, str], name: str) -> tuple[str, tuple[str, ...]]:
    """(subject, paragraphs) of a template filled with ``values``."""
    try:
        filled = string.Template(text).substitute(values)
    except KeyError as exc:
        known = ", ".join(f"${k}" for k in sorted(values))
        raise DataError(
            f"The letter template {name}.txt uses ${exc.args[0]}, which ISU Desk does not "
            f"fill in. Use one of: {known}."
        ) from exc
    except ValueError as exc:
        raise DataError(f"The letter template {name}.txt has a stray $: {exc}.") from exc
    blocks = [b.strip() for b in filled.replace("\r\n", "\n").split("\n\n") if b.strip()]
    subject = ""
    if blocks and blocks[0].lower().startswith("subject:"):
        subject = blocks.pop(0).split(":", 1)[1].strip()
    return subject, tuple(blocks)


def _addressee(database: Database, state_id: str | None, org_id: str | None) -> Contact | None:
    """The donor's focal point: a contact at its mission first, else any contact."""
    field, value = ("state_id", state_id) if state_id else ("organisation_id", org_id or "")
    contacts = DirectoryService(database).all(Contact, ListQuery(filters={field: value}))
    missions = [c for c in contacts if "mission" in c.position.casefold()]
    return (missions or contacts)[0] if contacts else None


def _common(database: Database, record: Pledge | Contribution) -> dict[str, str]:
    from isu_desk.reports.letterhead import long_date

    names = ContributionsService(database).donor_names()
    donor = names.get(bal.donor_key(record), "")
    contact = _addressee(database, record.donor_state_id, record.donor_organisation_id)
    lines = [donor] if contact is None else [
        f"{contact.title} {contact.name}".strip(), contact.position, donor,
    ]  # fmt: skip
    funds = {f.id: f.name for f in ContributionsService(database).funds()}
    greeting = f"Dear {contact.title} {contact.name}".strip() if contact else "Excellency"
    return {
        "date": long_date(date.today()),
        "donor": donor,
        "salutation": greeting.replace("  ", " ") + ",",
        "addressee": "\n".join(line for line in lines if line),
        "fund": funds.get(record.fund_id, ""),
        "signatory": letter_settings(database).signature,
        "unit_name": report_meta(database, "").unit_name,
    }


def _letter(
    database: Database,
    name: str,
    values: dict[str, str],
    record_id: str,
    language: str = DEFAULT_LANGUAGE,
) -> tuple[Letter, str]:
    """The letter ``name`` for a record, with its kept reference and date; and its title."""
    from isu_desk.capabilities.contributions.reports import Letter

    reference, dated = reference_for(database, name, record_id, date.today())
    values = values | {"date": letter_date(dated, language)}
    text = template_text(database.path.parent, name, language)
    subject, paragraphs = fill_letter(text, values, name)
    addressee = tuple(values["addressee"].splitlines())
    place = letter_settings(database).place
    letter = Letter(
        addressee, subject, paragraphs, dated, reference, place,
        letter_date(dated, language), reference_line(reference, language),
    )  # fmt: skip
    return letter, LETTER_TITLES[name]


LETTER_TITLES = {
    "acknowledgement": "Acknowledgement letter",
    "pledge_reminder": "Pledge reminder",
}
# The letters' titles (on the letterhead) in their other languages.
TITLES_IN = {
    "fr": {
        "Acknowledgement letter": "Lettre de remerciement",
        "Pledge reminder": "Rappel d'annonce de contribution",
    },
    "es": {
        "Acknowledgement letter": "Carta de agradecimiento",
        "Pledge reminder": "Recordatorio de promesa de contribución",
    },
}


def _contribution(database: Database, options: Mapping[str, str]) -> Contribution:
    try:
        return ContributionsService(database).contribution(options["contribution"])
    except RecordNotFound as exc:
        raise DataError(f"There is no contribution {options['contribution']}.") from exc


def _acknowledgement_letter(database: Database, options: Mapping[str, str]) -> tuple[Letter, str]:
    entry, language = _contribution(database, options), _language(options)
    values = _common(database, entry) | {
        "amount": f"{entry.currency} {letter_amount(entry.amount, entry.currency, language)}",
        "amount_chf": letter_amount(entry.amount_chf, "CHF", language),
        "received_on": letter_date(entry.received_on, language),
        "year": str(entry.work_plan_year),
        "reference": entry.reference or "—",
        "kind": entry.kind.value.replace("_", "-"),
    }
    return _letter(database, "acknowledgement", values, entry.id, language)


def _reminder_letter(database: Database, options: Mapping[str, str]) -> tuple[Letter, str]:
    service, language = ContributionsService(database), _language(options)
    rows = [r for r in service.pledges({}, date.today()) if r.pledge.id == options["pledge"]]
    if not rows:
        raise DataError(f"There is no pledge {options['pledge']}.")
    row = rows[0]
    c = row.pledge.currency
    late = "".join(
        LATE_INSTALMENT.get(language, LATE_INSTALMENT["en"]).format(
            amount=f"{c} {letter_amount(i.amount, c, language)}",
            date=letter_date(i.due_on, language),
        )
        for i in row.overdue
    )
    values = _common(database, row.pledge) | {
        "pledge_total": f"{c} {letter_amount(row.pledge.total, c, language)}",
        "pledged_on": letter_date(row.pledge.pledged_on, language),
        "years": row.pledge.years,
        "received": f"{c} {letter_amount(row.balance.received, c, language)}",
        "outstanding": f"{c} {letter_amount(row.balance.outstanding, c, language)}",
        "overdue": late,
    }
    return _letter(database, "pledge_reminder", values, row.pledge.id, language)


# The sentence a reminder adds for each instalment overdue, in the letter's language.
LATE_INSTALMENT = {
    "en": " The instalment of {amount} was due on {date}.",
    "fr": " Le versement de {amount} était attendu le {date}.",
    "es": " El pago de {amount} vencía el {date}.",
}
LETTER_BUILDERS = {"acknowledgement": _acknowledgement_letter, "pledge-reminder": _reminder_letter}
LETTER_OPTION = {"acknowledgement": "contribution", "pledge-reminder": "pledge"}


def letters_pdf(
    database: Database, report: str, record_ids: list[str], language: str = DEFAULT_LANGUAGE
) -> bytes:
    """One PDF of the letters ``report`` (acknowledgement, pledge-reminder) for each record,
    one letter a page: what the batch action prints for the rows chosen."""
    from isu_desk.capabilities.contributions.reports import letters_report

    build = LETTER_BUILDERS[report]
    letters = [
        build(database, {LETTER_OPTION[report]: record_id, "language": language})
        for record_id in record_ids
    ]
    if not letters:
        raise DataError("Choose at least one row.")
    title = TITLES_IN.get(language, {}).get(letters[0][1], letters[0][1])
    meta = report_meta(database, title)
    printed_text, page_text = letterhead_words(meta.printed, language)
    meta = replace(meta, printed_text=printed_text, page_text=page_text)
    return letters_report([letter for letter, _ in letters], meta)


def _acknowledgement(database: Database, options: Mapping[str, str]) -> bytes:
    return letters_pdf(database, "acknowledgement", [options["contribution"]], _language(options))


def _reminder(database: Database, options: Mapping[str, str]) -> bytes:
    return letters_pdf(database, "pledge-reminder", [options["pledge"]], _language(options))


def _language(options: Mapping[str, str]) -> str:
    """The letter's language (en, fr, es); English unless chosen."""
    return options.get("language") or DEFAULT_LANGUAGE


# --- report builders ----------------------------------------------------------------


def _year(options: Mapping[str, str]) -> int:
    text = str(options.get("year") or date.today().year)
    if not text.isdigit() or not 2000 <= int(text) <= 2099:
        raise DataError(f"{text!r} is not a year; give --year 2025.")
    return int(text)


def _statement(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.contributions.reports import statement_report

    year = _year(options)
    data = statement(database, year)
    meta = report_meta(database, f"Contributions statement {year}", wide=True,
                       subtitle="Pledged, received and outstanding by donor")  # fmt: skip
    return statement_report(data, meta)


def _budget(database: Database, _options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.contributions.reports import BudgetYear, budget_report

    years = [BudgetYear(*row) for row in ContributionsService(database).budget_overview()]
    first, last = years[0].year, years[-1].year
    meta = report_meta(database, f"Budget and contributions {first}–{last}",
                       subtitle="Approved budget and contributions received, in CHF")  # fmt: skip
    return budget_report(years, meta)


REPORTS: dict[str, ReportSpec] = {
    "contributions-statement": ReportSpec(
        "contributions-statement",
        QT_TRANSLATE_NOOP("Capabilities", "Contributions statement (a year)"),
        ("year",),
        _statement,
    ),
    "budget": ReportSpec(
        "budget",
        QT_TRANSLATE_NOOP("Capabilities", "Budget and contributions 2021–2026"),
        (),
        _budget,
    ),
    "acknowledgement": ReportSpec(
        "acknowledgement",
        QT_TRANSLATE_NOOP("Capabilities", "Acknowledgement letter"),
        ("contribution",),
        _acknowledgement,
        optional=("language",),
    ),
    "pledge-reminder": ReportSpec(
        "pledge-reminder",
        QT_TRANSLATE_NOOP("Capabilities", "Pledge reminder"),
        ("pledge",),
        _reminder,
        optional=("language",),
    ),
}


def _contribution_choices(database: Database) -> list[tuple[str, str]]:
    """Every contribution as "20 Apr 2026 · Australia · AUD 20,000.00", newest first."""
    from isu_desk.capabilities.contributions.reports import amount
    from isu_desk.reports.letterhead import short_date

    rows = ContributionsService(database).contributions({}, 0, 100_000)
    return [
        (r["id"], f"{short_date(r['received_on'])} · {r['donor_name']} · "
                  f"{r['currency']} {amount(r['amount'], r['currency'])}")
        for r in rows
    ]  # fmt: skip


def _pledge_choices(database: Database) -> list[tuple[str, str]]:
    """Every pledge as "Norway · NOK 300,000.00 · 2025–2027"."""
    from isu_desk.capabilities.contributions.reports import amount

    rows = ContributionsService(database).pledges({}, date.today())
    return [
        (r.pledge.id, f"{r.donor_name} · {r.pledge.currency} "
                      f"{amount(r.pledge.total, r.pledge.currency)} · {r.pledge.years}")
        for r in rows
    ]  # fmt: skip


OPTION_CHOICES = {"contribution": _contribution_choices, "pledge": _pledge_choices}
