"""Record ids: fresh ones are random version-4 UUIDs, one at a time or many at once (sorted)."""

from __future__ import annotations

import uuid

from isu_desk.domain.ids import new_id, new_ids


def test_new_ids_are_distinct_version_4_uuids_as_new_id_makes() -> None:
    made = new_ids(5000)

    assert len(set(made)) == 5000
    assert made == sorted(made)  # rows given them in turn append to an index on id
    for text in [*made, new_id()]:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    assert new_ids(0) == []
