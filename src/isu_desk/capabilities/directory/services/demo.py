"""Demo data for trying ISU Desk: organisations, contacts and office holders.

Realistic but invented people (names in the six UN languages' scripts, Lao and
Vietnamese), all marked "Demo data" in their notes, on example e-mail domains.
Every record has a name-based id (:func:`seed_id`), so loading twice adds
nothing and two workstations that load the demo hold the same records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from isu_desk.capabilities.directory.domain import (
    COORDINATOR_THEMES,
    Contact,
    Gender,
    OfficeHolder,
    OfficeRole,
    Organisation,
    OrganisationKind,
)
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.services.states import seed_states
from isu_desk.domain.errors import RecordNotFound
from isu_desk.domain.ids import seed_id
from isu_desk.domain.text import fold
from isu_desk.storage.database import Database

DEMO_NOTE = "Demo data"
_EMAIL_CHAR = re.compile(r"[a-z0-9-]")

_K = OrganisationKind
# (acronym, name, kind, country); e-mail and website on example.org
ORGANISATIONS = (
    ("GICHD", "Geneva International Centre for Humanitarian Demining", _K.INTERNATIONAL, "CHE"),
    ("UNODA", "United Nations Office for Disarmament Affairs", _K.INTERGOVERNMENTAL, ""),
    ("ICRC", "International Committee of the Red Cross", _K.INTERNATIONAL, "CHE"),
    ("CMC", "Cluster Munition Coalition", _K.NGO, "CHE"),
    ("UNDP", "United Nations Development Programme", _K.INTERGOVERNMENTAL, ""),
    ("EU", "European Union", _K.INTERGOVERNMENTAL, "BEL"),
    ("HVF", "Helvetia Victim Assistance Foundation", _K.FOUNDATION, "CHE"),
)

_F, _M = Gender.FEMALE, Gender.MALE
_PM = "Permanent Mission of {} to the United Nations Office at Geneva"
# (name, title, position, gender, State, organisation acronym, languages)
CONTACTS: tuple[tuple[str, str, str, Gender, str, str, str], ...] = (
    (
        "Marie-Claire Dubois",
        "Ms",
        "First Secretary, " + _PM.format("France"),
        _F,
        "FRA",
        "",
        "fr,en",
    ),
    ("José Peña", "Mr", "Counsellor, " + _PM.format("Chile"), _M, "CHL", "", "es,en"),
    ("Мария Иванова", "Ms", "Attaché, " + _PM.format("Montenegro"), _F, "MNE", "", "ru,en"),
    ("محمد العلي", "Mr", "Director, National Mine Action Authority", _M, "IRQ", "", "ar,en"),
    ("王小明", "Mr", "Programme Officer, Disarmament Unit", _M, "", "UNODA", "zh,en"),
    (
        "ສົມພອນ ພົມມະຈັນ",
        "Mr",
        "Director, National Regulatory Authority for UXO",
        _M,
        "LAO",
        "",
        "lo,en",
    ),
    ("Nguyễn Thị Hương", "Ms", "Technical Adviser, Clearance", _F, "", "UNDP", "vi,en"),
    ("Ingrid Solberg", "Ms", "Counsellor, " + _PM.format("Norway"), _F, "NOR", "", "no,en"),
    (
        "Lukas Brunner",
        "Mr",
        "Diplomatic Officer, " + _PM.format("Switzerland"),
        _M,
        "CHE",
        "",
        "de,fr,en",
    ),
    (
        "Aisha Kamara",
        "Ms",
        "Head of Victim Assistance, Ministry of Social Welfare",
        _F,
        "SLE",
        "",
        "en",
    ),
    (
        "Carlos Mendoza Ruiz",
        "Mr",
        "Minister Counsellor, " + _PM.format("Mexico"),
        _M,
        "MEX",
        "",
        "es,en",
    ),
    (
        "Ana Lúcia Ferreira",
        "Ms",
        "Second Secretary, " + _PM.format("Portugal"),
        _F,
        "PRT",
        "",
        "pt,en",
    ),
    (
        "Fatima Zahra El Amrani",
        "Ms",
        "Legal Adviser, Ministry of Foreign Affairs",
        _F,
        "TUN",
        "",
        "ar,fr",
    ),
    ("Олег Петренко", "Mr", "Expert, Stockpile Destruction", _M, "", "GICHD", "ru,uk,en"),
    ("Sophie Laurent", "Ms", "Policy Officer, Humanitarian Disarmament", _F, "", "EU", "fr,en"),
    ("James O'Connor", "Mr", "First Secretary, " + _PM.format("Ireland"), _M, "IRL", "", "en,ga"),
    ("Hiroshi Tanaka", "Mr", "Counsellor, " + _PM.format("Japan"), _M, "JPN", "", "ja,en"),
    ("Grace Nakato", "Ms", "Programme Manager, Victim Assistance", _F, "UGA", "", "en"),
    ("Pierre-Alain Muller", "Mr", "Head of Arms Control Section", _M, "", "ICRC", "fr,de,en"),
    (
        "Elena García Torres",
        "Ms",
        "Deputy Permanent Representative, " + _PM.format("Spain"),
        _F,
        "ESP",
        "",
        "es,en",
    ),
    ("Kwame Mensah", "Mr", "Director, National Commission on Small Arms", _M, "GHA", "", "en"),
    ("Nour Haddad", "Ms", "Coordinator, Universalization Campaign", _F, "", "CMC", "ar,en,fr"),
    ("Léa Ndiaye", "Ms", "Second Secretary, " + _PM.format("Senegal"), _F, "SEN", "", "fr,wo"),
    ("Thomas Becker", "Mr", "Desk Officer, Federal Foreign Office", _M, "DEU", "", "de,en"),
    ("刘芳", "Ms", "Researcher, Explosive Ordnance Risk Education", _F, "", "GICHD", "zh,en"),
    (
        "Ahmad Karimi",
        "Mr",
        "Operations Manager, Mine Action Coordination Centre",
        _M,
        "AFG",
        "",
        "fa,ps,en",
    ),
    (
        "María Fernanda Rojas",
        "Ms",
        "Director of Humanitarian Affairs, Ministry of Foreign Affairs",
        _F,
        "COL",
        "",
        "es",
    ),
    (
        "Sarah Whitfield",
        "Ms",
        "Senior Policy Adviser, " + _PM.format("Australia"),
        _F,
        "AUS",
        "",
        "en",
    ),
    ("Jan de Vries", "Mr", "Policy Officer, Ministry of Foreign Affairs", _M, "NLD", "", "nl,en"),
    ("Amina Diallo", "Ms", "Gender and Diversity Adviser", _F, "", "CMC", "fr,en"),
    ("Dmitri Sokolov", "Mr", "Weapons Contamination Adviser", _M, "", "ICRC", "ru,en"),
    ("Catalina Ortiz", "Ms", "Third Secretary, " + _PM.format("Ecuador"), _F, "ECU", "", "es"),
    (
        "Baptiste Lefèvre",
        "Mr",
        "Head of Section, Disarmament and Non-Proliferation",
        _M,
        "BEL",
        "",
        "fr,nl,en",
    ),
    ("Chiara Romano", "Ms", "First Secretary, " + _PM.format("Italy"), _F, "ITA", "", "it,en"),
    ("Rangi Parata", "Mr", "Counsellor, " + _PM.format("New Zealand"), _M, "NZL", "", "en,mi"),
    ("Phạm Văn Minh", "Mr", "Data Management Officer", _M, "", "UNDP", "vi,en"),
    ("Ousmane Traoré", "Mr", "Coordinator, National Mine Action Programme", _M, "BFA", "", "fr"),
    (
        "Leila Mansour",
        "Ms",
        "Programme Officer, Sponsorship Programme",
        _F,
        "",
        "GICHD",
        "ar,fr,en",
    ),
    ("Kateřina Nováková", "Ms", "Counsellor, " + _PM.format("Czechia"), _F, "CZE", "", "cs,en"),
    (
        "Erik Johansson",
        "Mr",
        "Senior Adviser, Ministry for Foreign Affairs",
        _M,
        "SWE",
        "",
        "sv,en",
    ),
)

# (role, theme, State, contact name or "", term start, term end)
_PRESIDENCY = (
    (OfficeRole.PRESIDENT, "", "PHL", "", date(2025, 9, 19), date(2026, 9, 30)),
    (OfficeRole.PRESIDENT_DESIGNATE, "", "ESP", "Elena García Torres", date(2025, 9, 19), None),
)
_COORDINATING_STATES = (
    ("CHE", "Lukas Brunner"),
    ("SEN", "Léa Ndiaye"),
    ("MNE", "Мария Иванова"),
    ("LAO", "ສົມພອນ ພົມມະຈັນ"),
    ("CHL", "José Peña"),
    ("NOR", "Ingrid Solberg"),
    ("FRA", "Marie-Claire Dubois"),
    ("IRL", "James O'Connor"),
)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many demo records were added (zero on a second run) and what was skipped."""

    organisations: int = 0
    contacts: int = 0
    office_holders: int = 0
    skipped: tuple[str, ...] = ()

    @property
    def added(self) -> int:
        return self.organisations + self.contacts + self.office_holders

    @property
    def added_by_kind(self) -> dict[str, int]:
        """What was added by kind, as the shell's ``demo`` command reports it."""
        return {
            "organisations": self.organisations,
            "contacts": self.contacts,
            "office_holders": self.office_holders,
        }


