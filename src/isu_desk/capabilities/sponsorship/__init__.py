"""Sponsorship: the Sponsorship Programme's rounds, applications, priorities,
decisions, costs, letters and the report to the meeting.

Its declaration below is all the shell knows of it. It reads Meetings, the
Directory and Contributions only through their ``api`` modules.
"""

from isu_desk.capabilities.declaration import Capability, RecordType, Section, Transfer

_HERE = "isu_desk.capabilities.sponsorship"
_DOMAIN = f"{_HERE}.domain"

CAPABILITY = Capability(
    name="sponsorship",
    title="Sponsorship",
    models=f"{_HERE}.storage.models",
    record_types=(
        RecordType("sponsorship_rounds", "sponsorship round", f"{_DOMAIN}.records:Round"),
        RecordType(
            "sponsorship_applications", "sponsorship application", f"{_DOMAIN}.records:Application"
        ),
        RecordType("sponsorship_steps", "workflow step", f"{_DOMAIN}.workflow:Step"),
        RecordType("sponsorship_overrides", "score override", f"{_DOMAIN}.priority:ScoreOverride"),
        RecordType("sponsorship_costs", "sponsorship cost", f"{_DOMAIN}.costs:ActualCost"),
        RecordType(
            "sponsorship_confirmations",
            "budget confirmation",
            f"{_DOMAIN}.costs:BudgetConfirmation",
        ),
    ),
    transfer=Transfer(
        f"{_HERE}.services.transfer",
        ("sponsorship-applications", "sponsorship-costs"),
        ("csv", "json", "xlsx"),
    ),
    commands=f"{_HERE}.cli:register",
    reports=f"{_HERE}.services.reports:REPORTS",
    history=f"{_HERE}.services.history:KINDS",
    demo=f"{_HERE}.services.demo:load_demo",
    section=Section("Sponsorship", 30, page=f"{_HERE}.ui.page:SponsorshipPage"),
    tile=f"{_HERE}.ui.tile:SponsorshipTile",
)
