"""Contributions: pledges, contributions received, funds, budget lines and exchange rates.

Its declaration below is all the shell knows of it.
"""

from isu_desk.capabilities.declaration import Capability, RecordType, Section, Transfer

_HERE = "isu_desk.capabilities.contributions"

CAPABILITY = Capability(
    name="contributions",
    title="Contributions",
    models=f"{_HERE}.storage.models",
    record_types=(
        RecordType("funds", "fund", f"{_HERE}.domain.records:Fund"),
        RecordType("pledges", "pledge", f"{_HERE}.domain.records:Pledge"),
        RecordType("pledge_instalments", "instalment", f"{_HERE}.domain.records:Instalment"),
        RecordType("contributions", "contribution", f"{_HERE}.domain.records:Contribution"),
        RecordType("budget_lines", "budget line", f"{_HERE}.domain.records:BudgetLine"),
        RecordType("exchange_rates", "exchange rate", f"{_HERE}.domain.records:ExchangeRate"),
    ),
    transfer=Transfer(
        f"{_HERE}.services.transfer",
        ("pledges", "contributions", "budget", "rates"),
        ("csv", "json", "xlsx"),
    ),
    commands=f"{_HERE}.cli:register",
    reports=f"{_HERE}.services.reports:REPORTS",
    section=Section("Contributions", 20, page=f"{_HERE}.ui.page:ContributionsPage", menu=True),
    tile=f"{_HERE}.ui.page:DashboardTile",
    demo=f"{_HERE}.services.demo:load_demo",
    seed=f"{_HERE}.services.service:seed_default_funds",
    history=f"{_HERE}.services.history:KINDS",
)