def _email(name: str, index: int, domain: str) -> str:
    """``given.family@domain`` from the Latin letters of a name; else ``contactNN``."""
    words = ["".join(ch for ch in word if _EMAIL_CHAR.match(ch)) for word in fold(name).split()]
    local = ".".join(word for word in words if word) or f"contact{index:02d}"
    return f"{local}@{domain}"


def _organisations() -> list[Organisation]:
    return [
        Organisation(
            id=seed_id("demo-organisation", acronym),
            name=name,
            acronym=acronym,
            kind=kind,
            country_iso3=country,
            email=f"info@{acronym.lower()}.example.org",
            website=f"https://{acronym.lower()}.example.org",
            notes=DEMO_NOTE,
        )
        for acronym, name, kind, country in ORGANISATIONS
    ]


def _contacts() -> list[Contact]:
    contacts = []
    for index, (name, title, position, gender, iso3, org, languages) in enumerate(CONTACTS):
        domain = f"mission-{iso3.lower()}.example.org" if iso3 else f"{org.lower()}.example.org"
        contacts.append(
            Contact(
                id=seed_id("demo-contact", name),
                name=name,
                title=title,
                position=position,
                gender=gender,
                state_id=seed_id("state", iso3) if iso3 else None,
                organisation_id=seed_id("demo-organisation", org) if org else None,
                email=_email(name, index, domain),
                phone=f"+41 22 {700 + index:03d} {10 + index:02d} {20 + index:02d}",
                languages=languages,
                notes=DEMO_NOTE,
            )
        )
    return contacts


