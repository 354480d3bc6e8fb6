"""Demo meetings: the 13MSP with agenda, documents, 30 delegations and draft minutes; two
Coordination Committee meetings with approved minutes, decisions and action points.

Invented people (names in Arabic, Chinese, Cyrillic, Lao, Vietnamese and Latin
scripts) on seeded States and organisations; every record has a name-based id,
so loading twice adds nothing. The Committee meetings are dated relative to
today, so some action points are always overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from isu_desk.capabilities.meetings.directory import (
    Contact,
    DirectoryService,
    Organisation,
    OrganisationKind,
    State,
)
from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    ActionStatus,
    AgendaItem,
    Attendance,
    AuthorKind,
    Decision,
    DecisionKind,
    Document,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    Participant,
)
from isu_desk.capabilities.meetings.domain.rules import category_of_organisation, category_of_state
from isu_desk.capabilities.meetings.services import checks
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.capabilities.meetings.services.seed import meeting_id, seed_meetings
from isu_desk.domain.errors import RecordNotFound
from isu_desk.domain.ids import seed_id
from isu_desk.storage.database import Database

NOTE = "Demo data"
_K = OrganisationKind
ORGANISATIONS = {
    "UNODA": ("United Nations Office for Disarmament Affairs", _K.INTERGOVERNMENTAL),
    "ICRC": ("International Committee of the Red Cross", _K.INTERNATIONAL),
    "GICHD": ("Geneva International Centre for Humanitarian Demining", _K.INTERNATIONAL),
    "UNDP": ("United Nations Development Programme", _K.INTERGOVERNMENTAL),
    "CMC": ("Cluster Munition Coalition", _K.NGO),
}
# Delegation (ISO3 or acronym) -> its people (title, name); the first is the head.
DELEGATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "AFG": (("Mr", "Ahmad Shah Rahimi"),),
    "AUS": (("Ms", "Emily Clarke"), ("Mr", "Liam Walsh")),
    "AUT": (("Mr", "Stefan Gruber"),),
    "BEL": (("Ms", "Sophie Janssens"),),
    "CHL": (("Ms", "Valentina Rojas"),),
    "CIV": (("Mr", "Koffi Yao"), ("Ms", "Aminata Koné")),
    "COL": (("Mr", "Andrés Gómez"),),
    "FRA": (("Ms", "Camille Lefèvre"), ("Mr", "Hugo Bernard")),
    "DEU": (("Mr", "Maximilian Weber"),),
    "IRQ": (("Mr", "علي حسن الجبوري"), ("Ms", "زينب كاظم")),
    "IRL": (("Ms", "Aoife Ní Bhriain"),),
    "ITA": (("Mr", "Marco Bianchi"),),
    "JPN": (("Ms", "佐藤 花子"),),
    "LAO": (("Mr", "ສົມສັກ ແກ້ວມະນີ"), ("Ms", "ບົວພັນ ສີຫາລາດ")),
    "LBN": (("Ms", "ريم خوري"),),
    "MEX": (("Mr", "José Núñez"), ("Ms", "Lucía Hernández")),
    "MNE": (("Ms", "Јелена Вуковић"),),
    "NOR": (("Mr", "Henrik Dahl"),),
    "PHL": (("Ms", "Maria Santos"), ("Mr", "Ramon Dela Cruz")),
    "SEN": (("Mr", "Mamadou Diop"),),
    "ESP": (("Ms", "Elena Martín"),),
    "CHE": (("Mr", "Lukas Meier"), ("Ms", "Anne-Sophie Rochat")),
    "CYP": (("Mr", "Andreas Georgiou"),),
    "UGA": (("Ms", "Grace Achieng"),),
    "LTU": (("Mr", "Tomas Kazlauskas"),),
    "UNODA": (("Ms", "李静"),),
    "ICRC": (("Mr", "Pierre Favre"),),
    "GICHD": (("Ms", "Nguyễn Thu Trang"),),
    "UNDP": (("Mr", "Сергей Волков"),),
    "CMC": (("Ms", "Hanna Lindqvist"),),
}
MSP_AGENDA = (
    ("1", "Opening of the meeting"),
    ("2", "Election of the President"),
    ("3", "Adoption of the agenda"),
    ("5", "Organisation of work"),
    ("6", "Status and operation of the Convention"),
    ("6(a)", "Universalization"),
    ("6(b)", "Stockpile destruction and retention"),
    ("6(c)", "Clearance and risk reduction education"),
    ("6(d)", "Victim assistance"),
    ("7", "Requests for extension under Article 4"),
    ("8", "Implementation Support Unit: work plan and budget"),
    ("9", "Dates and venue of the Fourteenth Meeting"),
    ("10", "Adoption of the final report"),
    ("4", "Adoption of the rules of procedure"),
)
# (symbol, title, agenda item, author, languages)
MSP_DOCUMENTS = (
    ("CCM/MSP/2025/1", "Provisional agenda", "3", "", "ar,zh,en,fr,ru,es"),
    ("CCM/MSP/2025/2", "Provisional programme of work", "5", "", "ar,zh,en,fr,ru,es"),
    ("CCM/MSP/2025/3", "ISU work plan and budget for 2026", "8", "", "en,fr,es"),
    (
        "CCM/MSP/2025/4",
        "Analysis of the request of the Lao People's Democratic Republic "
        "for an extension of its Article 4 deadline",
        "7",
        "",
        "en,fr,es",
    ),
    ("CCM/MSP/2025/7", "Progress report on the Lausanne Action Plan", "6", "", "ar,zh,en,fr,ru,es"),
    ("CCM/MSP/2025/10", "Annual report of the Implementation Support Unit", "8", "", "en"),
    (
        "CCM/MSP/2025/WP.1",
        "Gender and diversity in mine action: working paper",
        "6(d)",
        "IRL",
        "en",
    ),
    ("CCM/MSP/2025/INF.1", "List of participants", "", "", "en"),
)
MSP_MINUTES = {
    "1": "The meeting was opened by the outgoing President, Mexico, who welcomed 30 delegations.",
    "2": "The Philippines was elected President of the Thirteenth Meeting by acclamation.",
    "3": "The agenda (CCM/MSP/2025/1) was adopted without amendment.",
    "6(a)": "Côte d'Ivoire and Nigeria reported progress; two accessions are expected in 2026.",
}
CC_AGENDA = (
    ("1", "Adoption of the agenda"),
    ("2", "Approval of the minutes of the previous meeting"),
    ("3", "Update from the Presidency"),
    ("4", "Updates from the Coordinators"),
    ("5", "Update from the Implementation Support Unit"),
    ("6", "Any other business"),
)
_O, _P, _D, _X = (
    ActionStatus.OPEN,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DONE,
    ActionStatus.DROPPED,
)
# Per Committee meeting: (what, owner, due days after the meeting, status, closing note).
POINTS = (
    (
        ("Circulate the draft programme of work to the Committee", "Ana", 14, _O, ""),
        ("Prepare the note verbale on Article 7 reports", "Ben", -10, _O, ""),
        ("Update the universalization tracker", "Chloé", 20, _P, ""),
        ("Send the budget scenarios to the President", "Ana", 7, _D, "Sent by e-mail."),
        ("Organise a side event on victim assistance", "Ben", 30, _X, "No room available."),
    ),
    (
        ("Draft the President's letter to signatory States", "Chloé", 10, _O, ""),
        ("Collect the Coordinators' inputs for the progress report", "Ana", 40, _O, ""),
        ("Book the rooms for the intersessional meeting", "Ben", 60, _P, ""),
        ("Share the sponsorship figures with the donors' group", "Ana", 5, _D, "Shared."),
        ("Translate the annotated agenda into Arabic", "Chloé", 21, _D, "Done by UNOG."),
    ),
)
CC_MEMBERS = ("PHL", "CHE", "SEN", "MNE", "LAO", "CHL", "NOR", "FRA", "IRL", "UNODA", "ICRC", "CMC")


@dataclass(frozen=True, slots=True)
class MeetingsDemo:
    """What the demo added, by kind of record (all zero on a second run)."""

    added_by_kind: dict[str, int]
    skipped: tuple[str, ...] = ()

    @property
    def added(self) -> int:
        return sum(self.added_by_kind.values())


def _id(kind: str, key: str) -> str:
    return seed_id(f"demo-meetings-{kind}", key)


class _Loader:
    def __init__(self, database: Database, today: date) -> None:
        self.meetings = MeetingsService(database, lambda: today)
        self.minutes = MinutesService(database, lambda: today)
        self.directory = DirectoryService(database)
        self.today = today
        # By plural noun, as the demo command prints them ("2 meetings", "1 decision").
        self.added: dict[str, int] = {f"{label}s": 0 for label in checks.LABELS.values()}
        self.states = {s.iso3: s for s in self.directory.all(State)}

    def save(self, record: Any) -> Any:
        try:
            return self.meetings.get(type(record), record.id)
        except RecordNotFound:
            label = checks.LABELS[checks.KIND_OF[type(record)]]
            self.added[f"{label}s"] += 1
            return self.meetings.save(record).unwrap()

    def directory_record(self, record: Any) -> None:
        try:
            self.directory.get(type(record), record.id)
        except RecordNotFound:
            self.directory.save(record).unwrap()

    def delegation(self, key: str) -> tuple[str | None, str | None]:
        if key in self.states:
            return self.states[key].id, None
        name, kind = ORGANISATIONS[key]
        org = Organisation(seed_id("demo-organisation", key), name, key, kind, notes=NOTE)
        self.directory_record(org)
        return None, org.id

    def people(self, meeting: Meeting, keys: tuple[str, ...], absent: frozenset[str]) -> None:
        for key in keys:
            state_id, org_id = self.delegation(key)
            category = (
                category_of_state(self.states[key], meeting.start_date)
                if state_id
                else category_of_organisation(ORGANISATIONS[key][1])
            )
            for index, (title, name) in enumerate(DELEGATIONS[key]):
                contact = Contact(
                    _id("contact", name),
                    name,
                    title,
                    state_id=state_id,
                    organisation_id=org_id,
                    notes=NOTE,
                )
                self.directory_record(contact)
                attendance = Attendance.APOLOGIES if key in absent else Attendance.PRESENT
                self.save(
                    Participant(
                        _id("participant", f"{meeting.id}:{name}"),
                        meeting.id,
                        contact.id,
                        category,
                        state_id,
                        org_id,
                        index == 0,
                        attendance,
                    )
                )

    def agenda(self, meeting: Meeting, items: tuple[tuple[str, str], ...]) -> dict[str, str]:
        ids = {}
        for number, title in items:
            item = self.save(
                AgendaItem(_id("item", f"{meeting.id}:{number}"), meeting.id, number, title)
            )
            ids[number] = item.id
        return ids


def _msp(loader: _Loader) -> None:
    msp = loader.meetings.get(Meeting, meeting_id("13MSP"))
    items = loader.agenda(msp, MSP_AGENDA)
    for symbol, title, item, author, languages in MSP_DOCUMENTS:
        state = loader.states[author].id if author else None
        kind = AuthorKind.STATE if author else AuthorKind.UNIT
        loader.save(
            Document(
                _id("document", symbol),
                msp.id,
                symbol,
                title,
                kind,
                state,
                languages=languages,
                issued_on=msp.start_date - timedelta(days=30),
                agenda_item_id=items.get(item),
                notes=NOTE,
            )
        )
    loader.people(msp, tuple(DELEGATIONS), frozenset())
    for number, text in MSP_MINUTES.items():
        if loader.minutes.minutes(msp.id).status is MinutesStatus.DRAFT:
            loader.minutes.write(msp.id, items[number], text)


def _cc(loader: _Loader, key: str, day: date) -> tuple[Meeting, dict[str, str]]:
    title = f"Coordination Committee, {day.strftime('%B %Y')}"
    meeting = loader.save(
        Meeting(
            _id("meeting", key),
            MeetingKind.COORDINATION_COMMITTEE,
            title,
            day,
            city="Geneva",
            country_iso3="CHE",
            format=MeetingFormat.HYBRID,
            chair_contact_id=_id("contact", DELEGATIONS["PHL"][0][1]),
            status=MeetingStatus.HELD,
            notes=NOTE,
        )
    )
    loader.people(meeting, CC_MEMBERS, frozenset({"NOR", "ICRC"} if key == "cc1" else {"SEN"}))
    items = loader.agenda(meeting, CC_AGENDA)
    texts = {
        "1": "The agenda was adopted.",
        "3": "The President reported on the bilateral meetings held in New York.",
        "4": "The Coordinators on universalization reported on contacts with three States.",
        "5": "The ISU presented the contributions received so far this year.",
    }
    for number, text in texts.items():
        if loader.minutes.minutes(meeting.id).status is not MinutesStatus.APPROVED:
            loader.minutes.write(meeting.id, items[number], text)
    return meeting, items


def _points(loader: _Loader, meeting: Meeting, items: dict[str, str], base: int) -> None:
    for index, (text, owner, due, status, note) in enumerate(POINTS[base]):
        due_on = meeting.start_date + timedelta(days=due)
        closed = min(due_on, loader.today) if status.closed else None
        loader.save(
            ActionPoint(
                _id("action", f"{meeting.id}:{index}"),
                meeting.id,
                text,
                owner_name=owner,
                due_on=due_on,
                agenda_item_id=items["5"],
                status=status,
                closed_on=closed,
                closing_note=note,
            )
        )


def load_demo(database: Database, today: date | None = None) -> MeetingsDemo:
    """Add the demo meetings (after the seeded ones); idempotent."""
    day = today or date.today()
    seed_meetings(database)
    loader = _Loader(database, day)
    _msp(loader)
    first, first_items = _cc(loader, "cc1", day - timedelta(days=63))
    second, second_items = _cc(loader, "cc2", day - timedelta(days=28))
    for meeting, items, base in ((first, first_items, 0), (second, second_items, 1)):
        _points(loader, meeting, items, base)
        loader.save(
            Decision(
                _id("decision", f"{meeting.id}:1"),
                meeting.id,
                "1",
                "The Committee agreed to hold the next intersessional meeting in April.",
                DecisionKind.NEXT_MEETING,
                adopted_on=meeting.start_date,
            )
        )
        loader.save(
            Decision(
                _id("decision", f"{meeting.id}:2"),
                meeting.id,
                "2",
                "The Committee endorsed the draft analysis of the Lao request.",
                DecisionKind.EXTENSION_REQUEST,
                "LAO",
                meeting.start_date,
            )
        )
    loader.minutes.carry_forward(first.id)
    for meeting, approved_at in ((first, second.id), (second, None)):
        if loader.minutes.minutes(meeting.id).status is not MinutesStatus.APPROVED:
            when = second.start_date if approved_at else second.start_date + timedelta(days=14)
            loader.minutes.set_status(
                meeting.id, MinutesStatus.CIRCULATED, meeting.start_date + timedelta(days=5)
            )
            loader.minutes.set_status(
                meeting.id, MinutesStatus.APPROVED, when, approved_at
            ).unwrap()
    return MeetingsDemo(loader.added)
