"""Contributions ledger rules: reversals and corrections, CHF figures, dates, and the same
checks on imported rows (bad files, columns, ids, lines)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from isu_desk.capabilities.contributions.domain.records import (
    CONFIRM_FIELD,
    Contribution,
    EntryType,
    ExchangeRate,
    Fund,
    FundKind,
    Instalment,
    Pledge,
    chf_equivalent,
)
from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.capabilities.contributions.services.transfer import import_file, write_export
from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.errors import RecordNotFound
from isu_desk.storage.database import Database

TODAY = date(2026, 6, 1)


@pytest.fixture
def service(database: Database) -> ContributionsService:
    service = ContributionsService(database)
    service.ensure_default_funds()
    service.save_rate(ExchangeRate("", "NOK", date(2025, 1, 1), Decimal("0.08")))
    return service


def donor(service: ContributionsService, name: str = "Norway") -> str:
    return next(i for kind, i, n in service.donors() if n == name)


def make_pledge(service: ContributionsService, total: str = "30000") -> Pledge:
    pledge = Pledge(
        "", donor(service), None, DEFAULT_FUNDS[0].id, date(2025, 1, 10), "NOK",
        Decimal(total), 2025, 2027,
    )  # fmt: skip
    schedule = [Instalment("", "", date(2025, 3, 31), Decimal(total))]
    return service.save_pledge(pledge, schedule).unwrap()


def pay(service: ContributionsService, pledge: Pledge, amount: str = "1000") -> Contribution:
    draft = service.payment_for(pledge.id, TODAY)
    figure = Decimal(amount)
    return replace(draft, amount=figure, amount_chf=chf_equivalent(figure, draft.rate_to_chf))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- 1: an import obeys the rules of a change made in the app ---------------------


def test_importing_a_pledge_cannot_change_its_currency_once_paid(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    pledge = make_pledge(service)
    service.record(pay(service, pledge)).unwrap()
    path = write(
        tmp_path / "p.csv",
        "id,donor,fund,currency,total,pledged_on,years\n"
        f"{pledge.id},NOR,ISU core budget,EUR,30000,2025-01-10,2025-2027\n",
    )
    result = import_file(database, "pledges", path)
    assert not result.ok and "currency" in str(result.errors[0])
    assert service.pledge(pledge.id).currency == "NOK"


def test_importing_a_new_total_must_match_the_kept_schedule(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    pledge = make_pledge(service)
    path = write(
        tmp_path / "p.csv",
        "id,donor,fund,currency,total,pledged_on,years\n"
        f"{pledge.id},NOR,ISU core budget,NOK,50000,2025-01-10,2025-2027\n",
    )
    result = import_file(database, "pledges", path)
    assert not result.ok and "instalments add up" in str(result.errors[0])
    assert service.pledge(pledge.id).total == Decimal("30000")


# --- 3: the CHF equivalent ---------------------------------------------------------


def test_a_chf_amount_that_is_not_amount_times_rate_asks_for_confirmation(
    service: ContributionsService,
) -> None:
    pledge = make_pledge(service)
    wrong = replace(pay(service, pledge), amount_chf=Decimal("1.00"))
    first = service.record(wrong)
    assert [e.field for e in first.errors] == [CONFIRM_FIELD]
    assert "CHF 80.00" in first.errors[0].message
    assert service.summary({}) == (0, Decimal(0))
    assert service.record(wrong, confirmed=True).ok
    assert service.summary({}) == (1, Decimal("1.00"))


def test_importing_a_payment_with_a_wrong_chf_amount_says_the_expected_figure(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "c.csv",
        "donor,fund,currency,amount,rate_to_chf,amount_chf,received_on\n"
        "NOR,ISU core budget,NOK,1000,0.08,1.00,2025-05-01\n",
    )
    result = import_file(database, "contributions", path)
    assert not result.ok and "CHF 80.00" in str(result.errors[0])


# --- 4: corrections ----------------------------------------------------------------


@pytest.fixture
def paid(service: ContributionsService) -> Contribution:
    return service.record(pay(service, make_pledge(service))).unwrap()


def test_a_reversed_payment_cannot_be_edited(
    service: ContributionsService, paid: Contribution
) -> None:
    service.reverse(paid.id, TODAY, "returned").unwrap()
    edited = service.record(replace(paid, amount=Decimal("400"), amount_chf=Decimal("32.00")))
    assert not edited.ok and "corrections" in edited.errors[0].message
    assert service.summary({}) == (2, Decimal("0.00"))


def test_a_reversal_row_cannot_be_edited(service: ContributionsService, paid: Contribution) -> None:
    reversal = service.reverse(paid.id, TODAY, "returned").unwrap()
    edited = service.record(replace(reversal, amount=Decimal("-1"), amount_chf=Decimal("-0.08")))
    assert not edited.ok and "Only a payment" in edited.errors[0].message
    assert service.summary({}) == (2, Decimal("0.00"))


def test_a_reversal_must_cancel_exactly_the_payment(
    service: ContributionsService, paid: Contribution
) -> None:
    huge = replace(
        paid, id="", amount=Decimal("-99999"), amount_chf=Decimal("-7999.92"),
        entry=EntryType.REVERSAL, corrects_id=paid.id,
    )  # fmt: skip
    refused = service.record(huge, confirmed=True)
    assert not refused.ok and "NOK -1,000" in refused.errors[0].message
    other = replace(huge, amount=Decimal("-1000"), amount_chf=Decimal("-80.00"), currency="EUR")
    assert not service.record(other, confirmed=True).ok
    missing = replace(huge, corrects_id="no such payment")
    assert "recorded payment" in service.record(missing).errors[0].message
    assert service.summary({}) == (1, Decimal("80.00"))


def test_a_payment_is_reversed_only_once_even_through_record(
    service: ContributionsService, paid: Contribution
) -> None:
    reversal = service.reverse(paid.id, TODAY, "returned").unwrap()
    again = service.record(replace(reversal, id=""), confirmed=True)
    assert not again.ok and "already reversed" in again.errors[0].message
    assert service.summary({}) == (2, Decimal("0.00"))


def test_a_correction_cannot_be_adjusted(service: ContributionsService, paid: Contribution) -> None:
    reversal = service.reverse(paid.id, TODAY, "returned").unwrap()
    adjusted = service.adjust(reversal.id, (Decimal("500"), Decimal("40"), None), TODAY, "x")
    assert not adjusted.ok
    assert service.summary({}) == (2, Decimal("0.00"))


def test_reversing_after_an_adjustment_cancels_both(
    service: ContributionsService, paid: Contribution
) -> None:
    service.adjust(paid.id, (Decimal("-25"), Decimal("-2"), None), TODAY, "bank charges").unwrap()
    reversal = service.reverse(paid.id, TODAY, "returned in full").unwrap()
    assert reversal.amount == Decimal("-975") and reversal.amount_chf == Decimal("-78.00")
    assert service.summary({}) == (3, Decimal("0.00"))
    (row,) = service.pledges({}, TODAY)
    assert row.balance.received == 0


# --- 9, 21: unreadable files and digits that are not 0-9 ----------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("fake.xlsx", b"not a zip"),
        ("huge.csv", b'donor,fund\n"' + b"x" * 200_000 + b'",f\n'),
    ],
)
def test_an_unreadable_file_is_a_plain_message(
    database: Database, service: ContributionsService, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = import_file(database, "pledges", path)
    assert not result.ok and f"Cannot read {name}" in str(result.errors[0])


def test_a_year_in_superscript_digits_is_refused(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "b.csv",
        "year,line,amount_chf\n\u00b2\u2070\u00b2\u2075,Staff,1000\n",
    )
    result = import_file(database, "budget", path)
    assert not result.ok and "whole number" in str(result.errors[0])


# --- 12: empty files and unknown columns ---------------------------------------------


@pytest.mark.parametrize("text", ["", "currency,valid_from,rate_to_chf\n", "[]"])
def test_a_file_without_rows_imports_nothing_and_says_so(
    database: Database, service: ContributionsService, tmp_path: Path, text: str
) -> None:
    path = write(tmp_path / ("r.json" if text == "[]" else "r.csv"), text)
    result = import_file(database, "rates", path)
    assert not result.ok and "no rows" in str(result.errors[0])


def test_misspelt_and_missing_columns_are_reported(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(tmp_path / "r.csv", "currency,valid_from,rate,notse\nEUR,2025-01-01,0.93,x\n")
    result = import_file(database, "rates", path)
    messages = " ".join(str(e) for e in result.errors)
    assert "'notse'" in messages and "'rate'" in messages
    assert "Missing column(s): rate_to_chf" in messages
    assert len(service.rates()) == 1  # only the fixture's NOK rate


def test_column_names_are_not_case_sensitive(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "r.csv", "Currency,Valid_From,Rate_To_CHF,Notes\nEUR,2025-01-01,0.93,x\n"
    )
    assert import_file(database, "rates", path).ok
    assert {r.currency for r in service.rates()} == {"NOK", "EUR"}


# --- 13, 7: rows that refer to other rows ---------------------------------------------

PAYMENT_ID = "3f2b8a57-3c1e-4d52-9a64-0c7d2a1e9b01"
REVERSAL_ID = "0a1b8a57-3c1e-4d52-9a64-0c7d2a1e9b02"
LEDGER = "id,donor,fund,currency,amount,rate_to_chf,amount_chf,received_on,entry,corrects_id\n"


def test_the_same_new_id_twice_in_a_file_names_both_lines(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "b.csv",
        f"id,year,line,amount_chf\n{PAYMENT_ID},2025,Staff,100\n{PAYMENT_ID},2025,Travel,50\n",
    )
    result = import_file(database, "budget", path)
    assert [str(e) for e in result.errors] == [f"line 3: id {PAYMENT_ID} is already on line 2."]


def test_a_reversal_before_its_payment_in_the_file_imports(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "c.csv",
        LEDGER + f"{REVERSAL_ID},NOR,ISU core budget,NOK,-1000,0.08,-80.00,2025-05-02,reversal,"
        f"{PAYMENT_ID}\n"
        f"{PAYMENT_ID},NOR,ISU core budget,NOK,1000,0.08,80.00,2025-05-01,payment,\n",
    )
    assert import_file(database, "contributions", path).unwrap().created == 2
    assert service.summary({}) == (2, Decimal("0.00"))


def test_a_correction_of_an_entry_that_is_nowhere_is_reported_by_line(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "c.csv",
        LEDGER + f",NOR,ISU core budget,NOK,-1000,0.08,-80.00,2025-05-02,reversal,{PAYMENT_ID}\n",
    )
    result = import_file(database, "contributions", path)
    assert not result.ok and str(result.errors[0]).startswith("line 2: corrects_id")


def test_the_ledger_export_lists_payments_before_their_corrections(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "c.csv",
        LEDGER + f"{REVERSAL_ID},NOR,ISU core budget,NOK,-1000,0.08,-80.00,2025-05-02,reversal,"
        f"{PAYMENT_ID}\n"
        f"{PAYMENT_ID},NOR,ISU core budget,NOK,1000,0.08,80.00,2025-05-01,payment,\n",
    )
    import_file(database, "contributions", path).unwrap()
    out = tmp_path / "export.csv"
    write_export(database, "contributions", "csv", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith(PAYMENT_ID) and lines[2].startswith(REVERSAL_ID)


# --- 11: one exchange rate per currency and date ----------------------------------------


def test_a_second_rate_for_the_same_currency_and_date_is_refused(
    service: ContributionsService,
) -> None:
    saved = service.save_rate(ExchangeRate("", "EUR", date(2025, 1, 1), Decimal("0.93"))).unwrap()
    again = service.save_rate(ExchangeRate("", "EUR", date(2025, 1, 1), Decimal("0.95")))
    assert not again.ok and "exists already" in again.errors[0].message
    assert service.save_rate(replace(saved, rate_to_chf=Decimal("0.94"))).ok
    assert service.proposed_rate("EUR", date(2025, 2, 1)) == Decimal("0.94")


def test_importing_a_rate_twice_for_the_same_date_is_refused(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "r.csv",
        "currency,valid_from,rate_to_chf\nEUR,2025-01-01,0.93\nEUR,2025-01-01,0.95\n"
        "NOK,2025-01-01,0.09\n",
    )
    messages = [str(e) for e in import_file(database, "rates", path).errors]
    assert messages == [
        "line 3: a EUR rate from 2025-01-01 is already on line 2.",
        "line 4: a NOK rate from 2025-01-01 is already in the database.",
    ]


# --- 19, 14, 16 -------------------------------------------------------------------------


def test_a_payment_for_an_unknown_pledge_is_record_not_found(
    service: ContributionsService,
) -> None:
    with pytest.raises(RecordNotFound):
        service.payment_for("no such pledge", TODAY)


def test_a_fund_name_used_twice_is_reported_not_guessed(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    service.save_fund(Fund("", "isu CORE budget", FundKind.EARMARKED)).unwrap()
    path = write(
        tmp_path / "p.csv",
        "donor,fund,currency,total,pledged_on,years\nNOR,ISU core budget,NOK,10,2025-01-10,2025\n",
    )
    result = import_file(database, "pledges", path)
    assert not result.ok and "names two funds" in str(result.errors[0])


def test_an_organisation_name_used_twice_is_reported_not_guessed(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    directory = DirectoryService(database)
    directory.save(Organisation(id="", name="Mines Trust", acronym="MT")).unwrap()
    directory.save(Organisation(id="", name="MINES TRUST")).unwrap()
    directory.save(Organisation(id="", name="Other", acronym="MT")).unwrap()
    for donor_name in ("Mines Trust", "mt"):
        path = write(
            tmp_path / "p.csv",
            "donor,fund,currency,total,pledged_on,years\n"
            f"{donor_name},ISU core budget,NOK,10,2025-01-10,2025\n",
        )
        result = import_file(database, "pledges", path)
        assert not result.ok and "names two organisations" in str(result.errors[0])


def test_money_received_in_the_future_is_refused(service: ContributionsService) -> None:
    draft = pay(service, make_pledge(service))
    future = replace(draft, received_on=date.today() + timedelta(days=1))
    result = service.record(future)
    assert not result.ok and "future" in result.errors[0].message


def test_an_acknowledgement_before_the_money_came_is_refused(
    service: ContributionsService, paid: Contribution
) -> None:
    early = service.acknowledge(paid.id, date(2001, 1, 1))
    assert not early.ok and "before the money was received" in early.errors[0].message
    assert service.contribution(paid.id).acknowledged_on is None


def test_importing_an_acknowledgement_before_receipt_is_refused(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "c.csv",
        "donor,fund,currency,amount,rate_to_chf,received_on,acknowledged_on\n"
        "NOR,ISU core budget,NOK,1000,0.08,2025-05-01,2025-04-01\n",
    )
    result = import_file(database, "contributions", path)
    assert not result.ok and "acknowledged_on" in str(result.errors[0])


def test_a_confirmed_bank_chf_figure_survives_export_and_import(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    draft = replace(pay(service, make_pledge(service)), amount_chf=Decimal("79.55"))
    service.record(draft, confirmed=True).unwrap()
    out = tmp_path / "ledger.csv"
    write_export(database, "contributions", "csv", out)
    assert import_file(database, "contributions", out).unwrap().unchanged == 1


def test_an_imported_reversal_obeys_the_apps_correction_rules(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "c.csv",
        LEDGER + f"{PAYMENT_ID},NOR,ISU core budget,NOK,1000,0.08,80.00,2025-05-01,payment,\n"
        f"{REVERSAL_ID},NOR,ISU core budget,NOK,-99999,0.08,-7999.92,2025-05-02,reversal,"
        f"{PAYMENT_ID}\n"
        f",NOR,ISU core budget,NOK,-1000,0.08,-80.00,2025-05-03,reversal,{PAYMENT_ID}\n",
    )
    result = import_file(database, "contributions", path)
    assert not result.ok and "A reversal cancels the payment" in str(result.errors[0])
    assert service.summary({}) == (0, Decimal(0))
