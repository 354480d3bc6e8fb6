"""Import and export of applications and GICHD payments, and the demo data."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from tests.capabilities.sponsorship.conftest import TODAY, application, state_ids

from isu_desk.capabilities.sponsorship.domain.records import Round
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services import budget, transfer
from isu_desk.capabilities.sponsorship.services.demo import load_demo
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.storage.database import Database


def test_applications_go_out_and_come_back_by_iso_code_and_meeting_code(
    sponsorship: SponsorshipService, round_: Round, database: Database, tmp_path: Path
) -> None:
    ids = state_ids(database)
    sponsorship.save_application(application(round_, ids["LAO"], "ສົມພອນ ແກ້ວມະນີ")).unwrap()
    target = tmp_path / "apps.csv"
    assert transfer.write_export(database, "sponsorship-applications", "csv", target) == 1
    with target.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert (rows[0]["state"], rows[0]["round_id"], rows[0]["status"]) == (
        "LAO",
        "14MSP",
        "received",
    )
    rows[0]["id"] = ""
    rows[0]["nominee_name"] = "Nguyễn Thị Lan"
    rows[0]["state"] = "VNM" if "VNM" in ids else "KHM"
    second = dict(rows[0], nominee_name="Bad", ticket_chf="12.345", state="ZZZ")
    with target.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, list(rows[0]))
        writer.writeheader()
        writer.writerows([dict(rows[0], state="AFG"), second])
    refused = transfer.import_file(database, "sponsorship-applications", target)
    assert [e.field for e in refused.errors] == ["line 3"]
    assert len(sponsorship.applications(round_.id)) == 1  # nothing imported
    with target.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, list(rows[0]))
        writer.writeheader()
        writer.writerow(dict(rows[0], state="AFG"))
    assert transfer.import_file(database, "sponsorship-applications", target).unwrap().created == 1
    names = {row.application.nominee_name for row in sponsorship.applications(round_.id)}
    assert names == {"ສົມພອນ ແກ້ວມະນີ", "Nguyễn Thị Lan"}


def test_a_payments_file_past_the_budget_is_refused_whole(
    sponsorship: SponsorshipService, round_: Round, database: Database, tmp_path: Path
) -> None:
    app = sponsorship.save_application(
        application(round_, state_ids(database)["LAO"], "A")
    ).unwrap()
    rows = [
        {"application_id": app.id, "kind": "ticket", "amount_chf": "1000.00",
         "paid_on": TODAY.isoformat(), "gichd_reference": "G-1"},
        {"application_id": app.id, "kind": "dsa", "amount_chf": "9500.00",
         "paid_on": TODAY.isoformat(), "gichd_reference": "G-2"},
        {"application_id": app.id, "kind": "other", "amount_chf": "5",
         "paid_on": "1.1.2026", "gichd_reference": ""},
    ]  # fmt: skip
    target = tmp_path / "costs.json"
    target.write_text(json.dumps(rows), encoding="utf-8")
    refused = transfer.import_file(database, "sponsorship-costs", target)
    assert [e.field for e in refused.errors] == ["line 2", "line 3"]  # JSON: records from 1
    assert "past its budget" in refused.errors[0].message
    assert budget.round_budget(database, round_.id).spent == 0
    target.write_text(json.dumps(rows[:1]), encoding="utf-8")
    transfer.import_file(database, "sponsorship-costs", target).unwrap()
    assert budget.round_budget(database, round_.id).spent == 1000


def test_the_demo_has_a_next_round_of_25_in_every_status_before_the_meeting(
    database: Database,
) -> None:
    loaded = load_demo(database, TODAY)
    assert loaded.skipped == []
    assert load_demo(database, TODAY).added_by_kind == {}
    service = SponsorshipService(database, lambda: TODAY)
    rounds = service.rounds()
    assert [r.meeting_name.split()[0] for r in rounds] == ["14MSP", "13MSP"]
    upcoming = service.applications(rounds[0].round.id)
    assert len(upcoming) == 25
    before = set(Status) - {Status.ATTENDED, Status.NO_SHOW}
    assert {row.status for row in upcoming} == before
    past = service.applications(rounds[1].round.id)
    assert {Status.ATTENDED, Status.NO_SHOW} <= {row.status for row in past}
    assert all(row.paid > 0 for row in past if row.status is Status.ATTENDED)


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
@pytest.mark.parametrize("kind", ["sponsorship-applications", "sponsorship-costs"])
def test_export_import_export_changes_nothing(
    database: Database, tmp_path: Path, kind: str, fmt: str
) -> None:
    load_demo(database, TODAY)
    first = tmp_path / f"first.{fmt}"
    count = transfer.write_export(database, kind, fmt, first)
    summary = transfer.import_file(database, kind, first).unwrap()
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, count)
    second = tmp_path / f"second.{fmt}"
    transfer.write_export(database, kind, fmt, second)
    if fmt != "xlsx":
        assert first.read_bytes() == second.read_bytes()
