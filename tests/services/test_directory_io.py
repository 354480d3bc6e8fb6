"""Directory import and export: round trips, all-or-nothing imports, plain file errors."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from isu_desk.capabilities.directory.domain import Contact, Gender, Organisation, State, StateStatus
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.services.transfer import (
    columns,
    export_rows,
    import_file,
    write_export,
)
from isu_desk.domain.ids import seed_id
from isu_desk.domain.safe_text import spreadsheet_safe
from isu_desk.storage.changelog import Change, read_changes
from isu_desk.storage.database import Database

FRANCE = seed_id("state", "FRA")


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def _messages(result: object) -> list[str]:
    return [str(error) for error in result.errors]  # type: ignore[attr-defined]


@pytest.fixture
def gichd(directory: DirectoryService) -> Organisation:
    return directory.save(Organisation(id="", name="GICHD Geneva", acronym="GICHD")).unwrap()


def test_contacts_name_their_state_and_organisation(
    database: Database, directory: DirectoryService, gichd: Organisation
) -> None:
    directory.save(
        Contact(id="", name="José Peña", state_id=FRANCE, organisation_id=gichd.id)
    ).unwrap()

    header, rows = export_rows(database, "contacts")

    assert "state" in header and "organisation" in header and "state_id" not in header
    assert rows[0]["state"] == "FRA"
    assert rows[0]["organisation"] == "GICHD Geneva"


def test_state_export_then_import_changes_only_the_edited_row(
    database: Database, directory: DirectoryService, tmp_path: Path
) -> None:
    path = tmp_path / "states.csv"
    write_export(database, "states", "csv", path)
    text = path.read_text(encoding="utf-8-sig").replace(",Switzerland,", ",Confédération suisse,")
    _write(path, text)

    logged = len(read_changes_for(database))

    summary = import_file(database, "states", path).unwrap()

    assert (summary.created, summary.updated) == (0, 1)
    assert summary.unchanged == directory.count("states") - 1
    assert directory.get(State, seed_id("state", "CHE")).name == "Confédération suisse"
    new_entries = read_changes_for(database)[logged:]
    assert [(c.record_id, c.fields) for c in new_entries] == [
        (seed_id("state", "CHE"), {"name": "Confédération suisse"})
    ]


def test_rows_without_id_create_and_every_row_is_captured(
    database: Database, directory: DirectoryService, gichd: Organisation, tmp_path: Path
) -> None:
    before = len(read_changes_for(database))
    path = _write(
        tmp_path / "contacts.csv",
        "name,gender,state,organisation,email,languages\n"
        'Мария Иванова,female,fra,GICHD,maria@example.org,"ru, en"\n'
        "王小明,male,,gichd geneva,,zh\n",
    )

    summary = import_file(database, "contacts", path).unwrap()

    assert (summary.created, summary.updated) == (2, 0)
    by_name = {c.name: c for c in directory.all(Contact)}
    assert by_name["Мария Иванова"].state_id == FRANCE
    assert by_name["Мария Иванова"].gender is Gender.FEMALE
    assert by_name["王小明"].organisation_id == gichd.id
    assert len(read_changes_for(database)) == before + 2


def read_changes_for(database: Database) -> list[Change]:
    with database.transaction() as session:
        return list(read_changes(session, after_seq=0))


def test_bad_rows_are_all_listed_and_nothing_is_imported(
    database: Database, directory: DirectoryService, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "contacts.csv",
        "name,email,state,gender\n"
        "Good One,good@example.org,FRA,female\n"
        "Bad Mail,x,FRA,male\n"
        "Good Two,two@example.org,,\n"
        "No State,,ZZZ,\n"
        ",,,other\n",
    )

    result = import_file(database, "contacts", path)

    assert not result.ok
    assert _messages(result) == [
        "line 3: email: “x” is not an e-mail address (name@example.org).",
        "line 5: state: no State has the ISO code “ZZZ”.",
        "line 6: name: Name is required.",
    ]
    assert directory.count("contacts") == 0


def test_values_are_parsed_strictly(database: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "states.csv",
        "iso3,name,status,signature_date,least_developed\nXKA,Atlantis,party,03/12/2008,maybe\n",
    )

    messages = _messages(import_file(database, "states", path))

    assert messages == [
        "line 2: status: “party” is not one of state_party, signatory, not_party, withdrawn.",
        "line 2: signature_date: “03/12/2008” is not a date; write it as YYYY-MM-DD (2025-04-30).",
        "line 2: least_developed: “maybe” is not true or false "
        "(write true, false, yes, no, 1 or 0).",
    ]


def test_duplicate_iso3_unknown_id_and_taken_code_are_refused(
    database: Database, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "states.csv",
        "id,iso3,name,status,least_developed\n"
        ",XKA,Atlantis,not_party,yes\n"
        ",XKA,Atlantis again,not_party,no\n"
        "00000000-0000-4000-8000-000000000001,XKB,Nowhere,not_party,0\n"
        ",FRA,Second France,not_party,1\n",
    )

    messages = _messages(import_file(database, "states", path))

    assert messages == [
        "line 3: iso3: XKA is also on line 2.",
        "line 4: id: no state has the id 00000000-0000-4000-8000-000000000001.",
        "line 5: iso3: FRA is already used by France.",
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\n\n  \n", "is empty"),
        (b"PK\x03\x04\x00\x00binary", "is not a text file"),
        ("name\nJosé\n".encode("latin-1"), "is not UTF-8 text (line 2)"),
        (b"nom,courriel\nA,b\n", "unknown column(s) nom, courriel"),
        (b"email\nx@example.org\n", "required column(s) missing: name"),
        (b"name,name\nA,B\n", "column(s) name appear more than once"),
    ],
)
def test_unusable_files_give_one_plain_reason(
    database: Database, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)

    messages = _messages(import_file(database, "contacts", path))

    assert any(expected in message for message in messages), messages


def test_missing_file_and_folder_are_plain_errors(database: Database, tmp_path: Path) -> None:
    assert "does not exist" in _messages(import_file(database, "states", tmp_path / "no.csv"))[0]
    assert "is a folder" in _messages(import_file(database, "states", tmp_path))[0]


def test_wrong_number_of_fields_names_the_line(database: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "c.csv", "name,email\nA,a@example.org\nB,b@example.org,extra\n")

    assert _messages(import_file(database, "contacts", path)) == [
        "line 3: 3 values, but the header has 2 columns."
    ]


def test_bom_semicolons_and_multiline_notes_are_read(
    database: Database, directory: DirectoryService, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "orgs.csv",
        'name;acronym;kind;notes\r\nCluster Munition Coalition;CMC;ngo;"two\r\nlines"\r\n'
        "Bad;;charity;\r\n",
        encoding="utf-8-sig",
    )

    assert _messages(import_file(database, "organisations", path)) == [
        "line 4: kind: “charity” is not one of intergovernmental, international, ngo, "
        "foundation, other."
    ]
    path.write_bytes(path.read_bytes().replace(b"charity", b"other"))
    assert import_file(database, "organisations", path).unwrap().created == 2
    assert {o.notes for o in directory.all(Organisation)} == {"two\r\nlines", ""}


def test_json_export_has_the_csv_columns_with_typed_values(database: Database) -> None:
    stream = io.StringIO()
    write_export(database, "states", "json", stream)

    states = json.loads(stream.getvalue())

    assert list(states[0]) == list(columns("states"))
    lithuania = next(s for s in states if s["iso3"] == "LTU")
    assert lithuania["status"] == StateStatus.WITHDRAWN.value
    assert lithuania["least_developed"] is False
    assert lithuania["withdrawal_date"] == "2025-03-06"


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    max_size=30,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_TEXT.filter(lambda s: s.strip() == s and s.strip()), notes=_TEXT)
@example(name="'=x", notes="=SUM(1)")  # spreadsheet-safe cells, and a quote before one
def test_any_contact_text_round_trips(
    database: Database, directory: DirectoryService, tmp_path: Path, name: str, notes: str
) -> None:
    saved = directory.save(Contact(id="", name=name, notes=notes)).unwrap()
    path = tmp_path / "contacts.csv"
    path.unlink(missing_ok=True)
    write_export(database, "contacts", "csv", path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    row = next(r for r in rows if r["id"] == saved.id)
    # as typed, except that no spreadsheet runs it: "=…" is written "'=…"
    assert (row["name"], row["notes"]) == (spreadsheet_safe(name), spreadsheet_safe(notes))

    summary = import_file(database, "contacts", path).unwrap()

    assert summary.updated == 0 and summary.created == 0
    assert directory.get(Contact, saved.id) == replace(saved)
    directory.delete("contacts", saved.id)


def test_a_shared_organisation_name_round_trips_but_is_ambiguous_for_new_rows(
    database: Database, directory: DirectoryService, tmp_path: Path
) -> None:
    first = directory.save(Organisation(id="", name="Ministry of Defence")).unwrap()
    directory.save(Organisation(id="", name="Ministry of Defence"))
    directory.save(Contact(id="", name="Ana", organisation_id=first.id)).unwrap()
    path = tmp_path / "contacts.csv"
    write_export(database, "contacts", "csv", path)

    assert import_file(database, "contacts", path).unwrap().unchanged == 1
    with path.open("a", encoding="utf-8") as handle:
        handle.write(",Ben,,,,,Ministry of Defence,,,,\r\n")
    assert _messages(import_file(database, "contacts", path)) == [
        "line 3: organisation: 2 organisations are called “Ministry of Defence”."
    ]