def _holder(
    role: OfficeRole, theme: str, iso3: str, contact: str, start: date, end: date | None
) -> OfficeHolder:
    return OfficeHolder(
        id=seed_id("demo-office-holder", f"{role.value}:{theme}:{start.isoformat()}"),
        role=role,
        state_id=seed_id("state", iso3),
        term_start=start,
        term_end=end,
        theme=theme,
        contact_id=seed_id("demo-contact", contact) if contact else None,
        notes=DEMO_NOTE,
    )


def _office_holders() -> list[OfficeHolder]:
    """The President, the President-Designate and one Coordinator per theme."""
    holders = [_holder(*row) for row in _PRESIDENCY]
    for theme, (iso3, contact) in zip(COORDINATOR_THEMES, _COORDINATING_STATES, strict=True):
        holders.append(
            _holder(
                OfficeRole.COORDINATOR, theme, iso3, contact, date(2025, 9, 19), date(2026, 9, 30)
            )
        )
    return holders


def _add_missing(service: DirectoryService, records: list[Any], skipped: list[str]) -> int:
    """Save the records whose id is not in the database yet; returns how many.

    A record the database refuses (its State was deleted or recoded by the user)
    is skipped and named, not forced in.
    """
    added = 0
    for record in records:
        try:
            service.get(type(record), record.id)
        except RecordNotFound:
            result = service.save(record)
            if result.ok:
                added += 1
            else:
                label = getattr(record, "name", "") or f"{record.role.value} {record.theme}"
                skipped.append(f"{label.strip()}: {'; '.join(map(str, result.errors))}")
    return added


def load_demo(database: Database) -> DemoSummary:
    """Add the demo Directory; idempotent."""
    seed_states(database)  # the demo points at States of the curated list
    service = DirectoryService(database)
    skipped: list[str] = []
    organisations = _add_missing(service, _organisations(), skipped)
    contacts = _add_missing(service, _contacts(), skipped)
    holders = _add_missing(service, _office_holders(), skipped)
    return DemoSummary(organisations, contacts, holders, tuple(skipped))
