"""Demo sponsorship: a round for the next Meeting of States Parties with 25 applications
in the statuses before the meeting, and the reported round of the 13MSP with attendance.

Invented nominees (names in Lao, Arabic, Khmer, Vietnamese, Cyrillic and Latin
scripts, women and men) from States in every UN regional group, some least
developed, some with Article 4 clearance deadlines; the demo sets those States'
region, obligations and language of correspondence. Ids are name-based, so
loading twice adds nothing. Steps are dated before today, costs are estimated
from the round's rates and the GICHD's payments recorded for those who travel.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from isu_desk.capabilities.directory.api import (
    CorrespondenceLanguage,
    DirectoryService,
    Gender,
    State,
    UnRegion,
)
from isu_desk.capabilities.meetings.api import Meeting, MeetingKind, MeetingsService
from isu_desk.capabilities.sponsorship.domain.costs import ActualCost, CostKind
from isu_desk.capabilities.sponsorship.domain.records import (
    Application,
    Channel,
    Role,
    Round,
    RoundStatus,
)
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services import budget
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.domain.errors import RecordNotFound
from isu_desk.domain.ids import seed_id
from isu_desk.storage.database import Database

S = Status
F, M = Gender.FEMALE, Gender.MALE
R = UnRegion
EN, FR, ES = CorrespondenceLanguage.EN, CorrespondenceLanguage.FR, CorrespondenceLanguage.ES
# ISO3 -> (region, language of correspondence, Article 4 deadline or None)
STATES = {
    "LAO": (R.ASIA_PACIFIC, EN, date(2030, 8, 1)), "AFG": (R.ASIA_PACIFIC, EN, date(2027, 3, 1)),
    "IRQ": (R.ASIA_PACIFIC, EN, date(2028, 11, 1)), "LBN": (R.ASIA_PACIFIC, FR, date(2026, 5, 1)),
    "PHL": (R.ASIA_PACIFIC, EN, None), "FJI": (R.ASIA_PACIFIC, EN, None),
    "SEN": (R.AFRICAN, FR, None), "TCD": (R.AFRICAN, FR, date(2026, 8, 1)),
    "MOZ": (R.AFRICAN, EN, None), "GNB": (R.AFRICAN, FR, None), "SLE": (R.AFRICAN, EN, None),
    "BDI": (R.AFRICAN, FR, None), "SOM": (R.AFRICAN, EN, date(2027, 3, 1)),
    "MRT": (R.AFRICAN, FR, date(2027, 8, 1)), "ZMB": (R.AFRICAN, EN, None),
    "COL": (R.LATIN_AMERICAN_CARIBBEAN, ES, None), "PER": (R.LATIN_AMERICAN_CARIBBEAN, ES, None),
    "CHL": (R.LATIN_AMERICAN_CARIBBEAN, ES, date(2026, 6, 1)),
    "GTM": (R.LATIN_AMERICAN_CARIBBEAN, ES, None), "HND": (R.LATIN_AMERICAN_CARIBBEAN, ES, None),
    "MEX": (R.LATIN_AMERICAN_CARIBBEAN, ES, None),
    "BIH": (R.EASTERN_EUROPEAN, EN, date(2028, 9, 1)), "HRV": (R.EASTERN_EUROPEAN, EN, None),
    "ALB": (R.EASTERN_EUROPEAN, EN, None), "MNE": (R.EASTERN_EUROPEAN, EN, None),
}  # fmt: skip
# (ISO3, title, name, gender, role, first time, ticket CHF, status reached)
NEXT = (
    ("LAO", "Mr", "ສົມພອນ ແກ້ວມະນີ", M, Role.EXTENSION_REQUEST, False, 1850, S.TRAVEL_BOOKED),
    ("AFG", "Ms", "فریده احمدی", F, Role.PRESENTING, True, 1420, S.TRAVEL_BOOKED),
    ("IRQ", "Mr", "أحمد الراشد", M, Role.DELEGATE, False, 980, S.TRAVEL_BOOKED),
    ("LBN", "Ms", "Rania Haddad", F, Role.OFFICE_HOLDER, False, 760, S.TRAVEL_BOOKED),
    ("SEN", "Ms", "Aïssatou Diallo", F, Role.DELEGATE, True, 1180, S.ACCEPTED),
    ("TCD", "Mr", "Mahamat Abakar", M, Role.EXTENSION_REQUEST, False, 1390, S.ACCEPTED),
    ("CHL", "Sra.", "María José Quispe", F, Role.PRESENTING, False, 1960, S.ACCEPTED),
    ("BIH", "Mr", "Марко Петровић", M, Role.DELEGATE, False, 540, S.OFFERED),
    ("MOZ", "Ms", "Graça Nhantumbo", F, Role.DELEGATE, True, 1510, S.OFFERED),
    ("PHL", "Ms", "Maria Santos", F, Role.DELEGATE, False, 1690, S.OFFERED),
    ("SOM", "Mr", "Abdirahman Farah", M, Role.DELEGATE, True, 1330, S.DECLINED),
    ("GTM", "Sr.", "Luis Ajú", M, Role.DELEGATE, False, 1450, S.WITHDRAWN),
    ("COL", "Sra.", "Camila Rojas", F, Role.DELEGATE, True, 1720, S.WAIT_LISTED),
    ("SLE", "Mr", "Ibrahim Kamara", M, Role.DELEGATE, False, 1260, S.WAIT_LISTED),
    ("MRT", "M.", "Sidi Ould Ahmed", M, Role.DELEGATE, True, 1210, S.WAIT_LISTED),
    ("HRV", "Mr", "Ivan Horvat", M, Role.DELEGATE, False, 380, S.REGRETTED),
    ("MEX", "Sr.", "Jorge Hernández", M, Role.DELEGATE, False, 1580, S.REGRETTED),
    ("FJI", "Ms", "Litia Vakacegu", F, Role.DELEGATE, True, 2240, S.INELIGIBLE),
    ("ALB", "Mr", "Arben Hoxha", M, Role.DELEGATE, False, 420, S.INELIGIBLE),
    ("BDI", "Mme", "Espérance Niyonzima", F, Role.DELEGATE, True, 1290, S.ELIGIBLE),
    ("GNB", "Ms", "Fatumata Baldé", F, Role.DELEGATE, True, 1240, S.ELIGIBLE),
    ("PER", "Sr.", "José Mamani", M, Role.DELEGATE, False, 1770, S.ELIGIBLE),
    ("MNE", "Ms", "Јелена Вукотић", F, Role.DELEGATE, False, 470, S.RECEIVED),
    ("ZMB", "Mr", "Chanda Mwale", M, Role.DELEGATE, True, 1440, S.RECEIVED),
    ("HND", "Sra.", "Ana Lucía Flores", F, Role.DELEGATE, False, 1530, S.RECEIVED),
)
PREVIOUS = (
    ("LAO", "Ms", "ບຸນມີ ສີສະຫວາດ", F, Role.PRESENTING, False, 1880, S.ATTENDED),
    ("AFG", "Mr", "Ahmad Shah Rahimi", M, Role.DELEGATE, False, 1400, S.ATTENDED),
    ("LBN", "Ms", "Nour Khalil", F, Role.DELEGATE, True, 740, S.ATTENDED),
    ("TCD", "Mme", "Khadidja Adoum", F, Role.EXTENSION_REQUEST, True, 1370, S.ATTENDED),
    ("CHL", "Sr.", "Pablo Muñoz", M, Role.DELEGATE, False, 1940, S.ATTENDED),
    ("BIH", "Ms", "Амра Хаџић", F, Role.OFFICE_HOLDER, False, 520, S.ATTENDED),
    ("SOM", "Mr", "Hassan Warsame", M, Role.DELEGATE, True, 1310, S.NO_SHOW),
    ("SEN", "M.", "Ousmane Ndiaye", M, Role.DELEGATE, False, 1160, S.WITHDRAWN),
    ("COL", "Sr.", "Andrés Gómez", M, Role.DELEGATE, False, 1700, S.DECLINED),
    ("IRQ", "Ms", "زينب حسين", F, Role.DELEGATE, True, 960, S.REGRETTED),
    ("PHL", "Mr", "Jose Dela Cruz", M, Role.DELEGATE, False, 1670, S.REGRETTED),
    ("ALB", "Ms", "Elira Shehu", F, Role.DELEGATE, False, 410, S.INELIGIBLE),
)
# The path to each status (what was taken before it).
PATH = {
    S.RECEIVED: (), S.ELIGIBLE: (S.ELIGIBLE,), S.INELIGIBLE: (S.INELIGIBLE,),
    S.WAIT_LISTED: (S.ELIGIBLE, S.WAIT_LISTED), S.REGRETTED: (S.ELIGIBLE, S.REGRETTED),
    S.OFFERED: (S.ELIGIBLE, S.OFFERED), S.DECLINED: (S.ELIGIBLE, S.OFFERED, S.DECLINED),
    S.WITHDRAWN: (S.ELIGIBLE, S.OFFERED, S.ACCEPTED, S.WITHDRAWN),
    S.ACCEPTED: (S.ELIGIBLE, S.OFFERED, S.ACCEPTED),
    S.TRAVEL_BOOKED: (S.ELIGIBLE, S.OFFERED, S.ACCEPTED, S.TRAVEL_BOOKED),
    S.ATTENDED: (S.ELIGIBLE, S.OFFERED, S.ACCEPTED, S.TRAVEL_BOOKED, S.ATTENDED),
    S.NO_SHOW: (S.ELIGIBLE, S.OFFERED, S.ACCEPTED, S.TRAVEL_BOOKED, S.NO_SHOW),
}  # fmt: skip
REASONS = {
    S.INELIGIBLE: "The nominee is not a government official.",
    S.REGRETTED: "The budget is fully committed to States with deadlines this year.",
}
Nominee = tuple[str, str, str, Gender, Role, bool, int, Status]


@dataclass
class SponsorshipDemo:
    added_by_kind: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    def add(self, kind: str) -> None:
        self.added_by_kind[kind] = self.added_by_kind.get(kind, 0) + 1


@dataclass
class _Loader:
    database: Database
    today: date
    ids: dict[str, str]
    result: SponsorshipDemo = field(default_factory=SponsorshipDemo)

    @property
    def service(self) -> SponsorshipService:
        return SponsorshipService(self.database, lambda: self.today)


def load_demo(database: Database, today: date | None = None) -> SponsorshipDemo:
    """Add the demo rounds (idempotent)."""
    day = today or date.today()
    loader = _Loader(database, day, _prepare_states(database))
    meetings = MeetingsService(database, lambda: day)
    previous = meetings.find_meeting("13MSP")
    if previous is not None and previous.last_day < day:
        _round(loader, previous, PREVIOUS, previous.start_date - timedelta(days=120))
    upcoming = _next_msp(meetings, day)
    if upcoming is not None:
        _round(loader, upcoming, NEXT, day - timedelta(days=70))
    return loader.result


def _prepare_states(database: Database) -> dict[str, str]:
    """The demo States with their region, Article 4 deadline and language set."""
    directory = DirectoryService(database)
    found = {s.iso3: s for s in directory.all(State)}
    for iso3, (region, language, deadline) in STATES.items():
        state = found.get(iso3)
        if state is None or state.un_region is not None:
            continue
        changed = replace(state, un_region=region, correspondence_language=language)
        if deadline is not None:
            changed = replace(changed, article4_obligation=True, article4_deadline=deadline)
        directory.save(changed)
    return {iso3: s.id for iso3, s in found.items()}


def _next_msp(meetings: MeetingsService, today: date) -> Meeting | None:
    """The next MSP after today, added (name-based id) when the list has none."""
    upcoming = [m for m in meetings.meetings(kind=MeetingKind.MSP) if m.start_date > today]
    if upcoming:
        return min(upcoming, key=lambda m: m.start_date)
    year = today.year + (1 if today >= date(today.year, 6, 1) else 0)
    start = date(year, 9, 13)
    start += timedelta(days=-start.weekday())  # the Monday of that week
    number = 13 + (year - 2025) - (1 if year >= 2026 else 0)  # 2026 held the 3RC
    code = f"{number}MSP"
    meeting = Meeting(
        seed_id("meeting", code), MeetingKind.MSP, f"Meeting of States Parties ({code})", start,
        start + timedelta(days=3), code=code, city="Geneva", country_iso3="CHE", notes="Demo data",
    )  # fmt: skip
    saved = meetings.save(meeting)
    return saved.value if saved.ok else None


def _round(loader: _Loader, meeting: Meeting, nominees: tuple[Nominee, ...], issued: date) -> None:
    service = loader.service
    try:
        service.round(seed_id("sponsorship-round", meeting.id))
        return  # loaded before
    except RecordNotFound:
        pass
    draft = replace(
        service.draft_round(meeting.id), id=seed_id("sponsorship-round", meeting.id),
        call_issued_on=issued, budget_chf=Decimal(60000), dsa_rate_chf=Decimal(385),
        terminal_expenses_chf=Decimal(120), hotel_rate_chf=Decimal(210),
    )  # fmt: skip
    saved = service.save_round(draft, new=True)
    if not saved.ok:
        loader.result.skipped.append(f"round for {meeting.code}: {saved.errors[0].message}")
        return
    loader.result.add("rounds")
    for number, nominee in enumerate(nominees):
        if nominee[0] in loader.ids:
            _application(loader, saved.unwrap(), meeting, nominee, number)
    if meeting.last_day < loader.today:
        for status in (RoundStatus.CLOSED, RoundStatus.DECIDED, RoundStatus.REPORTED):
            service.advance_round(draft.id, status)


def _application(
    loader: _Loader, round_: Round, meeting: Meeting, nominee: Nominee, number: int
) -> None:
    iso3, title, name, gender, role, first, ticket, status = nominee
    received = (round_.call_issued_on or loader.today) + timedelta(days=10 + number)
    app = Application(
        "", round_.id, loader.ids[iso3], name, received,
        channel=Channel.NOTE_VERBALE if number % 3 else Channel.EMAIL,
        reference=f"NV/{received.year}/{100 + number}" if number % 3 else "",
        note_date=received - timedelta(days=2) if number % 3 else None,
        nominee_title=title, nominee_gender=gender, role=role, first_time=first,
        nominee_ministry="Ministry of Foreign Affairs", ticket_chf=Decimal(ticket),
        dsa_days=4 + number % 2, hotel_nights=number % 2,
        departure_on=meeting.start_date - timedelta(days=1),
        return_on=meeting.last_day + timedelta(days=1),
    )  # fmt: skip
    service = loader.service
    saved = service.save_application(app, create_contact=True)
    if not saved.ok:
        loader.result.skipped.append(f"{name}: {saved.errors[0].message}")
        return
    app = saved.unwrap()
    loader.result.add("applications")
    on = received
    for step in PATH[status]:
        on = min(on + timedelta(days=7), loader.today)
        if step in (S.ATTENDED, S.NO_SHOW):
            on = meeting.last_day
        taken = service.take_step(app.id, step, reason=REASONS.get(step, ""), on=on)
        if not taken.ok:
            loader.result.skipped.append(f"{name} ({step.label}): {taken.errors[0].message}")
            return
        loader.result.add("steps")
    if status in (S.TRAVEL_BOOKED, S.ATTENDED, S.NO_SHOW):
        _paid(loader, app, round_, on, number, status is S.ATTENDED)


def _paid(
    loader: _Loader, app: Application, round_: Round, on: date, n: int, attended: bool
) -> None:
    """The GICHD paid the ticket, and the DSA of those who attended."""
    paid = [(CostKind.TICKET, app.ticket_chf + n)]
    if attended:
        paid.append((CostKind.DSA, round_.dsa_rate_chf * app.dsa_days))
    for kind, amount in paid:
        reference = f"GICHD/{on.year}/{kind.value.upper()}/{n:03}"
        cost = ActualCost("", app.id, kind, amount, on, reference)
        if budget.add_cost(loader.database, cost).ok:
            loader.result.add("costs")
