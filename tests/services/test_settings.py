"""Capabilities' declared settings: read with their defaults, listed and changed from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import Capability, Setting
from isu_desk.capabilities.meetings.api import MeetingsService
from isu_desk.cli import main
from isu_desk.domain.errors import FieldError, Result
from isu_desk.services.settings import get_setting, list_settings, set_setting
from isu_desk.storage import settings as store
from isu_desk.storage.database import Database

PREFIX = "document_symbol_prefix"  # declared by Meetings, default CCM


def test_a_declared_setting_reads_as_its_default_until_set(database: Database) -> None:
    with database.read() as session:
        assert store.value(session, PREFIX) == "CCM"

    assert set_setting(database, PREFIX, " APLC ").unwrap().value == "APLC"

    with database.read() as session:
        assert store.value(session, PREFIX) == "APLC"
    assert MeetingsService(database).symbol_prefix() == "APLC"  # the capability sees it
    assert set_setting(database, PREFIX, "").unwrap().is_default


def test_every_declared_setting_is_listed_and_an_unknown_key_is_refused(
    database: Database,
) -> None:
    keys = [s.key for c in registry.CAPABILITIES for s in c.settings]
    declared = set(keys)
    assert len(keys) == len(declared), "two capabilities declare the same setting key"

    assert {s.key for s in list_settings(database)} == declared
    result = get_setting(database, "colour")
    assert [str(e) for e in result.errors] == [
        f"There is no setting called “colour”; the settings are: {', '.join(keys)}."
    ]
    assert not set_setting(database, "colour", "blue").ok
    with database.read() as session, pytest.raises(KeyError):
        store.value(session, "colour")


def _upper_letters(text: str) -> Result[str]:
    if not text.isalpha():
        return Result.failure([FieldError("value", "Letters only.")])
    return Result.success(text.upper())


def test_a_setting_with_a_check_stores_what_the_check_gives(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = Capability(
        name="extra",
        title="Extra",
        settings=(Setting("extra_code", "Code", "ABC", check=f"{__name__}:_upper_letters"),),
    )
    monkeypatch.setattr(registry, "CAPABILITIES", (*registry.CAPABILITIES, extra))

    assert [str(e) for e in set_setting(database, "extra_code", "a1").errors] == [
        "value: Letters only."
    ]
    assert get_setting(database, "extra_code").unwrap().value == "ABC"
    assert set_setting(database, "extra_code", "xyz").unwrap().value == "XYZ"


def test_the_settings_commands(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = ["--data-dir", str(data_dir)]

    assert main([*folder, "settings", "list"]) == 0
    assert "document_symbol_prefix = CCM (the default)  Meetings:" in capsys.readouterr().out
    assert main([*folder, "settings", "set", PREFIX, "APLC"]) == 0
    capsys.readouterr()
    assert main([*folder, "settings", "get", PREFIX]) == 0
    assert capsys.readouterr().out == "APLC\n"
    assert main([*folder, "settings", "list", "--json"]) == 0
    listed = {s["key"]: s for s in json.loads(capsys.readouterr().out)}
    assert (listed[PREFIX]["value"], listed[PREFIX]["default"]) == ("APLC", "CCM")
    assert main([*folder, "settings", "get", "colour"]) == 1
    assert "There is no setting called “colour”" in capsys.readouterr().err


def test_the_settings_window_saves_its_name_and_letterhead_all_or_nothing(
    database: Database,
) -> None:
    from isu_desk.domain.errors import DataError
    from isu_desk.services.letters import unit_details, unit_values
    from isu_desk.services.workstation import save_workstation_settings, workstation

    with pytest.raises(DataError, match="name"):
        save_workstation_settings(database, "  ", unit_values("Unit that stays out", ""))
    assert workstation(database).name == "Test desk"  # type: ignore[union-attr]
    assert unit_details(database) == ("", "")

    save_workstation_settings(database, " Anna's laptop ", unit_values(" ISU ", "Geneva"))
    assert workstation(database).name == "Anna's laptop"  # type: ignore[union-attr]
    assert unit_details(database) == ("ISU", "Geneva")
