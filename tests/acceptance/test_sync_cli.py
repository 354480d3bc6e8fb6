"""Two workstations syncing from the command line, as a user would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from isu_desk.cli import main

PASSPHRASE = "a long team passphrase"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_team_sync_and_conflicts_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)  # no keyring: passphrase each time
    share, a, b = tmp_path / "share", str(tmp_path / "a"), str(tmp_path / "b")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    code, out, err = _run(
        capsys, "--data-dir", a, "team", "create", "--folder", str(share),
        "--passphrase-file", str(secret),
    )  # fmt: skip
    assert code == 0 and "Created team" in out and "no usable keyring" in err
    monkeypatch.setenv("ISU_DESK_TEAM_PASSPHRASE", PASSPHRASE)
    assert _run(capsys, "--data-dir", b, "team", "join", "--folder", str(share))[0] == 0
    code, out, _ = _run(capsys, "--data-dir", a, "sync")
    assert code == 0 and "Sent" in out
    code, out, _ = _run(capsys, "--data-dir", b, "sync", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["received"] > 0 and len(summary["workstations"]) == 1
    code, out, _ = _run(capsys, "--data-dir", b, "conflicts", "list", "--json")
    assert code == 0 and json.loads(out) == []


def test_sync_exits_1_when_the_folder_is_unreachable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "--data-dir", str(tmp_path / "a"), "sync", "--folder", str(tmp_path / "nowhere")
    )
    assert code == 1 and "cannot be reached" in err


def test_resolving_an_unknown_conflict_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "--data-dir", str(tmp_path / "a"), "conflicts", "resolve", "nope", "--keep", "other"
    )
    assert code == 1 and "no conflict" in err


def test_retiring_an_unknown_workstation_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--data-dir", str(tmp_path / "a"), "team", "retire", "nobody")
    assert code == 1 and "No workstation nobody" in err


def test_a_share_that_lost_its_folders_is_republished_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    monkeypatch.setenv("ISU_DESK_TEAM_PASSPHRASE", PASSPHRASE)
    share, a, b = tmp_path / "share", str(tmp_path / "a"), str(tmp_path / "b")
    assert _run(capsys, "--data-dir", a, "team", "create", "--folder", str(share))[0] == 0
    assert _run(capsys, "--data-dir", b, "team", "join", "--folder", str(share))[0] == 0
    for data in (a, b, a):
        assert _run(capsys, "--data-dir", data, "sync")[0] == 0
    shutil.rmtree(share / "workstations")
    code, _, err = _run(capsys, "--data-dir", b, "sync")
    assert code == 1 and "has lost the files of" in err and "--republish" in err
    code, out, _ = _run(capsys, "--data-dir", a, "sync", "--republish")
    assert code == 0 and "written to the sync folder again" in out
    code, out, _ = _run(capsys, "--data-dir", b, "sync", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["quarantined"] == [] and summary["waiting"] == []
