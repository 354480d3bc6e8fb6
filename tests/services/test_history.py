"""History, restore and undelete through the service and the command line."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from isu_desk.capabilities.directory.domain import Contact, Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.cli import main
from isu_desk.services.history import HistoryService
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage.database import Database


def test_each_change_has_its_old_and_new_value(database: Database) -> None:
    directory = DirectoryService(database)
    org = directory.save(Organisation(id="", name="GICHD")).unwrap()
    contact = directory.save(Contact(id="", name="Ann", email="a@b.org")).unwrap()
    directory.save(replace(contact, email="ann@b.org", organisation_id=org.id))
    entries = HistoryService(database).history("contacts", contact.id)
    changed = [(e.action, e.label, e.old, e.new) for e in entries if e.action == "changed"]
    assert changed == [("changed", "Organisation", "", "GICHD"),
                       ("changed", "Email", "a@b.org", "ann@b.org")]  # fmt: skip
    assert {e.workstation for e in entries} == {"Test desk"}
    assert not any(e.from_sync for e in entries)


def test_a_restore_is_checked_like_an_edit(database: Database) -> None:
    directory, history = DirectoryService(database), HistoryService(database)
    org = directory.save(Organisation(id="", name="GICHD")).unwrap()
    contact = directory.save(Contact(id="", name="Ann", organisation_id=org.id)).unwrap()
    directory.save(replace(contact, organisation_id=None))
    directory.delete("organisations", org.id).unwrap()
    first = next(e for e in history.history("contacts", contact.id) if e.label == "Organisation")
    result = history.restore_value("contacts", contact.id, "organisation_id", first.change_id)
    assert [e.message for e in result.errors] == ["The chosen organisation no longer exists."]
    assert directory.get(Contact, contact.id).organisation_id is None


def test_undelete_refuses_when_what_it_points_at_is_gone(database: Database) -> None:
    directory, history = DirectoryService(database), HistoryService(database)
    org = directory.save(Organisation(id="", name="GICHD")).unwrap()
    contact = directory.save(Contact(id="", name="Ann", organisation_id=org.id)).unwrap()
    directory.delete("contacts", contact.id).unwrap()
    directory.delete("organisations", org.id).unwrap()
    assert [r.label for r in history.deleted_records("contacts")] == ["Ann"]
    refused = history.restore_deleted("contacts", contact.id)
    assert "cannot be restored: The chosen organisation no longer exists." in str(refused.errors)
    assert history.restore_deleted("organisations", org.id).ok
    assert history.restore_deleted("contacts", contact.id).ok
    assert directory.get(Contact, contact.id).organisation_id == org.id
    assert history.deleted_records("contacts") == []
    actions = [e.action for e in history.history("contacts", contact.id)]
    assert actions[-2:] == ["deleted", "restored"]


def test_the_cli_lists_restores_and_undeletes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init", "--workstation-name", "Geneva desk"]) == 0
    db = open_data_folder(data)
    directory = DirectoryService(db)
    contact = directory.save(Contact(id="", name="Ann", email="a@b.org")).unwrap()
    directory.save(replace(contact, email="ann@b.org"))
    db.close()

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("history", "contacts", contact.id)
    assert code == 0 and "Geneva desk" in out and "Email: a@b.org → ann@b.org" in out
    entries = json.loads(run("history", "contacts", contact.id, "--json")[1])
    first = next(e for e in entries if e["field"] == "email" and e["action"] == "created")
    code, out, _ = run("restore-value", "contacts", contact.id, "email", "--change",
                       str(first["change_id"]))  # fmt: skip
    assert code == 0
    assert run("restore-value", "contacts", contact.id, "email", "--change", "1")[2] == (
        "Change 1 did not set Email of this record.\n"
    )
    assert (
        run("history", "contacts", contact.id)[1]
        .splitlines()[-1]
        .endswith("Email: ann@b.org → a@b.org")
    )
    db = open_data_folder(data)
    DirectoryService(db).delete("contacts", contact.id).unwrap()
    db.close()
    code, out, _ = run("deleted", "contacts")
    assert code == 0 and out.startswith(f"{contact.id}  Ann  deleted ")
    assert run("undelete", "contacts", contact.id)[0] == 0
    assert run("deleted", "contacts", "--json")[1].strip() == "[]"
    code, _, err = run("undelete", "contacts", contact.id)
    assert code == 1 and err == "This contact is not deleted.\n"


def test_an_unknown_kind_is_a_usage_error_naming_the_kinds(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(data_dir), "history", "widgets", "x"])

    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'widgets'" in err and "'contacts'" in err and "'budget'" in err
