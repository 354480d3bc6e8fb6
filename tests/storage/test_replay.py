"""The change log is complete: replaying it into an empty database rebuilds every record.

Property: any random sequence of Directory service calls (creates, edits,
deletes, refused deletes, invalid saves) leaves a log that, applied in order
to an empty database, reproduces exactly the same rows.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.helpers import bare_database, replay_log, snapshot

from isu_desk.capabilities.directory.domain import (
    Contact,
    Gender,
    OfficeHolder,
    OfficeRole,
    Organisation,
    State,
    StateStatus,
)
from isu_desk.capabilities.directory.services.service import DirectoryService

names = st.text(alphabet="abcÉéôЖжمح王ສ ", min_size=1, max_size=12).filter(lambda s: s.strip())
emails = st.sampled_from(["", "a@b.org", "not-an-email", "x.y@mission.ch"])

# An operation: (verb, which record index, a name, an email, a flag).
operations = st.lists(
    st.tuples(
        st.sampled_from(
            ["state", "org", "contact", "edit_contact", "edit_state", "delete", "holder"]
        ),
        st.integers(0, 5),
        names,
        emails,
        st.booleans(),
    ),
    min_size=1,
    max_size=25,
)


def _run(service: DirectoryService, ops: list[tuple[str, int, str, str, bool]]) -> None:
    made: dict[str, list[str]] = {
        "states": [],
        "organisations": [],
        "contacts": [],
        "office_holders": [],
    }

    def pick(kind: str, index: int) -> str | None:
        ids = made[kind]
        return ids[index % len(ids)] if ids else None

    for n, (verb, index, name, email, flag) in enumerate(ops):
        if verb == "state":
            iso3 = "".join(chr(65 + (n * 7 + k) % 26) for k in range(3))
            status = StateStatus.SIGNATORY if flag else StateStatus.NOT_PARTY
            result = service.save(State(id="", iso3=iso3, name=name, status=status))
            if result.ok:
                made["states"].append(result.unwrap().id)
        elif verb == "org":
            result = service.save(Organisation(id="", name=name, email=email))
            if result.ok:
                made["organisations"].append(result.unwrap().id)
        elif verb == "contact":
            contact = Contact(
                id="",
                name=name,
                email=email,
                gender=Gender.FEMALE,
                state_id=pick("states", index),
                organisation_id=pick("organisations", index) if flag else None,
            )
            result = service.save(contact)
            if result.ok:
                made["contacts"].append(result.unwrap().id)
        elif verb == "edit_contact" and (cid := pick("contacts", index)):
            service.save(replace(service.get(Contact, cid), name=name, email=email))
        elif verb == "edit_state" and (sid := pick("states", index)):
            service.save(replace(service.get(State, sid), notes=name, least_developed=flag))
        elif verb == "holder" and (sid := pick("states", index)):
            result = service.save(
                OfficeHolder(
                    id="",
                    role=OfficeRole.PRESIDENT,
                    state_id=sid,
                    term_start=date(2025, 1, 1),
                    contact_id=pick("contacts", index),
                )
            )
            if result.ok:
                made["office_holders"].append(result.unwrap().id)
        elif verb == "delete":
            kind = ("contacts", "organisations", "states", "office_holders")[index % 4]
            if (rid := pick(kind, index)) and service.delete(kind, rid).ok:
                made[kind].remove(rid)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_replaying_the_log_reproduces_every_record(
    ops: list[tuple[str, int, str, str, bool]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = bare_database(Path(tmp) / "a", "00000000-0000-4000-8000-00000000000a")
        target = bare_database(Path(tmp) / "b", "00000000-0000-4000-8000-00000000000b")
        try:
            _run(DirectoryService(source), ops)
            replay_log(source, target)
            assert snapshot(target) == snapshot(source)
        finally:
            source.close()
            target.close()
