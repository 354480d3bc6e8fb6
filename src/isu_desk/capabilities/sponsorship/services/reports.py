"""Sponsorship's printed reports: what each needs from the database, and their catalogue.

``REPORTS`` has the shape of :data:`isu_desk.services.reports.REPORTS`, so
the CLI's ``report`` and the Reports window list them. reportlab is only
imported when a report is rendered. The round report's figures come from
:func:`~isu_desk.capabilities.sponsorship.domain.report.round_figures` over
the applications, their statuses reached and what the GICHD paid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from isu_desk.capabilities.contributions.api import ContributionsService, FundKind
from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.directory.api import State, UnRegion
from isu_desk.capabilities.sponsorship.domain.costs import ActualCost, CostKind
from isu_desk.capabilities.sponsorship.domain.letters import LetterKind
from isu_desk.capabilities.sponsorship.domain.records import Round
from isu_desk.capabilities.sponsorship.domain.report import Counts, ReportRow, round_figures
from isu_desk.capabilities.sponsorship.domain.wording import Language
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services import reading
from isu_desk.capabilities.sponsorship.services.letters import (
    STATUS_OF_KIND,
    FilledLetter,
    application_letter,
    call_letters,
    find_states,
    round_letters,
    write_separately,
)
from isu_desk.capabilities.sponsorship.services.service import ApplicationRow, SponsorshipService
from isu_desk.capabilities.sponsorship.storage import repo
from isu_desk.domain.errors import DataError
from isu_desk.domain.text import fold
from isu_desk.services.reports import ReportSpec, report_meta
from isu_desk.storage.database import Database

SPONSORED = frozenset({Status.ACCEPTED, Status.TRAVEL_BOOKED, Status.ATTENDED, Status.NO_SHOW})
REGION_LABELS = {
    UnRegion.AFRICAN: "African Group",
    UnRegion.ASIA_PACIFIC: "Asia-Pacific Group",
    UnRegion.EASTERN_EUROPEAN: "Eastern European Group",
    UnRegion.LATIN_AMERICAN_CARIBBEAN: "Latin American and Caribbean Group",
    UnRegion.WESTERN_EUROPEAN_OTHERS: "Western European and Others Group",
    None: "Group not recorded",
}


def find_round(database: Database, options: Mapping[str, str]) -> Round:
    given = str(options.get("round", "")).strip()
    found = SponsorshipService(database).find_round(given)
    if found is None:
        raise DataError(
            f"There is no sponsorship round “{given}”; give its meeting's code (14MSP)."
        )
    return found


def _kind(options: Mapping[str, str]) -> LetterKind:
    given = str(options.get("kind", "")).strip().lower()
    try:
        return LetterKind(given.replace("-", "").replace("_", ""))
    except ValueError:
        raise DataError(f"“{given}” is not a letter: use offer, regret or waitlist.") from None


def _language(options: Mapping[str, str]) -> Language | None:
    given = str(options.get("language", "") or "").strip().lower()
    if not given:
        return None
    if given not in {language.value for language in Language}:
        raise DataError(f"There are no sponsorship letters in “{given}”; use en, fr or es.")
    return Language(given)


def _subtitle(database: Database, round_: Round) -> str:
    return reading.meeting_of(database, round_.meeting_id).display_name


def render_letters(database: Database, letters: list[FilledLetter], title: str) -> bytes:
    from isu_desk.capabilities.sponsorship.reports.letters import LetterPage, letters_report

    if not letters:
        raise DataError("There is no letter to print: no application is in that status.")
    pages = [LetterPage(x.reference, x.subject, x.paragraphs) for x in letters]
    return letters_report(pages, report_meta(database, title))


def letters_pdf(
    database: Database, application_ids: list[str], kind: LetterKind, today: date
) -> bytes:
    """The letters of the chosen applications in one PDF, one a page (the window's button)."""
    letters = [application_letter(database, i, kind, today) for i in application_ids]
    return render_letters(database, letters, "Sponsorship Programme")


def save_separately(database: Database, letters: list[FilledLetter], folder: Path) -> list[Path]:
    """Each letter in its own PDF in ``folder`` (named by kind, State and application)."""
    if not letters:
        raise DataError("There is no letter to save: no application is in that status.")
    if not folder.is_dir():
        raise DataError(f"The folder {folder} does not exist; create it or choose another.")

    def one(letter: FilledLetter) -> bytes:
        return render_letters(database, [letter], "Sponsorship Programme")

    try:
        return write_separately(letters, folder, one)
    except OSError as error:
        raise DataError(f"Cannot write in {folder}: {error.strerror}.") from error


def letters_by_status(
    database: Database, application_ids: list[str], today: date
) -> list[FilledLetter]:
    """For the chosen applications, the letter each one's status calls for (offer, regret,
    wait-list); applications in another status get none."""
    wanted = {status: kind for kind, status in STATUS_OF_KIND.items()}
    service = SponsorshipService(database, lambda: today)
    letters = []
    for application_id in application_ids:
        kind = wanted.get(service.history(application_id).status)
        if kind is not None:
            letters.append(application_letter(database, application_id, kind, today))
    return letters


def round_letter_files(database: Database, round_given: str, kind: str, folder: Path) -> list[Path]:
    """A round's letters of ``kind`` (all offers, say) as separate files in ``folder``."""
    options = {"round": round_given, "kind": kind}
    round_ = find_round(database, options)
    letters = round_letters(database, round_.id, _kind(options), date.today())
    return save_separately(database, letters, folder)


def _letter(database: Database, options: Mapping[str, str]) -> bytes:
    given = str(options.get("application", "")).strip()
    letter = application_letter(database, given, _kind(options), date.today(), _language(options))
    return render_letters(database, [letter], "Sponsorship Programme")


def _batch(database: Database, options: Mapping[str, str]) -> bytes:
    round_ = find_round(database, options)
    letters = round_letters(database, round_.id, _kind(options), date.today())
    return render_letters(database, letters, "Sponsorship Programme")


def _call(database: Database, options: Mapping[str, str]) -> bytes:
    """To all missions, or (``state``: ISO codes or names, comma-separated) to each State."""
    round_ = find_round(database, options)
    language = _language(options) or Language.EN
    states = find_states(database, str(options.get("state", "") or ""))
    return call_pdf(database, round_.id, language, states)


def call_pdf(
    database: Database, round_id: str, language: Language, states: Sequence[State] = ()
) -> bytes:
    """The call for applications as a PDF: one note to all (no ``states``) or one a State."""
    letters = call_letters(database, round_id, date.today(), language, states)
    return render_letters(database, letters, "Sponsorship Programme")


def _sponsored(rows: list[ApplicationRow]) -> list[ApplicationRow]:
    chosen = [row for row in rows if row.status in SPONSORED]
    return sorted(chosen, key=lambda r: (fold(r.state_name), fold(r.application.nominee_name)))


def _delegates(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.sponsorship.reports.tables import delegates_report

    round_ = find_round(database, options)
    rows = [
        (r.state_name, r.application.nominee_name, r.application.nominee_title,
         r.application.nominee_gender.value.capitalize(), r.application.role.label)
        for r in _sponsored(SponsorshipService(database).applications(round_.id))
    ]  # fmt: skip
    meta = report_meta(
        database, "List of sponsored delegates", subtitle=_subtitle(database, round_)
    )
    return delegates_report(rows, meta)


def _payments(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.sponsorship.reports.tables import PaymentLine, payments_report

    round_ = find_round(database, options)
    with database.read() as session:
        costs = [reading.record(ActualCost, row) for row in repo.costs(session, round_id=round_.id)]
    lines = []
    for row in _sponsored(SponsorshipService(database).applications(round_.id)):
        mine = [c for c in costs if c.application_id == row.application.id]
        paid = {
            kind: sum((c.amount_chf for c in mine if c.kind is kind), Decimal(0))
            for kind in CostKind
        }
        other = sum(
            (paid[k] for k in (CostKind.TERMINAL, CostKind.HOTEL, CostKind.OTHER)), Decimal(0)
        )
        references = ", ".join(dict.fromkeys(c.gichd_reference for c in mine))
        lines.append(PaymentLine(
            row.state_name, row.application.nominee_name, row.application.dsa_days,
            round_.dsa_rate_chf, paid[CostKind.DSA], paid[CostKind.TICKET], other, references,
        ))  # fmt: skip
    meta = report_meta(
        database, "GICHD payment sheet", subtitle=_subtitle(database, round_), wide=True
    )
    return payments_report(lines, meta)


def report_rows(database: Database, round_id: str) -> list[ReportRow]:
    """Each application as the round report counts it."""
    with database.read() as session:
        view = reading.read_round(session, database, round_id)
        states = repo.states(session)
    rows = []
    for app in view.inputs.applications:
        state = states[app.state_id]
        region = UnRegion(state.un_region) if state.un_region else None
        rows.append(
            ReportRow(
                app.id,
                region,
                bool(state.least_developed),
                app.nominee_gender,
                app.first_time,
                view.histories[app.id].reached,
                view.inputs.paid.get(app.id, Decimal(0)),
            )
        )
    return rows


def donors(database: Database, year: int) -> tuple[str, ...]:
    """Who gave to the Sponsorship Programme fund in ``year`` (work-plan year), A to Z."""
    service = ContributionsService(database)
    names: set[str] = set()
    for fund in service.funds():
        if fund.kind is FundKind.SPONSORSHIP:
            filters = {"fund_id": fund.id, "work_plan_year": str(year)}
            names |= {str(row["donor_name"]) for row in service.contributions(filters, 0, 10_000)}
    return tuple(sorted(names, key=fold))


def _counts(counts: Counts) -> tuple[int, int, int, int, int]:
    return (counts.received, counts.offered, counts.accepted, counts.attended, counts.no_shows)


def report_tables(database: Database, round_: Round) -> Any:
    from isu_desk.capabilities.sponsorship.reports.tables import ReportTables

    figures = round_figures(report_rows(database, round_.id))
    year = reading.meeting_of(database, round_.meeting_id).start_date.year
    return ReportTables(
        total=_counts(figures.total),
        by_region=tuple((REGION_LABELS[r], _counts(c)) for r, c in figures.by_region),
        by_gender=tuple((g.value.capitalize(), _counts(c)) for g, c in figures.by_gender),
        groups=(("Least developed countries", _counts(figures.least_developed)),
                ("First-time participants", _counts(figures.first_time))),
        cost_total=figures.cost_total,
        cost_per_delegate=figures.cost_per_delegate,
        donors=donors(database, year),
        year=year,
    )  # fmt: skip


def _round_report(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.sponsorship.reports.tables import round_report

    round_ = find_round(database, options)
    title = "Report of the Sponsorship Programme"
    return round_report(
        report_tables(database, round_),
        report_meta(database, title, subtitle=_subtitle(database, round_)),
    )


def _round_choices(database: Database) -> list[tuple[str, str]]:
    return [(r.round.id, r.meeting_name) for r in SponsorshipService(database).rounds()]


OPTION_CHOICES = {"round": _round_choices}

REPORTS: dict[str, ReportSpec] = {
    "sponsorship-letter": ReportSpec(
        "sponsorship-letter",
        QT_TRANSLATE_NOOP("Capabilities", "Sponsorship letter (offer, regret, wait-list)"),
        ("application", "kind"),
        _letter,
        ("language",),
    ),
    "sponsorship-letters": ReportSpec(
        "sponsorship-letters",
        QT_TRANSLATE_NOOP("Capabilities", "Sponsorship letters of a round (one a page)"),
        ("round", "kind"),
        _batch,
    ),
    "sponsorship-call": ReportSpec(
        "sponsorship-call",
        QT_TRANSLATE_NOOP("Capabilities", "Call for sponsorship applications"),
        ("round",),
        _call,
        ("language", "state"),
    ),
    "sponsored-delegates": ReportSpec(
        "sponsored-delegates",
        QT_TRANSLATE_NOOP("Capabilities", "List of sponsored delegates"),
        ("round",),
        _delegates,
    ),
    "sponsorship-payments": ReportSpec(
        "sponsorship-payments",
        QT_TRANSLATE_NOOP("Capabilities", "GICHD payment sheet"),
        ("round",),
        _payments,
    ),
    "sponsorship-report": ReportSpec(
        "sponsorship-report",
        QT_TRANSLATE_NOOP("Capabilities", "Report of the Sponsorship Programme"),
        ("round",),
        _round_report,
    ),
}
