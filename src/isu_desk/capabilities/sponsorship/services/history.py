"""Sponsorship records whose history can be read and restored, with their save paths.

Declared to the registry as this capability's ``history``. Rounds and
applications restore through the same service calls as the forms; steps,
overrides, payments and confirmations are append-only (never edited), so
their history is read only.
"""

from __future__ import annotations

from isu_desk.capabilities.sponsorship.domain.records import Application, Round
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.services.history_kinds import RecordKind

KINDS: tuple[RecordKind, ...] = (
    RecordKind("sponsorship-rounds", "sponsorship_rounds", "Sponsorship round", Round,
               lambda db, i: SponsorshipService(db).round(i),
               lambda db, r: SponsorshipService(db).save_round(r)),
    RecordKind("sponsorship-applications", "sponsorship_applications", "Sponsorship application",
               Application, lambda db, i: SponsorshipService(db).application(i),
               lambda db, r: SponsorshipService(db).save_application(r)),
    RecordKind("sponsorship-steps", "sponsorship_steps", "Workflow step"),
    RecordKind("sponsorship-overrides", "sponsorship_overrides", "Score override"),
    RecordKind("sponsorship-costs", "sponsorship_costs", "GICHD payment"),
    RecordKind("sponsorship-confirmations", "sponsorship_confirmations", "Budget confirmation"),
)  # fmt: skip
