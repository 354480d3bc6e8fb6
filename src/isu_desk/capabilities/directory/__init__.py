"""The Directory: States, organisations, contacts and office holders.

Its declaration below is all the shell knows of it; other capabilities use
it only through :mod:`isu_desk.capabilities.directory.api`.
"""

from isu_desk.capabilities.declaration import (
    QT_TRANSLATE_NOOP,
    Capability,
    RecordType,
    Section,
    Transfer,
)

_HERE = "isu_desk.capabilities.directory"

CAPABILITY = Capability(
    name="directory",
    title=QT_TRANSLATE_NOOP("Capabilities", "Directory"),
    # Its tables are in the core models and migration 0001: every capability
    # refers to States and organisations.
    models="isu_desk.storage.models",
    record_types=(
        RecordType(
            "states",
            QT_TRANSLATE_NOOP("Capabilities", "State"),
            f"{_HERE}.domain:State",
            f"{_HERE}.domain:validate_state",
        ),
        RecordType(
            "organisations",
            QT_TRANSLATE_NOOP("Capabilities", "organisation"),
            f"{_HERE}.domain:Organisation",
            f"{_HERE}.domain:validate_organisation",
        ),
        RecordType(
            "contacts",
            QT_TRANSLATE_NOOP("Capabilities", "contact"),
            f"{_HERE}.domain:Contact",
            f"{_HERE}.domain:validate_contact",
        ),
        RecordType(
            "office_holders",
            QT_TRANSLATE_NOOP("Capabilities", "office holder"),
            f"{_HERE}.domain:OfficeHolder",
            f"{_HERE}.domain:validate_office_holder",
        ),
    ),
    transfer=Transfer(
        f"{_HERE}.services.transfer",
        ("states", "organisations", "contacts"),
        ("csv", "json", "xlsx"),
    ),
    reports=f"{_HERE}.services.reports:REPORTS",
    section=Section(
        QT_TRANSLATE_NOOP("Capabilities", "Directory"),
        50,
        page=f"{_HERE}.ui.page:DirectoryPage",
        menu=True,
    ),
    tile=f"{_HERE}.ui.tile:DirectoryTile",
    demo=f"{_HERE}.services.demo:load_demo",
    seed=f"{_HERE}.services.states:seed_states",
    history=f"{_HERE}.services.history:KINDS",
)
