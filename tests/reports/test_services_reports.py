"""Printing from the app and the CLI: the report catalogue, rendering, writing the file."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from tests.reports.pdf_helpers import NAMES, contains_name, pdf_pages

from isu_desk.capabilities.directory.domain import Contact, State
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.errors import DataError
from isu_desk.paths import resources_dir
from isu_desk.services.reports import available_reports, render_report, write_report
from isu_desk.storage.database import Database


def _seeded_names() -> list[str]:
    with (resources_dir() / "ccm_states.csv").open(encoding="utf-8") as stream:
        return [row["name"] for row in csv.DictReader(stream)]


def test_catalogue_lists_the_directory_reports() -> None:
    reports = available_reports()
    assert reports["states"].title == "States Parties and signatories"
    assert reports["directory"].title == "Contact directory"


def test_states_report_written_from_the_database(database: Database, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = write_report(database, "states", tmp_path / "out" / "states.pdf", {})
    text = " ".join(" ".join(pdf_pages(target.read_bytes())).split())  # long names wrap
    assert "Lao People's Democratic Republic" in text
    assert "States Parties and signatories" in text
    seeded = _seeded_names()
    printed = [name for name in seeded if name in text]
    assert len(printed) == len(seeded), set(seeded) - set(printed)
    assert [p.name for p in target.parent.iterdir()] == ["states.pdf"]  # no temp file left


def test_directory_report_from_the_database(
    database: Database, directory: DirectoryService
) -> None:
    laos = next(state for state in directory.all(State) if state.iso3 == "LAO")
    for number, name in enumerate(NAMES.values()):
        home = laos.id if number % 2 else None
        directory.save(Contact("", name, position="Focal point", state_id=home)).unwrap()
    pages = pdf_pages(render_report(database, "directory", {}))
    text = "\n".join(pages)
    for name in NAMES.values():
        assert contains_name(text, name)
    assert "Lao People's Democratic Republic" in text and "Other" in text
    assert "Page 1 of 1" in pages[0]


def test_unknown_report_is_a_plain_error(database: Database) -> None:
    with pytest.raises(DataError, match=r"no report called “minutes-2031”.*states, directory"):
        render_report(database, "minutes-2031", {})


def test_unexpected_option_is_a_plain_error(database: Database, tmp_path: Path) -> None:
    with pytest.raises(DataError, match="“states” takes no options, not “year”"):
        write_report(database, "states", tmp_path / "states.pdf", {"year": "2025"})
    assert not (tmp_path / "states.pdf").exists()


def test_missing_option_is_a_plain_error(database: Database) -> None:
    with pytest.raises(DataError, match="“contributions-statement” needs “year”; give year=…"):
        render_report(database, "contributions-statement", {})


def test_missing_folder_is_a_plain_error(database: Database, tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        write_report(database, "states", tmp_path / "nowhere" / "states.pdf", {})
    with pytest.raises(DataError, match="is a folder"):
        write_report(database, "states", tmp_path, {})


def test_file_in_place_of_a_folder_is_a_plain_error(database: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    with pytest.raises(DataError, match="does not exist"):
        write_report(database, "states", blocker / "states.pdf", {})


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_a_plain_error(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataError, match="Cannot write"):
            write_report(database, "states", folder / "states.pdf", {})
    finally:
        folder.chmod(0o700)


def test_existing_file_is_replaced_whole(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "states.pdf"
    target.write_bytes(b"old")
    write_report(database, "states", target, {})
    assert target.read_bytes().startswith(b"%PDF")


def test_failed_write_keeps_the_old_file_and_no_temporary(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "states.pdf").write_bytes(b"old")

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DataError, match=r"Cannot write .*states\.pdf: Permission denied"):
        write_report(database, "states", folder / "states.pdf", {})
    assert [p.name for p in folder.iterdir()] == ["states.pdf"]
    assert (folder / "states.pdf").read_bytes() == b"old"
