"""Sponsorship: the Sponsorship Programme's rounds, applications, priorities,
decisions, costs, letters and the report to the meeting.

Its declaration below is all the shell knows of it. It reads Meetings, the
Directory and Contributions only through their ``api`` modules.
"""

from isu_desk.capabilities.declaration import (
    QT_TRANSLATE_NOOP,
    Capability,
    RecordType,
    Section,
    Setting,
    Transfer,
)

_HERE = "isu_desk.capabilities.sponsorship"
_DOMAIN = f"{_HERE}.domain"
_POINTS = f"{_HERE}.services.weights:check_points"
_YEARS = f"{_HERE}.services.weights:check_years"


def _weight(name: str, label: str, default: int, check: str = _POINTS) -> Setting:
    """A priority weight (``PriorityWeights``; a test checks the defaults agree)."""
    return Setting(f"sponsorship.weight.{name}", label, str(default), check)


# The priority weights in points (0 to 100), as the Priority weights dialog shows them.
WEIGHTS = (
    _weight("state_party", QT_TRANSLATE_NOOP("Capabilities", "State Party"), 20),
    _weight("signatory", QT_TRANSLATE_NOOP("Capabilities", "Signatory State"), 10),
    _weight("not_party", QT_TRANSLATE_NOOP("Capabilities", "State not party"), 5),
    _weight("obligation", QT_TRANSLATE_NOOP("Capabilities", "Article 3 or 4 obligations"), 15),
    _weight(
        "deadline_near",
        QT_TRANSLATE_NOOP("Capabilities", "Article 3 or 4 deadline near (at most)"),
        15,
    ),
    _weight(
        "deadline_window_years",
        QT_TRANSLATE_NOOP("Capabilities", "A deadline counts as near within (years)"),
        3,
        _YEARS,
    ),
    _weight(
        "extension_request",
        QT_TRANSLATE_NOOP("Capabilities", "Extension request before this meeting"),
        20,
    ),
    _weight("least_developed", QT_TRANSLATE_NOOP("Capabilities", "Least developed country"), 15),
    _weight("first_time", QT_TRANSLATE_NOOP("Capabilities", "First-time participant"), 10),
    _weight("presenting", QT_TRANSLATE_NOOP("Capabilities", "Presenting at the meeting"), 15),
    _weight(
        "office_holder",
        QT_TRANSLATE_NOOP("Capabilities", "Coordinator or Friend of the President"),
        10,
    ),
    _weight(
        "gender_balance",
        QT_TRANSLATE_NOOP("Capabilities", "Gender under-represented among offers"),
        10,
    ),
    _weight("first_delegate", QT_TRANSLATE_NOOP("Capabilities", "First delegate of the State"), 25),
)

CAPABILITY = Capability(
    name="sponsorship",
    title=QT_TRANSLATE_NOOP("Capabilities", "Sponsorship"),
    models=f"{_HERE}.storage.models",
    record_types=(
        RecordType(
            "sponsorship_rounds",
            QT_TRANSLATE_NOOP("Capabilities", "sponsorship round"),
            f"{_DOMAIN}.records:Round",
        ),
        RecordType(
            "sponsorship_applications",
            QT_TRANSLATE_NOOP("Capabilities", "sponsorship application"),
            f"{_DOMAIN}.records:Application",
        ),
        RecordType(
            "sponsorship_steps",
            QT_TRANSLATE_NOOP("Capabilities", "workflow step"),
            f"{_DOMAIN}.workflow:Step",
        ),
        RecordType(
            "sponsorship_overrides",
            QT_TRANSLATE_NOOP("Capabilities", "score override"),
            f"{_DOMAIN}.priority:ScoreOverride",
        ),
        RecordType(
            "sponsorship_costs",
            QT_TRANSLATE_NOOP("Capabilities", "sponsorship cost"),
            f"{_DOMAIN}.costs:ActualCost",
        ),
        RecordType(
            "sponsorship_confirmations",
            QT_TRANSLATE_NOOP("Capabilities", "budget confirmation"),
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
    section=Section(
        QT_TRANSLATE_NOOP("Capabilities", "Sponsorship"),
        30,
        page=f"{_HERE}.ui.page:SponsorshipPage",
    ),
    tile=f"{_HERE}.ui.tile:SponsorshipTile",
    settings=WEIGHTS,
)
