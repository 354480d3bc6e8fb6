"""Contributions: pledges, contributions received, funds, budget lines and exchange rates.

Its declaration below is all the shell knows of it.
"""

from isu_desk.capabilities.declaration import (
    QT_TRANSLATE_NOOP,
    Capability,
    RecordType,
    Section,
    Transfer,
)

_HERE = "isu_desk.capabilities.contributions"
_RECORDS = f"{_HERE}.domain.records"
_VALIDATE = f"{_RECORDS}:"

CAPABILITY = Capability(
    name="contributions",
    title=QT_TRANSLATE_NOOP("Capabilities", "Contributions"),
    models=f"{_HERE}.storage.models",
    record_types=(
        RecordType(
            "funds",
            QT_TRANSLATE_NOOP("Capabilities", "fund"),
            f"{_RECORDS}:Fund",
            _VALIDATE + "validate_fund",
        ),
        RecordType(
            "pledges",
            QT_TRANSLATE_NOOP("Capabilities", "pledge"),
            f"{_RECORDS}:Pledge",
            _VALIDATE + "validate_pledge",
        ),
        RecordType(
            "pledge_instalments",
            QT_TRANSLATE_NOOP("Capabilities", "instalment"),
            f"{_RECORDS}:Instalment",
        ),
        RecordType(
            "contributions",
            QT_TRANSLATE_NOOP("Capabilities", "contribution"),
            f"{_RECORDS}:Contribution",
            _VALIDATE + "validate_contribution",
        ),
        RecordType(
            "budget_lines",
            QT_TRANSLATE_NOOP("Capabilities", "budget line"),
            f"{_RECORDS}:BudgetLine",
            _VALIDATE + "validate_budget_line",
        ),
        RecordType(
            "exchange_rates",
            QT_TRANSLATE_NOOP("Capabilities", "exchange rate"),
            f"{_RECORDS}:ExchangeRate",
            _VALIDATE + "validate_rate",
        ),
    ),
    transfer=Transfer(
        f"{_HERE}.services.transfer",
        ("pledges", "contributions", "budget", "rates"),
        ("csv", "json", "xlsx"),
    ),
    commands=f"{_HERE}.cli:register",
    reports=f"{_HERE}.services.reports:REPORTS",
    section=Section(
        QT_TRANSLATE_NOOP("Capabilities", "Contributions"),
        20,
        page=f"{_HERE}.ui.page:ContributionsPage",
        menu=True,
    ),
    tile=f"{_HERE}.ui.tile:ContributionsTile",
    demo=f"{_HERE}.services.demo:load_demo",
    seed=f"{_HERE}.services.service:seed_default_funds",
    history=f"{_HERE}.services.history:KINDS",
)
