"""The shortcuts a large sync takes say what the one-by-one rules and encoders say."""

from __future__ import annotations

import json
from typing import Any

import pytest

from isu_desk.sync.apply import _encode_fields
from isu_desk.sync.rules import entry_problem, none_has_a_problem

# (table, the changes of one sync, whether the bulk check may pass them all)
CASES: dict[str, tuple[str, list[dict[str, Any]], bool]] = {
    "plain text": ("organisations", [{"name": "Côte d'Ivoire", "kind": "other"}] * 3, True),
    "True is 1 but not a whole number": ("letters", [{"year": 1}, {"year": True}], False),
    "1.0 is 1 but not a whole number": ("letters", [{"year": 1}, {"year": 1.0}], False),
    "1.0 is not yes or no": ("states", [{"least_developed": 1}, {"least_developed": 1.0}], False),
    "a required name empty": ("organisations", [{"name": "ok"}, {"name": None}], False),
    "a control character": ("organisations", [{"name": "ok"}, {"name": "bell\x07"}], False),
    "an unknown choice": ("organisations", [{"kind": "other"}, {"kind": "no such kind"}], False),
    "a field from a newer version": ("organisations", [{"name": "ok"}, {"newer": "x"}], False),
    "a date that is not one": ("states", [{"signature_date": "2024-02-30"}], False),
    "notes on two lines": ("organisations", [{"notes": "two\nlines"}], False),
}


@pytest.mark.parametrize("table, changes, passes", CASES.values(), ids=list(CASES))
def test_the_bulk_check_passes_only_what_every_change_passes(
    table: str, changes: list[dict[str, Any]], passes: bool
) -> None:
    bulk = none_has_a_problem(table, changes)
    assert bulk == passes
    if bulk:
        assert all(entry_problem(table, "upsert", change) is None for change in changes)


def test_a_refused_bulk_leaves_each_change_to_the_rules() -> None:
    # The bulk check is stricter than the rules (notes may hold line breaks):
    # a refusal only sends each change to entry_problem, which lets this one in.
    assert entry_problem("organisations", "upsert", {"notes": "two\nlines"}) is None


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"a": None, "b": True, "c": 1.5, "d": 'é\u2028"\\\x01', "e": 10**30, "f": -0.0},
        {"name": "Organisation 1", "notes": ""},
    ],
)
def test_the_log_keeps_the_text_json_writes(fields: dict[str, Any]) -> None:
    assert _encode_fields(fields) == json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
