"""Undo reverses the last local change of any record type, as a new change that syncs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from tests.sync.conftest import Team

from isu_desk.capabilities.contributions.domain.records import BudgetLine, Instalment, Pledge
from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.capabilities.directory.domain import Contact, Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.errors import RecordNotFound
from isu_desk.services.undo import UndoHistory
from isu_desk.storage.database import Database


def test_undo_steps_back_through_edit_create_and_delete(database: Database) -> None:
    history = UndoHistory(database)
    directory = DirectoryService(database)
    ana = directory.save(Contact("", "Ana Lima")).unwrap()
    directory.save(replace(ana, name="Ana Lima Souza", email="ana@example.org")).unwrap()
    directory.delete("contacts", ana.id)

    assert history.undo().unwrap() == "Undone: the last change (1 contact)."
    assert directory.get(Contact, ana.id).name == "Ana Lima Souza"
    history.undo().unwrap()
    assert directory.get(Contact, ana.id) == ana
    history.undo().unwrap()
    assert directory.count("contacts") == 0
    assert [e.message for e in history.undo().errors] == ["There is nothing to undo."]


def test_undo_reverses_contributions_records_too(database: Database) -> None:
    history = UndoHistory(database)
    service = ContributionsService(database)
    service.ensure_default_funds()
    line = service.save_budget_line(BudgetLine("", 2026, "Staff", Decimal("480000"))).unwrap()
    service.save_budget_line(replace(line, amount_chf=Decimal("500000"))).unwrap()
    norway = next(i for _, i, name in service.donors() if name == "Norway")
    pledge = Pledge("", norway, None, DEFAULT_FUNDS[0].id, date(2026, 1, 5), "CHF",
                    Decimal("30000"), 2026, 2026)  # fmt: skip
    due = Instalment("", "", date(2026, 6, 30), Decimal("30000"))
    pledge = service.save_pledge(pledge, [due]).unwrap()

    said = history.undo().unwrap()
    assert "1 pledge" in said and "1 instalment" in said
    with pytest.raises(RecordNotFound):
        service.pledge(pledge.id)
    assert service.instalments(pledge.id) == []
    history.undo().unwrap()
    assert [b.amount_chf for b in service.budget_lines()] == [Decimal("480000.00")]


def test_a_change_edited_since_on_another_workstation_is_not_undone(tmp_path: Path) -> None:
    team = Team(tmp_path)
    try:
        alice, bob = team.desk("alice"), team.desk("bob")
        history = UndoHistory(alice.database)
        gichd = alice.directory.save(Organisation("", "GICHD")).unwrap()
        alice.sync.sync()
        bob.sync.sync()
        bob.directory.save(replace(gichd, acronym="GICHD-G")).unwrap()
        bob.sync.sync()
        alice.sync.sync()

        refused = history.undo()

        assert not refused.ok and "another workstation" in refused.errors[0].message
        assert alice.directory.get(Organisation, gichd.id).acronym == "GICHD-G"
    finally:
        team.close()


def test_an_undo_is_a_change_that_syncs(tmp_path: Path) -> None:
    team = Team(tmp_path)
    try:
        alice, bob = team.desk("alice"), team.desk("bob")
        history = UndoHistory(alice.database)
        unhcr = alice.directory.save(Organisation("", "UNHCR")).unwrap()
        alice.directory.save(replace(unhcr, name="UNHCR Geneva")).unwrap()
        history.undo().unwrap()
        alice.sync.sync()
        bob.sync.sync()
        assert bob.directory.get(Organisation, unhcr.id).name == "UNHCR"
    finally:
        team.close()
