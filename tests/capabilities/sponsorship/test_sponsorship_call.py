"""The call for applications to a chosen group of States: several States from the command line
(the flag repeated or a comma list), one note each in its language; to all States as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.reports.pdf_helpers import pdf_pages

from isu_desk.cli import main

REFERENCE = {"en": "Our reference", "fr": "Notre référence", "es": "Nuestra referencia"}


def _call(folder: Path, tmp_path: Path, *flags: str) -> list[str]:
    target = tmp_path / "call.pdf"
    args = ["--data-dir", str(folder), "report", "sponsorship-call", "--round", "14MSP"]
    assert main([*args, *flags, "-o", str(target)]) == 0
    return pdf_pages(target.read_bytes())


def test_one_note_to_each_state_chosen_in_its_language(folder: Path, tmp_path: Path) -> None:
    pages = _call(folder, tmp_path, "--state", "LAO", "--state", "Sénégal, col")
    assert len(pages) == 3
    for page, (language, state) in zip(
        pages, [("en", "Lao"), ("fr", "Senegal"), ("es", "Colombia")], strict=True
    ):
        assert REFERENCE[language] in page
        assert state in page
    assert len(_call(folder, tmp_path, "--state", "LAO,IRQ")) == 2


def test_the_call_to_all_states_works_as_before(folder: Path, tmp_path: Path) -> None:
    [page] = _call(folder, tmp_path, "--language", "fr")
    assert REFERENCE["fr"] in page


def test_a_state_not_in_the_directory_is_named(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(folder), "report", "sponsorship-call", "--round", "14MSP"]
    assert main([*args, "--state", "LAO,Atlantis", "-o", str(tmp_path / "x.pdf")]) != 0
    assert "There is no State “Atlantis” in the Directory" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
