"""Import and export of pledges, contributions, budget and rates (CSV, JSON, xlsx)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.services.transfer import import_file, write_export
from isu_desk.storage.database import Database

PLEDGES = """id,donor,fund,currency,total,pledged_on,years,notes
,NOR,ISU core budget,NOK,300000,2025-01-15,2025-2027,three years
,AUT,ISU core budget,EUR,20000.50,2025-02-01,2025,
"""


@pytest.fixture
def service(database: Database) -> ContributionsService:
    service = ContributionsService(database)
    service.ensure_default_funds()
    return service


def test_bad_rows_are_listed_by_line_and_nothing_is_imported(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    path = tmp_path / "pledges.csv"
    path.write_text(
        PLEDGES + ",NOR,ISU core budget,NOK,1'234.50,2025-01-15,2025,\n"
        ",XXX,ISU core budget,EUR,1 234,50,2025-01-15,2025,\n"
        ",AUT,ISU core budget,EUR,100,1925-01-15,2027-2025,\n",
        encoding="utf-8",
    )
    result = import_file(database, "pledges", path)
    messages = [str(e) for e in result.errors]
    assert any(m.startswith("line 4:") and "1234.50" in m for m in messages)
    assert any(m.startswith("line 5:") and "XXX" in m for m in messages)
    assert any(m.startswith("line 6:") and "pledged_on" in m for m in messages)
    assert any(m.startswith("line 6:") and "years" in m for m in messages)
    assert service.pledges({}, date(2025, 6, 1)) == []


@pytest.mark.parametrize("suffix", ["csv", "json", "xlsx"])
def test_export_then_import_round_trips(
    database: Database, service: ContributionsService, tmp_path: Path, suffix: str
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(PLEDGES, encoding="utf-8")
    assert import_file(database, "pledges", source).unwrap().created == 2
    rates = tmp_path / "rates.csv"
    rates.write_text("id,currency,valid_from,rate_to_chf,notes\n,NOK,2025-01-01,0.081234,UN\n")
    assert import_file(database, "rates", rates).ok
    nok = next(
        r.pledge for r in service.pledges({}, date(2025, 6, 1)) if r.pledge.currency == "NOK"
    )
    contributions = tmp_path / "c.csv"
    contributions.write_text(
        "id,donor,pledge_id,fund,kind,form,currency,amount,received_on,work_plan_year\n"
        f",NOR,{nok.id},ISU core budget,multi_year,financial,NOK,100000.00,2025-03-01,2025\n"
    )
    result = import_file(database, "contributions", contributions)
    assert result.ok, result.errors
    (paid,) = service.contributions({})
    assert paid["rate_to_chf"] == Decimal("0.081234") and paid["amount_chf"] == Decimal("8123.40")
    exported = tmp_path / f"out.{suffix}"
    assert write_export(database, "contributions", suffix, exported) == 1
    again = import_file(database, "contributions", exported).unwrap()
    assert (again.created, again.unchanged) == (0, 1)
    pledges_out = tmp_path / f"pledges.{suffix}"
    write_export(database, "pledges", suffix, pledges_out)
    assert import_file(database, "pledges", pledges_out).unwrap().unchanged == 2


def test_pledge_export_shows_outstanding_and_status(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(PLEDGES, encoding="utf-8")
    import_file(database, "pledges", source).unwrap()
    out = tmp_path / "p.csv"
    write_export(database, "pledges", "csv", out)
    text = out.read_text(encoding="utf-8")
    assert "received,outstanding,status" in text.splitlines()[0]
    assert "2025-2027" in text and ",pledged" in text and "20000.5" in text


def test_cli_import_lists_bad_lines_and_export_writes_xlsx(
    database: Database, service: ContributionsService, data_dir: Path, tmp_path: Path, capsys
) -> None:
    from isu_desk.cli import main

    bad = tmp_path / "bad.csv"
    bad.write_text(PLEDGES + ",NOR,ISU core budget,NOK,1'000,2025-01-15,2025,\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", "pledges", str(bad)]) == 1
    assert "line 4" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_text(PLEDGES, encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", "pledges", str(good)]) == 0
    out = tmp_path / "p.xlsx"
    args = ["--data-dir", str(data_dir), "export", "pledges", "--format", "xlsx", "-o", str(out)]
    assert main(args) == 0
    assert "Exported 2 pledges" in capsys.readouterr().out


def test_a_row_with_more_cells_than_the_header_is_refused_not_trimmed(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text(
        "currency,valid_from,rate_to_chf,notes\n"
        "NOK,2025-01-01,0.081234,UN rate\n"
        "EUR,2025-01-01,0.93,UN rate, January\n",
        encoding="utf-8",
    )

    result = import_file(database, "rates", rates)

    assert [str(e) for e in result.errors] == ["line 3: 5 values, but the header has 4 columns."]
    assert service.rates() == []


def test_an_import_checks_and_writes_in_one_transaction(
    database: Database, service: ContributionsService, tmp_path: Path
) -> None:
    from sqlalchemy import event

    begun: list[object] = []

    def count(connection: object) -> None:
        begun.append(connection)

    event.listen(database.engine, "begin", count)
    source = tmp_path / "pledges.csv"
    source.write_text(PLEDGES, encoding="utf-8")
    try:
        assert import_file(database, "pledges", source).unwrap().created == 2
    finally:
        event.remove(database.engine, "begin", count)
    assert len(begun) == 1
