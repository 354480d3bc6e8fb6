"""Contract over every import/export kind and format, through the command line.

Export -> import -> export gives the same bytes (the import changed nothing
and the export is deterministic), and a bad row in any kind is refused with
its line number, writing nothing.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from isu_desk.capabilities.contributions.services.transfer import FORMATS as LEDGER_FORMATS
from isu_desk.capabilities.contributions.services.transfer import IMPORT_KINDS
from isu_desk.capabilities.directory.services.transfer import FORMATS as DIRECTORY_FORMATS
from isu_desk.capabilities.directory.services.transfer import KINDS as DIRECTORY_KINDS
from isu_desk.cli import main

CASES = [(k, f) for k in DIRECTORY_KINDS for f in DIRECTORY_FORMATS] + [
    (k, f) for k in IMPORT_KINDS for f in LEDGER_FORMATS
]
# One value per kind that its import must refuse: (column, bad value, what the error names).
BAD = {
    "states": ("iso3", "1X", "iso3"),
    "organisations": ("name", "", "name"),
    "contacts": ("email", "not-an-address", "email"),
    "pledges": ("currency", "EURO", "currency"),
    "contributions": ("amount", "12,,5", "amount"),
    "budget": ("year", "twenty", "year"),
    "rates": ("rate_to_chf", "abc", "rate"),
}


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(folder), "init", "--workstation-name", "Desk"]) == 0
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture
def folder(demo_folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(demo_folder, copy)
    return copy


def _export(folder: Path, kind: str, fmt: str, target: Path) -> bytes:
    assert (
        main(["--data-dir", str(folder), "export", kind, "--format", fmt, "-o", str(target)]) == 0
    )
    return target.read_bytes()


def test_every_kind_is_covered() -> None:
    assert set(BAD) == set(DIRECTORY_KINDS) | set(IMPORT_KINDS)


@pytest.mark.parametrize(("kind", "fmt"), CASES)
def test_export_import_export_is_byte_stable(
    folder: Path, tmp_path: Path, kind: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _export(folder, kind, fmt, tmp_path / f"first.{fmt}")
    assert main(["--data-dir", str(folder), "import", kind, str(tmp_path / f"first.{fmt}")]) == 0
    assert " 0 created, 0 updated" in capsys.readouterr().out or kind == "states"
    second = _export(folder, kind, fmt, tmp_path / f"second.{fmt}")
    assert first == second


@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_bad_row_in_any_kind_is_refused_with_its_line(
    folder: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _export(folder, kind, "csv", tmp_path / "before.csv")
    rows = list(csv.reader(io.StringIO(before.decode("utf-8-sig"))))
    column, value, named = BAD[kind]
    rows[2][rows[0].index(column)] = value  # the second record: line 3 of the file
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    bad = tmp_path / "bad.csv"
    bad.write_text(out.getvalue(), encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "import", kind, str(bad)]) == 1
    err = capsys.readouterr().err
    assert "line 3" in err and named in err.lower(), err
    assert "Traceback" not in err
    assert _export(folder, kind, "csv", tmp_path / "after.csv") == before
