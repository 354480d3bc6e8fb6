"""``isu-desk check`` finds stored values that break the rules of forms and imports."""

from __future__ import annotations

from isu_desk.services.backup import check
from isu_desk.services.demo import load_demo
from isu_desk.storage.database import Database


def test_demo_data_is_healthy(database: Database) -> None:
    load_demo(database)  # every capability's
    assert check(database) == []


def test_values_that_break_the_rules_are_found(database: Database) -> None:
    load_demo(database)  # every capability's
    with database.transaction() as session:
        connection = session.connection()
        connection.exec_driver_sql(
            "UPDATE contributions SET amount = 'lots' "
            "WHERE id = (SELECT min(id) FROM contributions)"
        )
        connection.exec_driver_sql(
            "UPDATE organisations SET name = 'Bad' || char(27) || '[2J' "
            "WHERE id = (SELECT min(id) FROM organisations)"
        )
        connection.exec_driver_sql(
            "UPDATE contacts SET email = 'not an address' WHERE id = (SELECT min(id) FROM contacts)"
        )
    problems = check(database)
    assert len(problems) == 3
    assert any("amount: “lots” is not an amount" in p for p in problems)
    assert any("“Bad\\x1b[2J”: name: holds control characters" in p for p in problems)
    assert any("is not an e-mail address" in p for p in problems)
