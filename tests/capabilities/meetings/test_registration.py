"""Importing a registration list: accents and case ignored, new people confirmed, no duplicates."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from isu_desk.capabilities.meetings.directory import (
    Contact,
    DirectoryService,
    Organisation,
    OrganisationKind,
    State,
)
from isu_desk.capabilities.meetings.domain.records import DelegationCategory
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.registration import (
    apply_registration,
    preview_registration,
)
from isu_desk.storage.database import Database

HEADER = "Name,Given name,Title,Delegation,E-mail\n"


def _existing(directory: DirectoryService) -> dict[str, str]:
    states = {s.iso3: s.id for s in directory.all(State)}
    icrc = directory.save(
        Organisation("", "International Committee of the Red Cross", "ICRC",
                     OrganisationKind.INTERNATIONAL)
    ).unwrap()  # fmt: skip
    jose = directory.save(Contact("", "José Núñez", "Mr.", state_id=states["CIV"])).unwrap()
    return {"jose": jose.id, "icrc": icrc.id, "CIV": states["CIV"]}


def test_a_list_matches_people_and_delegations_ignoring_accents_and_case(
    database: Database, directory: DirectoryService, meetings: MeetingsService, tmp_path: Path
) -> None:
    known = _existing(directory)
    msp = meetings.find_meeting("13MSP")
    assert msp is not None
    path = tmp_path / "registrations.csv"
    path.write_text(
        HEADER
        + "NUNEZ,Jose,Mr.,COTE D'IVOIRE,\n"
        + "Koné,Aminata,Ms.,Côte d’Ivoire,a.kone@example.org\n"
        + "Dupont,Claire,Ms.,icrc,c.dupont@example.org\n",
        encoding="utf-8",
    )
    preview = preview_registration(database, msp.id, path).unwrap()
    assert [line.contact_id for line in preview.lines] == [known["jose"], None, None]
    assert [line.state_id for line in preview.lines][:2] == [known["CIV"], known["CIV"]]
    assert preview.lines[2].category is DelegationCategory.INTERNATIONAL_ORGANISATIONS
    assert preview.lines[0].category is DelegationCategory.STATES_PARTIES
    assert [line.name for line in preview.new_people] == ["Aminata Koné", "Claire Dupont"]

    # Only the confirmed new person is created; the other waits.
    assert [line.line for line in preview.new_people] == [3, 4]  # file lines, header is 1
    first = apply_registration(database, preview, confirmed={3}).unwrap()
    assert (first.contacts_created, first.participants_added, first.not_confirmed) == (1, 2, 1)
    everyone = apply_registration(database, preview).unwrap()
    assert (everyone.contacts_created, everyone.participants_added) == (1, 1)
    assert everyone.already_listed == 2

    # The same file again: everyone is matched and listed; nothing is created twice.
    again = preview_registration(database, msp.id, path).unwrap()
    assert again.new_people == () and all(line.listed for line in again.lines)
    rerun = apply_registration(database, again).unwrap()
    assert (rerun.contacts_created, rerun.participants_added, rerun.already_listed) == (0, 0, 3)
    names = [c.name for c in directory.all(Contact)]
    assert sorted(names) == ["Aminata Koné", "Claire Dupont", "José Núñez"]
    assert len(meetings.participants(msp.id)) == 3


def test_every_line_that_cannot_be_placed_is_named_and_nothing_is_written(
    database: Database, directory: DirectoryService, meetings: MeetingsService, tmp_path: Path
) -> None:
    _existing(directory)
    msp = meetings.find_meeting("13MSP")
    assert msp is not None
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER + "Nunez,Jose,,Atlantis,\n" + ",Nobody,,France,\n" + "Smith,Ann,,France,x\n",
        encoding="utf-8",
    )
    result = preview_registration(database, msp.id, path)
    assert [str(e) for e in result.errors] == [
        "line 2: no State or organisation is called “Atlantis”; add it first.",
        "line 3: name and delegation are required.",
    ]
    preview = preview_registration(database, msp.id, tmp_path / "missing.csv")
    assert "Cannot read missing.csv" in str(preview.errors[0])
    bad_email = tmp_path / "email.csv"
    bad_email.write_text(HEADER + "Smith,Ann,,France,not-an-address\n", encoding="utf-8")
    applied = apply_registration(
        database, preview_registration(database, msp.id, bad_email).unwrap()
    )
    assert "line 2: email" in str(applied.errors[0])
    assert meetings.participants(msp.id) == []


def test_an_excel_list_is_read_too(
    database: Database, directory: DirectoryService, meetings: MeetingsService, tmp_path: Path
) -> None:
    known = _existing(directory)
    msp = meetings.find_meeting("12MSP")
    assert msp is not None
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Given name", "Title", "Delegation", "E-mail"])
    sheet.append(["Núñez", "José", "Mr.", "CIV", None])
    path = tmp_path / "registrations.xlsx"
    book.save(path)
    preview = preview_registration(database, msp.id, path).unwrap()
    assert [line.contact_id for line in preview.lines] == [known["jose"]]
