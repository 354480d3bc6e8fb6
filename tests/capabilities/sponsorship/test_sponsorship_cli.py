"""The sponsorship commands as staff type them, on the demo data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from isu_desk.cli import main


def _run(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(folder), *args]) == 0
    return capsys.readouterr().out


def test_rounds_applications_and_a_proposal_confirmed(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rounds = _run(folder, capsys, "sponsorship", "rounds")
    assert "13MSP Thirteenth Meeting of States Parties  reported" in rounds
    listed = json.loads(
        _run(folder, capsys, "sponsorship", "applications", "--round", "13MSP", "--json")
    )
    assert len(listed) == 12
    assert all(row["score"] == sum(x["points"] for x in row["breakdown"]) for row in listed)
    upcoming = next(line.split()[0] for line in rounds.splitlines() if "open" in line)
    eligible = _run(folder, capsys, "sponsorship", "applications", "--round", upcoming,
                    "--status", "eligible")  # fmt: skip
    assert eligible.strip().endswith("3 applications (* score set by staff)")
    proposal = _run(folder, capsys, "sponsorship", "propose", "--round", upcoming)
    assert "Nothing was changed" in proposal
    offers = proposal.count("\nOffer ")
    assert offers > 0
    confirmed = _run(folder, capsys, "sponsorship", "propose", "--round", upcoming, "--confirm")
    assert "Recorded" in confirmed
    after = _run(folder, capsys, "sponsorship", "applications", "--round", upcoming,
                 "--status", "eligible")  # fmt: skip
    assert after.strip().endswith("0 applications (* score set by staff)")


def test_an_offer_letter_in_french_from_the_report_command(
    folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rounds = _run(folder, capsys, "sponsorship", "rounds")
    upcoming = next(line.split()[0] for line in rounds.splitlines() if "open" in line)
    listed = json.loads(_run(folder, capsys, "sponsorship", "applications", "--round", upcoming,
                             "--status", "offered", "--json"))  # fmt: skip
    target = tmp_path / "offer.pdf"
    _run(folder, capsys, "report", "sponsorship-letter", "--application", listed[0]["id"],
         "--kind", "offer", "--language", "fr", "-o", str(target))  # fmt: skip
    text = PdfReader(target).pages[0].extract_text()
    assert listed[0]["nominee"] in text and "Objet" not in text  # the subject is a heading
    assert "Parrainage" in text
