"""The command line as a user runs it: exit codes, plain messages, never a traceback."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.helpers import passphrase_file, raw_connection

from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.cli import main
from isu_desk.domain.listing import ListQuery
from isu_desk.services.workstation import open_data_folder

Captured = pytest.CaptureFixture[str]


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def _count(data_dir: Path, capsys: Captured, kind: str) -> int:
    capsys.readouterr()
    assert run(data_dir, "export", kind, "--format", "json") == 0
    return len(json.loads(capsys.readouterr().out))


def _one_plain_error(capsys: Captured) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


@pytest.fixture
def folder(tmp_path: Path, capsys: Captured) -> Path:
    data = tmp_path / "data"
    assert run(data, "init", "--workstation-name", "Geneva desk") == 0
    capsys.readouterr()
    return data


def test_init_twice_keeps_the_workstation_id(folder: Path, capsys: Captured) -> None:
    assert run(folder, "init", "--workstation-name", "Conference room") == 0
    second = capsys.readouterr().out
    assert run(folder, "init") == 0
    third = capsys.readouterr().out

    assert "Conference room" in second and "Conference room" in third
    assert second.split("(")[1].split(")")[0] == third.split("(")[1].split(")")[0]


def test_demo_twice_adds_nothing(folder: Path, capsys: Captured) -> None:
    assert run(folder, "demo") == 0
    counts = [_count(folder, capsys, kind) for kind in ("organisations", "contacts")]
    assert run(folder, "demo") == 0

    assert "nothing was added" in capsys.readouterr().out
    assert [_count(folder, capsys, kind) for kind in ("organisations", "contacts")] == counts
    assert counts[1] >= 40


def test_export_then_import_round_trips_and_applies_an_edit(
    folder: Path, tmp_path: Path, capsys: Captured
) -> None:
    run(folder, "demo")
    exported = tmp_path / "contacts.csv"
    assert run(folder, "export", "contacts", "-o", str(exported)) == 0
    before = _count(folder, capsys, "contacts")
    text = exported.read_text(encoding="utf-8-sig")
    exported.write_text(text.replace("José Peña", "José Peña Aguilar"), encoding="utf-8-sig")

    assert run(folder, "import", "contacts", str(exported)) == 0

    assert "0 created, 1 updated" in capsys.readouterr().out
    assert _count(folder, capsys, "contacts") == before
    run(folder, "export", "contacts")
    names = {row["name"] for row in csv.DictReader(capsys.readouterr().out.splitlines())}
    assert "José Peña Aguilar" in names and "José Peña" not in names


def test_three_bad_rows_import_nothing_and_are_each_listed(
    folder: Path, tmp_path: Path, capsys: Captured
) -> None:
    file = tmp_path / "contacts.csv"
    file.write_text(
        "name,email,state,gender\n"
        "Ana Lúcia Ferreira,ana@example.org,PRT,female\n"
        "Broken Mail,not-an-address,FRA,male\n"
        "Kwame Mensah,kwame@example.org,GHA,male\n"
        "Unknown Land,,XXX,female\n"
        "Odd Gender,,CHE,sometimes\n"
        "محمد العلي,mohammed@example.org,IRQ,male\n",
        encoding="utf-8",
    )

    assert run(folder, "import", "contacts", str(file)) == 1

    err = capsys.readouterr().err
    assert "line 3: email:" in err and "not-an-address" in err
    assert "line 5: state:" in err and "XXX" in err
    assert "line 6: gender:" in err and "sometimes" in err
    assert "Traceback" not in err
    assert _count(folder, capsys, "contacts") == 0


def test_a_file_with_a_byte_order_mark_is_accepted(
    folder: Path, tmp_path: Path, capsys: Captured
) -> None:
    file = tmp_path / "orgs.csv"
    file.write_bytes(
        "\ufeffname,acronym,kind\r\nUnited Nations Development Programme,UNDP,"
        "intergovernmental\r\n".encode()
    )

    assert run(folder, "import", "organisations", str(file)) == 0
    assert "1 created" in capsys.readouterr().out


@pytest.mark.parametrize("case", ["binary", "missing", "empty", "folder"])
def test_unusable_files_exit_1_with_one_plain_line(
    folder: Path, tmp_path: Path, capsys: Captured, case: str
) -> None:
    target = tmp_path / f"{case}.csv"
    if case == "binary":
        target.write_bytes(bytes(range(256)) * 4)
    elif case == "empty":
        target.write_bytes(b"")
    elif case == "folder":
        target.mkdir()

    assert run(folder, "import", "contacts", str(target)) == 1
    assert str(target) in _one_plain_error(capsys)


def test_usage_errors_exit_2(folder: Path, capsys: Captured) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(folder, "import", "widgets", "x.csv")
    assert stopped.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_json_export_parses(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "states.json"
    assert run(folder, "export", "states", "--format", "json", "-o", str(target)) == 0

    states = json.loads(target.read_text(encoding="utf-8"))
    assert any(state["iso3"] == "CHE" and state["name"] == "Switzerland" for state in states)


def test_backup_then_restore_brings_back_a_deleted_record(
    folder: Path, tmp_path: Path, capsys: Captured
) -> None:
    run(folder, "demo")
    backup = tmp_path / "before.sqlite"
    assert run(folder, "backup", "-o", str(backup)) == 0
    with_demo = _count(folder, capsys, "contacts")
    _delete_a_contact(folder)
    assert _count(folder, capsys, "contacts") == with_demo - 1

    assert run(folder, "restore", str(backup)) == 0

    out = capsys.readouterr().out
    assert "kept as" in out
    assert len(list(folder.glob("isu-desk.sqlite.replaced-*.bak"))) == 1
    assert _count(folder, capsys, "contacts") == with_demo
    assert run(folder, "check") == 0


def _delete_a_contact(folder: Path) -> None:
    database = open_data_folder(folder)
    service = DirectoryService(database)
    # The first contact nothing points at (demo nominees and participants are in use).
    contacts = service.page("contacts", ListQuery(), limit=200)
    assert any(service.delete("contacts", row["id"]).ok for row in contacts)
    database.close()


def test_a_backup_from_a_newer_version_is_refused_untouched(
    folder: Path, tmp_path: Path, capsys: Captured
) -> None:
    newer = tmp_path / "newer.sqlite"
    run(folder, "backup", "-o", str(newer))
    conn = raw_connection(newer)
    with conn:
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.close()
    before = newer.read_bytes()
    database_before = (folder / "isu-desk.sqlite").stat().st_size

    assert run(folder, "restore", str(newer)) == 1

    err = _one_plain_error(capsys)
    assert "newer version of ISU Desk" in err
    assert newer.read_bytes() == before
    assert not list(folder.glob("*.bak"))
    assert (folder / "isu-desk.sqlite").stat().st_size == database_before


def test_check_exits_0_on_a_healthy_database(folder: Path, capsys: Captured) -> None:
    assert run(folder, "check") == 0
    assert "is healthy" in capsys.readouterr().out


def test_report_is_written_to_name_pdf_in_the_current_folder(
    folder: Path, tmp_path: Path, capsys: Captured, monkeypatch: pytest.MonkeyPatch
) -> None:
    pypdf = pytest.importorskip("pypdf")
    monkeypatch.chdir(tmp_path)

    assert run(folder, "report", "states") == 0

    target = tmp_path / "states.pdf"
    assert str(target) in capsys.readouterr().out
    text = "".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert "Switzerland" in text


def test_unknown_report_is_a_plain_error(folder: Path, capsys: Captured) -> None:
    assert run(folder, "report", "no-such-report") == 1
    assert "no-such-report" in _one_plain_error(capsys)


def _subprocess(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "isu_desk", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def test_a_real_process_exits_0_1_and_2_without_tracebacks(folder: Path, tmp_path: Path) -> None:
    key = passphrase_file(folder, tmp_path)
    healthy = _subprocess("--passphrase-file", str(key), "--data-dir", str(folder), "check")
    damaged_folder = tmp_path / "damaged"
    damaged_folder.mkdir()
    (damaged_folder / "isu-desk.sqlite").write_bytes(b"this is not a database" * 100)
    damaged = _subprocess("--data-dir", str(damaged_folder), "check")
    usage = _subprocess("--data-dir", str(folder), "check", "--no-such-option")

    assert (healthy.returncode, damaged.returncode, usage.returncode) == (0, 1, 2)
    assert "healthy" in healthy.stdout
    assert "not an ISU Desk database" in damaged.stderr or "cannot be read" in damaged.stderr
    for done in (healthy, damaged, usage):
        assert "Traceback" not in done.stderr
