"""The command line under trouble: closed pipes, busy databases, unusable files, bad usage."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from tests.helpers import raw_connection

from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.cli import main
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage import database as storage_database

Captured = pytest.CaptureFixture[str]


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def _one_plain_error(capsys: Captured) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-review") / "data"
    open_data_folder(data).close()  # plain, as before encryption: the tests lock it with sqlite3
    assert main(["--data-dir", str(data), "init"]) == 0
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


@contextmanager
def _closed_stdout() -> Iterator[None]:
    """Standard output whose reader has gone away, like ``isu-desk … | head -3``.

    Set inside the test: pytest puts its own capture back before a test runs.
    """
    reader, writer = os.pipe()
    os.close(reader)
    saved = sys.stdout
    sys.stdout = open(writer, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    try:
        yield
    finally:
        stream, sys.stdout = sys.stdout, saved
        stream.close()


@pytest.mark.parametrize(
    "command", [("export", "rates"), ("export", "contacts"), ("pledges",), ("rates", "list")]
)
def test_a_reader_that_stops_early_is_not_an_error(
    demo_folder: Path, capsys: Captured, command: tuple[str, ...]
) -> None:
    with _closed_stdout():
        code = run(demo_folder, *command)
    assert (code, capsys.readouterr().err) == (0, "")


def test_a_real_process_piped_into_head_exits_0_silently(demo_folder: Path) -> None:
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "isu_desk", "--data-dir", str(demo_folder), "pledges"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert (done.returncode, done.stderr) == (0, "")


@pytest.fixture
def locked(demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another command in the middle of a write: the database stays locked."""
    monkeypatch.setattr(storage_database, "BUSY_TIMEOUT_MS", 50)
    gc.collect()  # connections earlier commands left to the collector
    writer = sqlite3.connect(demo_folder / "isu-desk.sqlite", isolation_level=None)
    writer.execute("PRAGMA locking_mode=EXCLUSIVE")
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE settings SET value = value")
    yield
    writer.execute("ROLLBACK")
    writer.close()


@pytest.mark.parametrize("command", [("pledges",), ("export", "contacts"), ("contributions",)])
@pytest.mark.usefixtures("locked")
def test_a_locked_database_is_one_plain_line(
    demo_folder: Path, capsys: Captured, command: tuple[str, ...]
) -> None:
    assert run(demo_folder, *command) == 1
    assert "busy with this data folder; nothing was changed" in _one_plain_error(capsys)


@pytest.fixture
def writing(demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another command in the middle of a write (a sync, an import) holds the write lock."""
    monkeypatch.setattr(storage_database, "BUSY_TIMEOUT_MS", 50)
    gc.collect()
    writer = sqlite3.connect(demo_folder / "isu-desk.sqlite", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE settings SET value = value")
    yield
    writer.execute("ROLLBACK")
    writer.close()


@pytest.mark.parametrize(
    "command", [("rates", "list"), ("budget",), ("pledges",), ("contributions",)]
)
@pytest.mark.usefixtures("writing")
def test_listing_commands_only_read_so_they_answer_while_another_command_writes(
    demo_folder: Path, capsys: Captured, command: tuple[str, ...]
) -> None:
    assert run(demo_folder, *command) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() and not captured.err


def test_an_unusable_file_in_a_contributions_command_is_one_plain_line(
    demo_folder: Path, capsys: Captured, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: ContributionsService, _rate: object) -> None:
        raise PermissionError(13, "Permission denied", str(demo_folder / "isu-desk.sqlite"))

    monkeypatch.setattr(ContributionsService, "save_rate", refuse)

    assert run(demo_folder, "rates", "add", "EUR", "2025-01-01", "0.93") == 1
    assert "Permission denied" in _one_plain_error(capsys)


@pytest.mark.parametrize(
    ("report", "flag"),
    [
        ("acknowledgement", "--contribution ID"),
        ("pledge-reminder", "--pledge ID"),
        ("contributions-statement", "--year Y"),
    ],
)
def test_a_missing_report_option_names_its_flag_and_is_a_usage_error(
    demo_folder: Path, tmp_path: Path, capsys: Captured, report: str, flag: str
) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(SystemExit) as stopped:
        run(demo_folder, "report", report, "-o", str(target))

    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert flag in err and "=…" not in err and "Traceback" not in err
    assert not target.exists()


def test_an_option_the_report_does_not_take_is_a_usage_error(
    demo_folder: Path, capsys: Captured
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(demo_folder, "report", "states", "--year", "2025")

    assert stopped.value.code == 2
    assert "--year" in capsys.readouterr().err


def test_an_import_that_conflicts_with_existing_records_says_so_plainly(
    tmp_path: Path, capsys: Captured
) -> None:
    """A constraint the row checks do not know: the real importer stops, nothing is written.

    The constraint (one organisation per name) is added to the file by hand, as
    a future migration might; the importer's checks do not know it, so only the
    database refuses the second row.
    """
    folder = tmp_path / "data"
    assert run(folder, "init") == 0
    with closing(raw_connection(folder / "isu-desk.sqlite")) as raw:
        raw.execute("CREATE UNIQUE INDEX one_name ON organisations(name)")
    file = tmp_path / "organisations.csv"
    file.write_text(
        "name,acronym,kind\nUnique Aid,UA,ngo\nTwin Aid,TA,ngo\nTwin Aid,TB,ngo\n",
        encoding="utf-8",
    )
    capsys.readouterr()

    assert run(folder, "import", "organisations", str(file)) == 1

    err = _one_plain_error(capsys)
    assert str(file) in err and "conflicts with records already in the database" in err
    assert "nothing was imported" in err.lower() and "cannot be used" not in err
    assert run(folder, "export", "organisations") == 0
    assert "Unique Aid" not in capsys.readouterr().out
