"""One bad authentic entry is quarantined with its reason; everything else flows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.sync.conftest import Desk, Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.storage.changelog import table_contents
from isu_desk.storage.database import Database
from isu_desk.sync import outbox, quarantine
from isu_desk.sync.packets import Entry, Header, encode


def _names(database: Database) -> list[str]:
    with database.transaction() as session:
        return sorted(str(row["name"]) for row in table_contents(session, "organisations"))


def _damaging(changes: dict[str, object]) -> object:
    """A writer that puts ``changes`` into the entry of the organisation named "bad"."""

    def write(key: bytes, header: Header, entries: list[Entry]) -> bytes:
        damaged = [
            replace(e, fields={**e.fields, **changes}) if e.fields.get("name") == "bad" else e
            for e in entries
        ]
        return encode(key, header, damaged)

    return write


def send_bad_entry(desk: Desk, monkeypatch: pytest.MonkeyPatch, changes: dict[str, object]) -> None:
    """``desk`` saves an organisation "bad" and sends it with ``changes`` (authentic, signed)."""
    desk.directory.save(Organisation(id="", name="bad")).unwrap()
    with monkeypatch.context() as patch:
        patch.setattr(outbox, "encode", _damaging(changes))
        desk.sync.sync()


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"kind": None}, "kind: required but empty"),
        ({"kind": "think_tank"}, "kind: “think_tank” is not a known choice"),
        ({"name": "bad\x1b[31m"}, "name: holds control characters (U+001B)"),
        ({"added_later": 1}, "the field added_later is not known to this version"),
    ],
)
def test_a_bad_entry_is_quarantined_and_the_rest_applies_and_sends(
    team: Team, monkeypatch: pytest.MonkeyPatch, changes: dict[str, object], reason: str
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.directory.save(Organisation(id="", name="good")).unwrap()
    alice.directory.save(Organisation(id="", name="bad")).unwrap()
    with monkeypatch.context() as patch:
        patch.setattr(outbox, "encode", _damaging(changes))
        alice.sync.sync()
    bob.directory.save(Organisation(id="", name="from bob")).unwrap()
    report = bob.sync.sync()
    assert _names(bob.database) == ["from bob", "good"]
    assert len(report.quarantined) == 1 and report.quarantined[0][1].startswith(reason)
    [held] = bob.sync.status().quarantined
    assert held.entity == "organisations" and held.reason.startswith(reason)
    alice.sync.sync()
    assert "from bob" in _names(alice.database)  # bob's own change was sent


def test_a_quarantined_entry_is_retried_and_applies_after_an_upgrade(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    send_bad_entry(alice, monkeypatch, {"kind": "think_tank"})
    bob.sync.sync()
    assert _names(bob.database) == []
    with monkeypatch.context() as patch:  # a newer version knows the choice
        patch.setattr(quarantine, "entry_problem", lambda *_: None)
        report = bob.sync.sync()
    assert _names(bob.database) == ["bad"] and report.quarantined == []
    assert bob.sync.status().quarantined == []


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"notes": "rang\x07twice"}, "notes: holds control characters (U+0007)"),
        ({"name": None}, "name: required but empty"),
        ({"notes": 7}, "notes: is not text"),
    ],
)
def test_an_edit_of_text_fields_only_is_checked_too(
    team: Team, monkeypatch: pytest.MonkeyPatch, changes: dict[str, object], reason: str
) -> None:
    """An entry that carries only text fields (the usual edit) meets the same rules."""
    alice, bob = team.desk("alice"), team.desk("bob")
    saved = alice.directory.save(Organisation(id="", name="bad")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.save(replace(saved, notes="edited")).unwrap()  # an entry of notes alone
    edit_only = {"notes": "edited", **changes}
    with monkeypatch.context() as patch:
        patch.setattr(
            outbox,
            "encode",
            lambda key, header, entries: encode(
                key,
                header,
                [
                    replace(e, fields=edit_only) if e.fields == {"notes": "edited"} else e
                    for e in entries
                ],
            ),
        )
        alice.sync.sync()
    report = bob.sync.sync()
    assert len(report.quarantined) == 1 and report.quarantined[0][1].startswith(reason)
    assert _names(bob.database) == ["bad"]  # the record as it was before the bad edit
