"""The priority weights are declared settings: listed by ``isu-desk settings``, checked when set."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from isu_desk.capabilities.sponsorship.domain.priority import PriorityWeights
from isu_desk.capabilities.sponsorship.services import weights
from isu_desk.cli import main
from isu_desk.services.settings import list_settings, set_setting
from isu_desk.storage.database import Database

PREFIX = "sponsorship.weight."


def test_every_weight_is_listed_with_its_default(database: Database) -> None:
    listed = {s.key: s for s in list_settings(database) if s.key.startswith(PREFIX)}
    defaults = {PREFIX + name: str(points) for name, points in asdict(PriorityWeights()).items()}
    assert {key: s.default for key, s in listed.items()} == defaults
    assert listed[PREFIX + "first_time"].label == "First-time participant"
    assert listed[PREFIX + "first_time"].capability == "Sponsorship"


@pytest.mark.parametrize(
    ("key", "typed", "message"),
    [
        ("first_time", "ten", "“ten” is not a whole number of points; use one from 0 to 100."),
        ("first_time", "-5", "“-5” is not a whole number of points; use one from 0 to 100."),
        ("first_time", "101", "101 points is too many; use 0 to 100."),
        ("deadline_window_years", "11", "11 years is too many; use 0 to 10."),
    ],
)
def test_a_bad_weight_is_refused_in_plain_words_and_nothing_changes(
    database: Database, key: str, typed: str, message: str
) -> None:
    result = set_setting(database, PREFIX + key, typed)
    assert [e.message for e in result.errors] == [message]
    assert weights.current(database) == PriorityWeights()


def test_a_weight_set_from_the_settings_is_the_one_scores_use(database: Database) -> None:
    assert set_setting(database, PREFIX + "first_time", " 07 ").unwrap().value == "7"
    assert weights.current(database).first_time == 7
    # Set back to its default (empty), the other weights stay as they were set.
    assert set_setting(database, PREFIX + "presenting", "40").ok
    assert set_setting(database, PREFIX + "first_time", "").unwrap().is_default
    assert weights.current(database) == PriorityWeights(presenting=40)


def test_the_command_line_lists_and_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "init", "--workstation-name", "Geneva desk"]) == 0
    capsys.readouterr()
    assert main([*data, "settings", "list"]) == 0
    listed = capsys.readouterr().out
    assert "sponsorship.weight.gender_balance" in listed
    assert "Gender under-represented among offers" in listed
    assert main([*data, "settings", "set", "sponsorship.weight.signatory", "lots"]) != 0
    assert "“lots” is not a whole number of points" in capsys.readouterr().err
